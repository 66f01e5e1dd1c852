"""Carrier hand-off: CSV export for B2クラウド / e飛伝 / ゆうプリR and tracking-number import."""
