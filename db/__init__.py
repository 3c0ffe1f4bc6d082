"""Persistence: typed SQLAlchemy models, engine and session factory, Alembic migrations.

This package imports neither `desktop` nor PySide6 (DESIGN.md §2).
"""
