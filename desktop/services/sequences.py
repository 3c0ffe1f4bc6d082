"""Serial numbers drawn inside the caller's transaction (certificate numbers, class codes,
receipt numbers): a rolled-back transaction leaves no gap and two workstations never draw the
same serial."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import NumberSequence


def next_serial(session: Session, key: str) -> int:
    # UPDATE first: it takes the row lock (PostgreSQL) or the write lock (SQLite) before
    # reading, so concurrent callers queue here instead of reading the same value.
    bumped = session.execute(update(NumberSequence).where(NumberSequence.key == key)
                             .values(next_value=NumberSequence.next_value + 1))
    if bumped.rowcount == 0:
        try:
            with session.begin_nested():
                session.add(NumberSequence(key=key, next_value=2))
            return 1
        except IntegrityError:  # another workstation started this sequence a moment ago
            return next_serial(session, key)
    return session.scalar(select(NumberSequence.next_value).where(NumberSequence.key == key)) - 1
