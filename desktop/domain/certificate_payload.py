"""The text in a certificate's QR code: what it says, and where its signature sits.

  SKB1|<number>|<kind>|<holder>|<level, award, class or honour>|<issue date>|<key id>|<signature>

Everything before the last '|' is signed (Ed25519, base64url without padding). A phone that
scans the code shows these words; Skillbase checks the signature and the registry.
"""
from __future__ import annotations

from dataclasses import dataclass

MAGIC = "SKB1"
SEPARATOR = "|"
FIELDS = 8


@dataclass(frozen=True)
class PayloadContent:
    number: str
    kind: str
    holder: str
    detail: str
    issue_date: str  # ISO date
    key_id: str

    def signed_text(self) -> str:
        parts = (MAGIC, self.number, self.kind, self.holder, self.detail, self.issue_date, self.key_id)
        return SEPARATOR.join(_clean(p) for p in parts)


@dataclass(frozen=True)
class ParsedPayload:
    content: PayloadContent
    signed_text: str
    signature: str


def _clean(value: str) -> str:
    # The separator cannot appear inside a field; names never contain it, but be sure.
    return value.replace(SEPARATOR, "／").strip()


def compose(content: PayloadContent, signature: str) -> str:
    return content.signed_text() + SEPARATOR + signature


def parse(text: str) -> ParsedPayload | None:
    """None when the text is not a Skillbase certificate code at all."""
    text = text.strip()
    parts = text.split(SEPARATOR)
    if len(parts) != FIELDS or parts[0] != MAGIC:
        return None
    content = PayloadContent(*parts[1:7])
    return ParsedPayload(content, text.rsplit(SEPARATOR, 1)[0], parts[7])
