"""Adapters: concrete implementations of the service ports."""
