"""Use cases: one per user action, one transaction each. They take ports and return DTOs."""
