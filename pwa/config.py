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
BABEL_DEFAULT_LOCALE = "en"
BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).resolve().parent.parent / "locales")
WTF_CSRF_TIME_LIMIT = None  # a family may leave a form open for hours on a slow phone
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Brotli first: htmx 2 is ~15 KB with brotli, ~16.5 KB with gzip.
COMPRESS_ALGORITHM = ["br", "gzip"]
COMPRESS_BR_LEVEL = 5
COMPRESS_MIMETYPES = ["text/html", "application/json", "text/plain"]
COMPRESS_MIN_SIZE = 256
