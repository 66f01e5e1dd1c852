"""The print bar on the packing screen and the printers dialog."""
