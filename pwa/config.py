"""Defaults for a single machine. Override with LOCAL_OFFER_<NAME> environment
variables (Flask's from_prefixed_env) or DATABASE_URL for the database."""
import os
from pathlib import Path

_INSTANCE = Path(__file__).resolve().parent.parent / "instance"

# The embedded default; PostgreSQL in production via DATABASE_URL.
DATABASE_URL = f"sqlite:///{_INSTANCE / 'localoffer.db'}"
# A random key per process is safe for the demo; production sets LOCAL_OFFER_SECRET_KEY.
SECRET_KEY = os.urandom(32).hex()
# The council that publishes this Local Offer (pwa/council.py): another council changes
# these, e.g. LOCAL_OFFER_COUNCIL_NAME="Example County Council", and loads its own data.
COUNCIL_NAME = "Millbrook Council"
COUNCIL_AREA = "Millbrook"
COUNCIL_COLOUR = "#0b3d6e"  # white text sits on it: keep a contrast of 4.5:1 or more
COUNCIL_LOGO = ""  # a file under static/, e.g. "img/logo.svg"
# How to reach the council without the internet (SEND Regulations 2014, reg 57):
# on the "printed copy or help by phone" page every footer links to, and in booklets.
COUNCIL_PHONE = "0121 496 0000"
COUNCIL_EMAIL = "localoffer@millbrook.example"
COUNCIL_ADDRESS = "Local Offer team, Millbrook Civic Centre, 1 Market Square, Millbrook MB1 1AA"
# Making a PDF takes the server seconds: per visitor's IP address.
BOOKLET_PDF_LIMIT = "10 per minute"
# Booklet PDFs are kept here, one per request and content version (pwa/paper/booklets.py).
BOOKLET_CACHE_DIR = str(_INSTANCE / "cache" / "booklets")
# A booklet of more services than this is made in the background (a big one takes a
# minute or more): the visitor is asked to come back rather than a worker kept waiting.
BOOKLET_PDF_WAIT_SERVICES = 20
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
# Email: queued in the outbox table; `flask send-mail` sends it through MAIL_SERVER
# (Flask-Mail settings: MAIL_PORT, MAIL_USE_TLS, MAIL_USERNAME, MAIL_PASSWORD).
MAIL_SERVER = ""
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = ""
MAIL_PASSWORD = ""
MAIL_FROM = "localoffer@millbrook.example"
MAIL_RETRIES = 6  # tries over about 2.5 hours (5, 10, 20, 40, 80 minutes apart)
# Absolute links in emails (review reminders, password resets).
PUBLIC_URL = "http://127.0.0.1:5000"
# Production (scripts/serve sets LOCAL_OFFER_PRODUCTION=true): the app refuses to start
# without its own SECRET_KEY, PUBLIC_URL and TRUSTED_HOSTS, or on a database it cannot use.
PRODUCTION = False
# The host names the site answers to (a JSON list or comma separated). Any other Host
# header gets a 400: links on the pages are built from it. None accepts any (demo only).
TRUSTED_HOSTS = None
# How many proxies in front of the app set X-Forwarded-For, -Proto and -Host (a council's
# TLS proxy: 1). 0 trusts no such header: the visitor is the socket's address.
PROXY_COUNT = 0
# Strict-Transport-Security on HTTPS responses: browsers then never use plain http here.
HSTS_SECONDS = 365 * 24 * 3600
# The public easy read checker costs real CPU per check: per visitor, POSTs only.
EASY_READ_CHECK_LIMIT = "20 per minute"
# One log line per request (method, route, status, time, size: no addresses, no queries).
REQUEST_LOG = True
TIMEZONE = "Europe/London"  # opening times are local: "open now" on the Saved page
# "Checked, not just updated": months until an entry is due to be checked
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
# The Local Offer team's address: public contact, and where suggestions go when there
# are no editor accounts yet.
EDITORS_EMAIL = "localoffer@millbrook.example"
# "Tell us what you think" and "Have your say": per visitor's IP address, POSTs only.
FEEDBACK_LIMIT = "5 per hour"
CONSULTATION_LIMIT = "5 per hour"
# SEND Regulations 2014, reg 56(3): comments and responses are published at least once a
# year, so "You said, we did" says the next report is due this long after the last one.
FEEDBACK_REPORT_MONTHS = 12
# Signed-in sessions (kept on the server): idle minutes by role, and an absolute
# limit (PERMANENT_SESSION_LIFETIME above). The half-signed-in state between the
# password and the two-step code lasts PENDING_SIGN_IN_MINUTES.
SESSION_IDLE_MINUTES = {"admin": 30, "editor": 30, "provider": 60}
PENDING_SIGN_IN_MINUTES = 5
TWO_STEP_LIMIT = "5 per 15 minutes"  # two-step codes, per account
# Encrypts two-step secrets at rest: a Fernet key (or any long random string). Empty:
# derived from SECRET_KEY, so set one of the two in production and never lose it.
TOTP_KEY = ""
# Report an accessibility problem: per visitor, POSTs only; reports are emailed here.
PROBLEM_REPORT_LIMIT = "5 per hour"
ACCESSIBILITY_EMAIL = "localoffer@millbrook.example"
# How long personal data is kept, in days, by kind of record (`flask purge-personal-data`).
RETENTION_DAYS = {"feedback": 365, "suggestions": 365, "problem_reports": 365,
                  "sign_in_failures": 90, "outbox": 90, "audit": 730}
