"""The central PostgreSQL side of networked mode: claims, sync."""
