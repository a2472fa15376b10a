"""`flask --app pwa backup-db FILE` and `restore-db FILE`.

SQLite: the sqlite3 backup API copies a consistent snapshot while the app goes on
reading and writing (a plain file copy can catch a half-written page or miss the
write-ahead log). Restoring copies the backup into the live file the same way, so
open connections see the restored data at once; it refuses a file that is not a
Local Offer database.

PostgreSQL: pg_dump's custom format of the schema the app uses, and pg_restore of it
in one transaction (all or nothing). The connection settings go to pg_dump and
pg_restore in PG* environment variables, so no password shows in the process list.
"""
import os
import sqlite3
import subprocess
from pathlib import Path

import click
from flask import current_app
from sqlalchemy import make_url, text

from pwa import db


class BackupError(click.ClickException):
    pass


# --- SQLite ---------------------------------------------------------------------------

def _sqlite_copy(source_path: Path, target_path: Path) -> None:
    """SQLite's online backup: a consistent copy even while the app writes."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def sqlite_backup(live: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    _sqlite_copy(live, partial)
    os.replace(partial, target)  # a backup file is whole or absent, never half written


def _is_local_offer(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"alembic_version", "service"} <= tables


def sqlite_restore(backup: Path, live: Path) -> None:
    if not _is_local_offer(backup):
        raise BackupError(f"{backup} is not a Local Offer SQLite database.")
    _sqlite_copy(backup, live)


# --- PostgreSQL -------------------------------------------------------------------------

def _pg_env(url: str) -> dict:
    """libpq's environment variables for a database URL."""
    parts = make_url(db.database_url(url))
    env = dict(os.environ)
    for name, value in (("PGHOST", parts.host), ("PGPORT", parts.port), ("PGUSER", parts.username),
                        ("PGPASSWORD", parts.password), ("PGDATABASE", parts.database),
                        ("PGOPTIONS", parts.query.get("options"))):
        if value is not None:
            env[name] = str(value)
    return env


def _run(args: list[str], env: dict) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip()}")


def pg_backup(engine, url: str, target: Path) -> None:
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    partial = target.with_name(target.name + ".partial")
    _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--schema={schema}",
          f"--file={partial}"], _pg_env(url))
    os.replace(partial, target)


def pg_restore(engine, url: str, backup: Path) -> None:
    engine.dispose()  # our own pooled connections must not hold locks on the tables
    env = _pg_env(url)
    _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
          "--single-transaction", "--exit-on-error", f"--dbname={env.get('PGDATABASE', '')}",
          str(backup)], env)


# --- commands ------------------------------------------------------------------------

def backup(app, target: Path) -> None:
    url = app.config["DATABASE_URL"]
    live = db.sqlite_path(db.database_url(url))
    if live is not None:
        if not live.exists():
            raise BackupError(f"There is no database at {live}.")
        sqlite_backup(live, target)
    else:
        pg_backup(app.extensions["engine"], url, target)


def restore(app, backup_file: Path) -> None:
    url = app.config["DATABASE_URL"]
    live = db.sqlite_path(db.database_url(url))
    if live is not None:
        sqlite_restore(backup_file, live)
    else:
        pg_restore(app.extensions["engine"], url, backup_file)


def init_app(app):
    @app.cli.command("backup-db")
    @click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
    def backup_db(target):
        """Copy the database to TARGET, consistently, while the app runs."""
        target.parent.mkdir(parents=True, exist_ok=True)
        backup(current_app, target)
        click.echo(f"Backed up the database to {target} ({target.stat().st_size} bytes).")

    @app.cli.command("restore-db")
    @click.argument("backup_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--yes", is_flag=True, help="Do not ask before replacing the database.")
    def restore_db(backup_file, yes):
        """Replace everything in the database with BACKUP_FILE (made by backup-db)."""
        if not yes:
            click.confirm("This replaces everything in the database with the backup. Go on?",
                          abort=True)
        restore(current_app, backup_file)
        click.echo(f"Restored the database from {backup_file}.")
