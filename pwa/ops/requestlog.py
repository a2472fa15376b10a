"""One line per request on standard error, with nothing about the person: the method,
the route's pattern (/services/<slug>, never the address typed, so no search terms,
reset tokens or names), the status, the time taken and the size. No IP address, no
query string, no user."""
import logging
import sys
from time import perf_counter

from flask import g, request

logger = logging.getLogger("localoffer.requests")


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (servers and test runners swap it)."""

    def emit(self, record):
        self.stream = sys.stderr
        super().emit(record)


def _start():
    g.request_started = perf_counter()


def _log(response):
    started = g.get("request_started")
    ms = (perf_counter() - started) * 1000 if started else 0.0
    route = request.url_rule.rule if request.url_rule else "-"
    size = response.content_length if response.content_length is not None else "-"
    logger.info("%s %s %s %.1fms %sB", request.method, route, response.status_code, ms, size)
    return response


def init_app(app):
    if not app.config.get("REQUEST_LOG"):
        return
    if not logger.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s request %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    app.before_request_funcs.setdefault(None, []).insert(0, _start)
    app.after_request(_log)
