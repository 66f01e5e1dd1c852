"""Pick lists, batches (トータルピッキング) and sorting at the bench (種まき), issue 20."""
