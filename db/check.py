"""`skillbase db check`: is this database sound and at this application's revision?

Never creates a database: a missing SQLite file is a failed check.
"""
from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError

from db.engine import sqlite_path
from db.migrate import current_revision, head_revision


def check_database(url: str) -> list[str]:
    """Return the problems found; an empty list means the database passed every check."""
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file():
            return [f"no database at {path}"]
        problems = _sqlite_problems(path)
        if problems:
            return problems
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    try:
        engine = create_engine(url)
        try:
            revision = current_revision(engine)
        finally:
            engine.dispose()
    except SQLAlchemyError as error:
        return [f"cannot read the database: {error.__class__.__name__}: {error.orig or error}"]
    head = head_revision()
    if revision != head:
        return [f"schema revision is {revision or 'none'}, this Skillbase expects {head}"]
    return []


def _sqlite_problems(path) -> list[str]:
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [f"not a readable SQLite database: {error}"]
    problems = [] if integrity == ["ok"] else [f"integrity: {line}" for line in integrity]
    problems += [f"foreign key: {table} row {rowid} refers to a missing {parent}"
                 for table, rowid, parent, _ in foreign]
    return problems
