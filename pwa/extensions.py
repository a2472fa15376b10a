"""Extension instances, bound to the app in init_app."""
from flask_compress import Compress
from flask_wtf.csrf import CSRFProtect
from htmx_flask import Htmx

compress = Compress()
csrf = CSRFProtect()  # every POST, PUT, PATCH and DELETE needs a token
htmx_ext = Htmx()


def init_app(app):
    compress.init_app(app)
    csrf.init_app(app)
    htmx_ext.init_app(app)
