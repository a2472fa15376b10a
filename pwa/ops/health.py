"""/healthz for the load balancer and monitoring: 200 when the database answers,
503 when it does not. Plain text, never cached, no details an outsider could use."""
from flask import Blueprint, current_app
from sqlalchemy import text

bp = Blueprint("ops", __name__)


@bp.get("/healthz")
def healthz():
    try:
        with current_app.extensions["engine"].connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 (any failure means "not healthy")
        current_app.logger.exception("Health check: the database does not answer")
        return _plain("database unavailable\n", 503)
    return _plain("ok\n", 200)


def _plain(body, status):
    return body, status, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}
