"""Error pages in the house style, for the whole site. An area with something more
useful to say (how to sign in, where else to send a comment) handles its own."""
from flask import render_template

PAGES = (403, 404, 429, 500)  # each has templates/errors/<code>.html


def init_app(app):
    for code in PAGES:
        app.register_error_handler(code, _page(code))


def _page(code):
    def handler(_error):
        return render_template(f"errors/{code}.html"), code
    return handler
