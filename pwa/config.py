"""Defaults for a single machine. Override with LOCAL_OFFER_<NAME> environment
variables (Flask's from_prefixed_env) or DATABASE_URL for the database."""
import os
from pathlib import Path

_INSTANCE = Path(__file__).resolve().parent.parent / "instance"

# The embedded default; PostgreSQL in production via DATABASE_URL.
DATABASE_URL = f"sqlite:///{_INSTANCE / 'localoffer.db'}"
# A random key per process is safe for the demo; production sets LOCAL_OFFER_SECRET_KEY.
SECRET_KEY = os.urandom(32).hex()
COUNCIL_NAME = "Millbrook Council"
# How to reach the council without the internet (SEND Regulations 2014, reg 57):
# on the "printed copy or help by phone" page every footer links to, and in booklets.
COUNCIL_PHONE = "0121 496 0000"
COUNCIL_EMAIL = "localoffer@millbrook.example"
COUNCIL_ADDRESS = "Local Offer team, Millbrook Civic Centre, 1 Market Square, Millbrook MB1 1AA"
# Making a PDF takes the server seconds: per visitor's IP address.
BOOKLET_PDF_LIMIT = "10 per minute"
# Shown as the example in "near a postcode" hints and errors: one of the area's own.
EXAMPLE_POSTCODE = "MB1 5FL"
BABEL_DEFAULT_LOCALE = "en"
BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).resolve().parent.parent / "locales")
WTF_CSRF_TIME_LIMIT = None  # a family may leave a form open for hours on a slow phone
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Brotli first: htmx 2 is ~15 KB with brotli, ~16.5 KB with gzip.
COMPRESS_ALGORITHM = ["br", "gzip"]
COMPRESS_BR_LEVEL = 5
COMPRESS_MIMETYPES = ["text/html", "application/json", "text/plain", "text/javascript",
                      "application/manifest+json"]  # the last two: /sw.js and the manifest
COMPRESS_MIN_SIZE = 256
# Sessions: HttpOnly and SameSite always; Secure unless LOCAL_OFFER_SESSION_COOKIE_SECURE=false
# (plain-http local demo). Browsers treat 127.0.0.1 and localhost as secure, so it works there too.
SESSION_COOKIE_SECURE = True
PERMANENT_SESSION_LIFETIME = 8 * 3600
# Rate limits: in-process for one machine; several app instances share Redis, e.g.
# LOCAL_OFFER_RATELIMIT_STORAGE_URI=redis://127.0.0.1:6379/0
RATELIMIT_STORAGE_URI = "memory://"
RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True  # if Redis goes away, keep limiting in-process
RATELIMIT_HEADERS_ENABLED = True
SIGN_IN_LIMIT = "10 per 15 minutes"
# Email: kept in the outbox table; also sent when MAIL_SERVER is set.
MAIL_SERVER = ""
MAIL_FROM = "localoffer@millbrook.example"
# Absolute links in emails (review reminders, password resets).
PUBLIC_URL = "http://127.0.0.1:5000"
TIMEZONE = "Europe/London"  # opening times are local: "open now" on the Saved page
# "Checked, not just updated" (issue 7): months until an entry is due to be checked
# again, by kind of provider. Six months where things change within a year: holiday
# and term-time activities (leisure), childcare places, fees and Ofsted registration,
# and small voluntary groups, which close or move more often than statutory services.
# Twelve for the rest: schools publish their SEN information report yearly (SEND
# Regulations 2014, reg 51), and health and care services change on a yearly cycle.
REVIEW_MONTHS = {"leisure": 6, "childcare": 6, "voluntary": 6}
REVIEW_MONTHS_DEFAULT = 12
REVIEW_DUE_SOON_DAYS = 30  # the dashboard and the reminders look this far ahead
REVIEW_REMINDER_GAP_DAYS = 7  # never remind the same organisation more often
# Public "Suggest a change": per visitor's IP address, POSTs only.
SUGGEST_LIMIT = "5 per hour"
# Suggestions go here when there are no editor accounts yet.
EDITORS_EMAIL = "localoffer@millbrook.example"
# "Tell us what you think" and "Have your say" (issue 8): per visitor's IP address, POSTs only.
FEEDBACK_LIMIT = "5 per hour"
CONSULTATION_LIMIT = "5 per hour"
# SEND Regulations 2014, reg 56(3): comments and responses are published at least once a
# year, so "You said, we did" says the next report is due this long after the last one.
FEEDBACK_REPORT_MONTHS = 12
