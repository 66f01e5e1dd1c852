"""Weighing the closed box against the expected weight; lead approval outside the tolerance."""
