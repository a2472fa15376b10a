"""Alembic environment: runs on a connection from the app's engine (pwa.cli.alembic_config).

To write a migration: with app.extensions["engine"].begin() as c:
    alembic.command.revision(pwa.cli.alembic_config(c), message=..., autogenerate=True)
"""
from alembic import context
from sqlmodel import SQLModel

import pwa.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from pwa.db import in_models

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata,
                  render_as_batch=connection.dialect.name == "sqlite", include_name=in_models)
with context.begin_transaction():
    context.run_migrations()
