"""Every message code with its English template, merged from one module per feature.

Each feature keeps its own table (``messages/<feature>.py``: ``MESSAGES = {code: template}``)
so that features grow without editing one long list. A code appears once across all tables
(tests/unit/test_messages.py checks that and that every template is translated).
"""

from __future__ import annotations

from packstation.domain.messages import (
    auth,
    barcodes,
    carrier,
    cartonize,
    catalog,
    cli,
    common,
    csv,
    csv_quotes,
    documents,
    forms,
    handling,
    packing,
    picking,
    printers,
    printing,
    rates,
    review,
    scale,
    system,
    users,
)

_TABLES: tuple[dict[str, str], ...] = (
    common.MESSAGES, forms.MESSAGES, auth.MESSAGES, packing.MESSAGES, scale.MESSAGES,
    printing.MESSAGES, documents.MESSAGES, csv.MESSAGES, csv_quotes.MESSAGES, rates.MESSAGES,
    catalog.MESSAGES, carrier.MESSAGES, review.MESSAGES, barcodes.MESSAGES, cartonize.MESSAGES,
    system.MESSAGES, cli.MESSAGES, printers.MESSAGES, users.MESSAGES,
    handling.MESSAGES, picking.MESSAGES,
)


def _merge(tables: tuple[dict[str, str], ...]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise KeyError(f"message codes defined twice: {sorted(twice)}")
        merged.update(table)
    return merged


CATALOGUE: dict[str, str] = _merge(_TABLES)
