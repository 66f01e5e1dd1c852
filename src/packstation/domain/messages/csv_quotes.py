"""Messages of the CSV reader's quote check (an unclosed quote swallowing later rows)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "csv.unclosed_quote": QT_TRANSLATE_NOOP(
        "Messages", "a quote opened in this row (line {line} of the file) is not closed: the "
        "rows after it would be read as the text of one cell and their orders lost"),
    "csv.unclosed_quote.fix": QT_TRANSLATE_NOOP(
        "Messages", "close the quote at the end of the cell, or write the quote inside the "
        "text twice (\"\"), and import the file again"),
}
