"""One engine per app; a session per request, closed at teardown.

SQLite files are opened read-write but never created by the app itself: a missing file
would otherwise come up empty and fail on every page with "no such table". `init-db`
creates the file (create_sqlite) and switches it to write-ahead logging once; the mode
is kept in the file, so connections never write a pragma that a read-only file refuses.
"""
import sqlite3
from pathlib import Path
from urllib.parse import quote

from flask import current_app, g
from sqlalchemy import event
from sqlmodel import Session, create_engine


class DatabaseProblem(RuntimeError):
    """The database cannot be used as configured; the message says what to do."""


def database_url(url: str) -> str:
    """Accept the postgres:// and postgresql:// forms hosts give, and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite:/// URL, or None for any other database."""
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def create_sqlite(path: Path) -> bool:
    """Create an empty database file in write-ahead-log mode (readers never wait for a
    writer); the mode is stored in the file. False when the file was already there."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return True


def sqlite_problem(path: Path) -> str | None:
    """Why the app cannot run on this SQLite file, in words for whoever deploys it."""
    if not path.exists():
        return (f"The database file {path} does not exist. Create it with "
                "`.venv/bin/flask --app pwa init-db` (add --seed-if-empty for the demo), "
                "or set DATABASE_URL to the right database.")
    try:
        conn = sqlite3.connect(_read_write(path), uri=True, isolation_level=None)
        try:
            # A write that is rolled back: the file is unchanged, and a read-only one refuses.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("BEGIN")
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as error:
        return (f"The database file {path} cannot be written ({error}). The app stores "
                "sign-ins, feedback and edits: give the user that runs it write access to "
                "the file and to its folder (SQLite keeps its write-ahead log beside it).")
    return None


def _read_write(path: Path) -> str:
    """An SQLite URI that opens the file read-write and never creates it."""
    return f"file:{quote(str(path.resolve()))}?mode=rw"


def _connect_sqlite(path: Path):
    def connect():
        return sqlite3.connect(_read_write(path), uri=True, check_same_thread=False)
    return connect


def make_engine(url: str):
    url = database_url(url)
    path = sqlite_path(url)
    if path is not None:
        # The path in the URL only tells SQLAlchemy it is a file (a pool of connections).
        engine = create_engine(f"sqlite:///{path}", creator=_connect_sqlite(path))

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):
            conn.execute("PRAGMA foreign_keys = ON")  # per connection: SQLite forgets it
        return engine
    # No server-side prepared statements: after five runs of one, PostgreSQL may switch
    # to a generic plan, blind to the values (a trigram index needs the LIKE pattern).
    return create_engine(url, pool_pre_ping=True, connect_args={"prepare_threshold": None})


def check(app) -> None:
    """Start-up check: the database exists, can be written, and answers."""
    path = sqlite_path(database_url(app.config["DATABASE_URL"]))
    if path is not None:
        problem = sqlite_problem(path)
        if problem:
            raise DatabaseProblem(problem)
        return
    from sqlalchemy import text
    engine = app.extensions["engine"]
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 (any failure here stops the start)
        raise DatabaseProblem(f"The database does not answer: {error}") from error
    finally:
        engine.dispose()  # no pooled connection crosses the fork into the workers


def init_app(app):
    app.extensions["engine"] = make_engine(app.config["DATABASE_URL"])
    app.teardown_appcontext(_close)


def get_session() -> Session:
    if "db_session" not in g:
        g.db_session = Session(current_app.extensions["engine"])
    return g.db_session


def _close(_exc):
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def in_models(name, type_, _parents) -> bool:
    """For Alembic's comparisons: the full-text search structures are built by hand in
    the initial migration (FTS5 tables; a generated tsvector column and its GIN index),
    not from the models."""
    if type_ == "table":
        return not name.startswith("service_fts")
    return name not in ("document", "ix_servicesearch_document", "ix_servicesearch_trigram")
