"""The base's Ed25519 key that signs certificate QR codes.

The private key is made on first use and kept in the user data folder (keys/), outside the
database file; its public half goes into the database so that every workstation can verify
what any other one signed, and can be exported for others to check certificates.
"""
from __future__ import annotations

import base64
import hashlib
import os
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import data_dir
from db.models import SigningKey

KEY_FILE = "certificate-signing-key.pem"


def key_path() -> Path:
    return data_dir() / "keys" / KEY_FILE


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_or_create_private_key() -> Ed25519PrivateKey:
    path = key_path()
    if not path.exists():
        _create_key_file(path)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def _create_key_file(path: Path) -> None:
    """Write a new key under a temporary name, then link it into place: whoever links first
    wins, and nobody ever reads a half-written key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        temporary.unlink(missing_ok=True)


def raw_public_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:12]


class Signer:
    """Signs inside one unit of work, registering this workstation's public key if new."""

    def __init__(self, session: Session, label: str = ""):
        self.key = load_or_create_private_key()
        public_raw = raw_public_key(self.key)
        self.key_id = key_id_of(public_raw)
        if session.get(SigningKey, self.key_id) is None:
            try:
                with session.begin_nested():
                    session.add(SigningKey(key_id=self.key_id, public_key=_b64(public_raw), label=label))
            except IntegrityError:  # registered by a parallel issue a moment ago
                pass

    def sign(self, text: str) -> str:
        return _b64(self.key.sign(text.encode("utf-8")))


def signature_is_valid(session: Session, key_id: str, signed_text: str, signature: str) -> bool:
    """True when any known key made this signature (the key id is only where to look first)."""
    try:
        raw_signature = _unb64(signature)
    except (ValueError, TypeError):
        return False
    keys = session.scalars(select(SigningKey).order_by((SigningKey.key_id == key_id).desc())).all()
    for known in keys:
        try:
            Ed25519PublicKey.from_public_bytes(_unb64(known.public_key)).verify(
                raw_signature, signed_text.encode("utf-8"))
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


def public_key_pem() -> bytes:
    """This workstation's public key, for whoever wants to check certificates independently."""
    return load_or_create_private_key().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
