"""PySide6 user interface. Thin: calls services, shows DTOs, never blocks its thread."""
