"""Persistence: SQLAlchemy models, engine and migrations glue. No Qt."""
