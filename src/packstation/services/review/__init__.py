"""The shift lead's review: refused scans (mis-picks), mis-shipments and KPIs."""
