"""Command-line tasks: `flask --app pwa init-db`, `flask --app pwa load-data`."""
import csv
import io
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import current_app
from sqlmodel import Session, select

from pwa import ROOT, data_cli, db, i18n
from pwa.models import Service
from pwa.queries import data_schema, loader, postcodes

DEMO_DATA = ROOT / "data" / "demo"


def alembic_config(connection) -> Config:
    """Alembic, run on the app's own engine (no alembic.ini: the app holds the URL)."""
    config = Config()
    config.set_main_option("script_location", str(ROOT / "pwa" / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(app) -> None:
    """Create the database if it is an SQLite file not made yet, and bring its schema to
    the newest migration."""
    path = db.sqlite_path(db.database_url(app.config["DATABASE_URL"]))
    if path is not None:
        db.create_sqlite(path)
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
                counts = loader.load(session, DEMO_DATA, assurer_email=current_app.config["EDITORS_EMAIL"])
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
            try:
                counts = loader.load(session, data_dir, assurer_email=current_app.config["EDITORS_EMAIL"])
            except data_schema.InvalidData as invalid:
                for problem in invalid.problems:
                    click.echo(problem, err=True)
                raise click.ClickException(f"Nothing was loaded: {len(invalid.problems)} problems "
                                           "to fix first (listed above).") from None
        click.echo(", ".join(f"{n} {what}" for what, n in counts.items()) + " loaded.")

    @app.cli.command("purge-personal-data")
    def purge_personal_data():
        """Delete or scrub personal data older than its retention period (run daily)."""
        from pwa.queries import retention

        with Session(current_app.extensions["engine"]) as session:
            counts = retention.purge(session, current_app.config["RETENTION_DAYS"])
        click.echo(", ".join(f"{n} {what}" for what, n in counts.items()) + ".")

    init_account_commands(app)
    from pwa import mail
    mail.init_app(app)  # Flask-Mail, and the send-mail worker command
    data_cli.init_app(app)  # import-data, export-oruk, export-csv
    init_postcode_commands(app)
    init_booklet_commands(app)


def init_booklet_commands(app):
    @app.cli.command("build-booklets")
    @click.option("--language", "languages", multiple=True, default=["en"], metavar="CODE",
                  help="A language to make them in (default en); give it again for more.")
    @click.option("--easy-read", is_flag=True, help="The easy read booklets too.")
    def build_booklets(languages, easy_read):
        """Make the booklet PDF for each age group ahead of time (after loading data, or
        nightly), so the first family to ask gets it at once. Kept ones are not made again."""
        from pwa.queries.vocab import AGE_BANDS

        unknown = [code for code in languages if code not in current_app.config["LANGUAGES"]]
        if unknown:
            raise click.BadParameter(f"not a language of this site: {', '.join(unknown)}")
        paths = [f"{i18n.prefix(code)}/booklet.pdf?age={age}{easy}"
                 for code in languages for age in AGE_BANDS for easy in ("", "&easy_read=1")[:1 + easy_read]]
        # made here, while the command waits, through the page's own code
        config = current_app.config
        saved = config["BOOKLET_PDF_WAIT_SERVICES"], config["BOOKLET_PDF_LIMIT"]
        config["BOOKLET_PDF_WAIT_SERVICES"], config["BOOKLET_PDF_LIMIT"] = 10**9, "1000000 per minute"
        failed = []
        try:
            with click.progressbar(paths, label="Making booklets") as bar:
                for path in bar:
                    if current_app.test_client().get(path).status_code != 200:
                        failed.append(path)
        finally:
            config["BOOKLET_PDF_WAIT_SERVICES"], config["BOOKLET_PDF_LIMIT"] = saved
        if failed:
            raise click.ClickException("Not made: " + ", ".join(failed))
        click.echo(f"{len(paths)} booklets ready in {config['BOOKLET_CACHE_DIR']}.")


def init_postcode_commands(app):
    @app.cli.command("import-postcodes")
    @click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--only", multiple=True, metavar="AREA",
                  help="Keep only postcodes in this postcode area, e.g. --only B --only WS.")
    def import_postcodes(csv_file, only):
        """Load postcode centroids from the ONS Postcode Directory CSV (columns pcds,
        lat, long), replacing those loaded before. Streams the file: any size works."""
        upgrade(current_app)
        with open(csv_file, "rb") as raw, Session(current_app.extensions["engine"]) as session:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            with click.progressbar(length=csv_file.stat().st_size, label="Reading postcodes",
                                   show_pos=False) as bar:
                stored = postcodes.import_rows(session, _counting(csv.DictReader(text), raw, bar),
                                               only=only)
            click.echo("Saving…")
            session.commit()
        click.echo(f"{stored} postcodes loaded.")


def _counting(rows, raw, bar, every=5000):
    """Rows as they are read, moving the progress bar by the bytes read so far."""
    done = 0
    for n, row in enumerate(rows, 1):
        if n % every == 0:
            position = raw.tell()
            bar.update(position - done)
            done = position
        yield row
    bar.update(bar.length - done)


def init_account_commands(app):
    @app.cli.command("create-user")
    @click.option("--email", required=True)
    @click.option("--name", required=True)
    @click.option("--role", type=click.Choice(["admin", "editor", "provider"]), default="admin")
    @click.option("--organisation", "org_slug", help="The provider's organisation (its slug).")
    @click.password_option(help="At least 12 characters; asked for when not given.")
    def create_user(email, name, role, org_slug, password):
        """Create an account: the first administrator, for example."""
        from pwa.models import Organization
        from pwa.models.accounts import User
        from pwa.queries import accounts

        problem = accounts.password_problem(password, email)
        if problem:
            raise click.UsageError("That password is too short (12 characters or more)."
                                   if problem == "short" else "That password is too easy to guess.")
        with Session(current_app.extensions["engine"]) as session:
            org = None
            if org_slug:
                org = session.exec(select(Organization).where(Organization.slug == org_slug)).first()
                if org is None:
                    raise click.UsageError(f"No organisation with the slug {org_slug!r}.")
            if role == "provider" and org is None:
                raise click.UsageError("A provider needs --organisation.")
            user = User(email=accounts.normalise_email(email), name=name, role=role,
                        organization_id=org.id if org else None)
            accounts.set_password(user, password)
            session.add(user)
            accounts.audit(session, "user-created", None, f"{user.email} as {role}, from the command line")
            session.commit()
        click.echo(f"Created {role} {email}.")
