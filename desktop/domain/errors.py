"""Errors a user can act on. Each carries a Message that says what to fix.

Anything else raised is a programming error and goes to the crash handler.
"""
from __future__ import annotations

from desktop.domain.messages import Message


class UserError(Exception):
    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class ValidationFailed(UserError):
    """Input with one message per field that needs fixing (field name -> message)."""

    def __init__(self, field_errors: dict[str, Message]):
        first = next(iter(field_errors.values()))
        super().__init__(first)
        self.field_errors = field_errors


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class Conflict(UserError):
    """The action clashes with what is saved (a duplicate, a record that changed meanwhile)."""


class AuthenticationFailed(UserError):
    pass
