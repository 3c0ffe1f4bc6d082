"""The tamper evidence of competition marks: every mark entered, changed or cleared is an
entry whose SHA-256 covers the previous entry's hash, so editing, deleting or reordering any
entry — or a stored mark edited outside the application — shows up. Pure: no database."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64

Key = tuple[int, int, int | None]  # contestant, aspect, judge (None: a measurement)


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    contestant_id: int
    aspect_id: int
    judge_id: int | None
    value_centi: int | None  # None: cleared
    source: str
    actor: str
    at: str  # ISO 8601, UTC
    hash: str


def digest(previous: str, event_id: int, seq: int, contestant_id: int, aspect_id: int, judge_id: int | None,
           value_centi: int | None, source: str, actor: str, at: str) -> str:
    body = json.dumps([previous, event_id, seq, contestant_id, aspect_id, judge_id, value_centi, source, actor, at],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Discrepancy:
    kind: str  # broken_link, missing_entry, stored_differs, stored_not_in_chain, head_differs
    seq: int | None = None
    key: Key | None = None
    expected: int | None = None
    found: int | None = None


def check(event_id: int, entries: Iterable[ChainEntry], stored: Mapping[Key, int], head: str | None,
          length: int) -> Discrepancy | None:
    """The first thing wrong, or None: every entry's hash recomputed from the previous one,
    the chain's end equal to the head recorded on the event, and the marks stored now equal to
    the chain replayed."""
    previous, replayed, count = GENESIS, {}, 0
    for expected_seq, entry in enumerate(entries, start=1):
        if entry.seq != expected_seq:
            return Discrepancy("missing_entry", seq=expected_seq)
        recomputed = digest(previous, event_id, entry.seq, entry.contestant_id, entry.aspect_id, entry.judge_id,
                            entry.value_centi, entry.source, entry.actor, entry.at)
        if recomputed != entry.hash:
            return Discrepancy("broken_link", seq=entry.seq)
        key = (entry.contestant_id, entry.aspect_id, entry.judge_id)
        if entry.value_centi is None:
            replayed.pop(key, None)
        else:
            replayed[key] = entry.value_centi
        previous, count = entry.hash, entry.seq
    if count != length or (head or GENESIS) != previous:
        return Discrepancy("head_differs", seq=count)
    for key, value in sorted(replayed.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)):
        if key not in stored:
            return Discrepancy("stored_differs", key=key, expected=value, found=None)
        if stored[key] != value:
            return Discrepancy("stored_differs", key=key, expected=value, found=stored[key])
    for key, value in stored.items():
        if key not in replayed:
            return Discrepancy("stored_not_in_chain", key=key, found=value)
    return None
