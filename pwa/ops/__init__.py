"""Running the app for real: start-up checks, the health check, the request log, and
the backup and restore commands."""
from pwa.ops import backup, health, requestlog, startup


def init_app(app):
    app.register_blueprint(health.bp)
    requestlog.init_app(app)
    backup.init_app(app)
    if app.config["PRODUCTION"]:
        startup.check(app)
