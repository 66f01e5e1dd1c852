"""Admin use cases: boxes, carriers, services and rate tables, product measurements."""
