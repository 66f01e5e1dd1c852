"""Box and carrier-service proposal by total cost; the cartonize command's JSON."""
