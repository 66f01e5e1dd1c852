"""Packing at the bench: open an order, scan, verdicts, hold, override, complete; the camera
scanner."""
