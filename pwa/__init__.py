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

    from pwa import (assets, auth, cli, db, display, editing, errors, extensions, i18n, ops,
                     security, templating, thrift)
    from pwa.easy_read.views import bp as easy_read
    from pwa.accounts.views import bp as accounts
    from pwa.admin.views import bp as admin
    from pwa.directory.views import bp as directory
    from pwa.install.views import bp as install
    from pwa.information.views import bp as information
    from pwa.jargon.views import bp as jargon
    from pwa.pages.views import bp as pages
    from pwa.paper.views import bp as paper
    from pwa.findable.views import bp as findable
    from pwa.reviews.views import bp as reviews
    from pwa.saved.views import bp as saved
    from pwa.consultations.views import bp as consultations
    from pwa import api, feedback
    from pwa.translations.views import bp as translations

    extensions.init_app(app)
    db.init_app(app)
    i18n.init_app(app, ROOT / "locales")
    # Hooks after a request run last-registered first: this one, registered before
    # display and security, decides what a cache may keep after they set their cookies.
    thrift.init_app(app)
    display.init_app(app)
    assets.init_app(app, ROOT / "static")
    templating.init_app(app)
    security.init_app(app)
    auth.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    app.register_blueprint(directory)
    editing.init_app(app)  # editing, proposals, history: three blueprints and a command
    app.register_blueprint(accounts)
    app.register_blueprint(admin)
    app.register_blueprint(pages)
    app.register_blueprint(paper)
    app.register_blueprint(findable)
    app.register_blueprint(saved)
    app.register_blueprint(install)
    app.register_blueprint(easy_read)
    app.register_blueprint(information)
    app.register_blueprint(jargon)
    app.register_blueprint(reviews)
    feedback.init_app(app)  # comments, their moderation, "You said, we did"
    app.register_blueprint(consultations)  # "Have your say"
    app.register_blueprint(translations)
    ops.init_app(app)  # health check, request log, backups; production start-up checks
    api.init_app(app)  # the Open Referral UK v3 read API
    return app
