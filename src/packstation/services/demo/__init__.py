"""The demo shop (products, services, orders) and scripted packing scenarios (simulate)."""
