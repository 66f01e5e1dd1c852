"""SQLAlchemy 2.0 persistence for SQLite (standalone/station) and PostgreSQL (central)."""
