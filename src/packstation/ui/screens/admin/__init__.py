"""The admin's screens (Ctrl+M): boxes, carriers, services, rate tables, products."""
