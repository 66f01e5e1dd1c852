"""The shift lead's review screen (Ctrl+R): mis-picks, KPIs, mis-shipment reports."""
