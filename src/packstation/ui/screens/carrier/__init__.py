"""Carrier hand-off dialogs: CSV export, tracking import, per-account layouts."""
