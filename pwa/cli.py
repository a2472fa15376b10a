"""Command-line tasks: `flask --app pwa init-db`, `flask --app pwa load-data`."""
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import current_app
from sqlmodel import Session, select

from pwa import ROOT
from pwa.models import Service
from pwa.queries import loader

DEMO_DATA = ROOT / "data" / "demo"


def alembic_config(connection) -> Config:
    """Alembic, run on the app's own engine (no alembic.ini: the app holds the URL)."""
    config = Config()
    config.set_main_option("script_location", str(ROOT / "pwa" / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(app) -> None:
    """Bring the database schema to the newest migration."""
    with app.extensions["engine"].begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def init_app(app):
    @app.cli.command("init-db")
    @click.option("--seed-if-empty", is_flag=True, help="Load the demo Local Offer into an empty database.")
    def init_db(seed_if_empty):
        """Create or migrate the database schema."""
        upgrade(current_app)
        with Session(current_app.extensions["engine"]) as session:
            if seed_if_empty and not session.exec(select(Service.id)).first():
                counts = loader.load(session, DEMO_DATA)
                click.echo(f"Loaded the demo Local Offer: {counts['services']} services.")
        click.echo("Database is up to date.")

    @app.cli.command("load-data")
    @click.option("--dir", "data_dir", type=click.Path(exists=True, file_okay=False,
                                                       path_type=Path), default=DEMO_DATA,
                  help="A folder in the format of data/demo/ (default: the demo Local Offer).")
    def load_data(data_dir):
        """Load (or reload) a Local Offer from JSON files; safe to run again."""
        upgrade(current_app)
        with Session(current_app.extensions["engine"]) as session:
            counts = loader.load(session, data_dir)
        click.echo(", ".join(f"{n} {what}" for what, n in counts.items()) + " loaded.")
