"""One engine per app; a session per request, closed at teardown."""
from pathlib import Path

from flask import current_app, g
from sqlalchemy import event
from sqlmodel import Session, create_engine


def database_url(url: str) -> str:
    """Accept the postgres:// and postgresql:// forms hosts give, and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str):
    url = database_url(url)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
        return engine
    # No server-side prepared statements: after five runs of one, PostgreSQL may switch
    # to a generic plan, blind to the values (a trigram index needs the LIKE pattern).
    return create_engine(url, pool_pre_ping=True, connect_args={"prepare_threshold": None})


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
