"""Networked mode: claims, the outbox sync loop, the floor view and what a station may not edit."""
