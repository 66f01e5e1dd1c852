"""Labels and 納品書 (documents) and the station's print queues."""
