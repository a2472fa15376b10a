"""The databases the fast tests run on. A module of its own, not conftest: a11y_tests has
a conftest too, and `import conftest` would find whichever was loaded last."""
import os

from sqlmodel import Session

from pwa import create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.queries import loader

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def loaded_app(url):
    """The app on `url`, migrated and holding the demo Local Offer."""
    app = create_app({"DATABASE_URL": url, "TESTING": True})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA, assurer_email=app.config["EDITORS_EMAIL"])
    return app
