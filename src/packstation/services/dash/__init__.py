"""The lead's dashboard, floor board and daily report (issue 19, docs/kpi.md)."""
