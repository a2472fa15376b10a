"""Extension instances, bound to the app in init_app."""
from flask_compress import Compress
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect
from htmx_flask import Htmx

compress = Compress()
csrf = CSRFProtect()  # every POST, PUT, PATCH and DELETE needs a token
htmx_ext = Htmx()
# No default limits: only the routes that need one (sign-in, public forms) declare it.
limiter = Limiter(key_func=get_remote_address)


def init_app(app):
    compress.init_app(app)
    csrf.init_app(app)
    htmx_ext.init_app(app)
    limiter.init_app(app)
