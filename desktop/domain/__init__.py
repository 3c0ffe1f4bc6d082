"""Pure rules of the trade: standard library only, no Qt, no SQLAlchemy, no I/O."""
