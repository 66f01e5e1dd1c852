"""Order and product CSV imports: all-or-nothing, every problem by row and column."""
