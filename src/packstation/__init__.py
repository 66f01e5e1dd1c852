"""packstation: the packing-station app for Japanese e-commerce warehouses."""

__version__ = "0.1.0"
