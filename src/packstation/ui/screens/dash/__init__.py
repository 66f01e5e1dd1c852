"""The lead's dashboard and the floor board (issue 19)."""
