"""The SEND Local Offer web app."""
import os
from pathlib import Path

from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Config, extensions, blueprints: nothing else."""
    app = Flask(__name__, template_folder=str(ROOT / "templates"), static_folder=None,
                instance_path=str(ROOT / "instance"))
    # Fewer bytes to phones: no blank lines where template tags were.
    app.jinja_options = {**app.jinja_options, "trim_blocks": True, "lstrip_blocks": True}
    app.config.from_object("pwa.config")
    app.config.from_prefixed_env("LOCAL_OFFER")
    if os.environ.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    app.config.update(config or {})

    from pwa import assets, cli, db, errors, extensions, i18n, security
    from pwa.directory.views import bp as directory
    from pwa.pages.views import bp as pages

    extensions.init_app(app)
    db.init_app(app)
    i18n.init_app(app)
    assets.init_app(app, ROOT / "static")
    security.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    app.register_blueprint(directory)
    app.register_blueprint(pages)
    return app
