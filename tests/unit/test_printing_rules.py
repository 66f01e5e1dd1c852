"""Printer rules: addresses, which stock a document needs, the form's problems by field."""

from __future__ import annotations

import pytest

from packstation.domain.printing import (
    Failure,
    PrinterSpec,
    media_failure,
    tcp_address,
    validate_printer,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("192.168.1.50", ("192.168.1.50", 9100)),
    ("192.168.1.50:9101", ("192.168.1.50", 9101)),
    ("zebra-01.local", ("zebra-01.local", 9100)),
    ("[fe80::1]:9100", ("fe80::1", 9100)),
    ("[::1]", ("::1", 9100)),
])
def test_tcp_addresses(text, expected) -> None:
    assert tcp_address(text) == expected


@pytest.mark.parametrize("text", ["192.168.1.50:0", "host:99999", "host:abc", "bad host",
                                  "a:b:c", ""])
def test_bad_tcp_addresses(text) -> None:
    with pytest.raises(ValueError):
        tcp_address(text)


def test_labels_need_label_stock_and_slips_need_paper() -> None:
    label = PrinterSpec("L", "tcp", "10.0.0.1", "4x6")
    a5 = PrinterSpec("S", "system", "Office", "A5")
    assert media_failure(label, "label") is None and media_failure(a5, "slip") is None
    wrong = media_failure(label, "slip")
    assert wrong is not None and wrong.failure is Failure.WRONG_MEDIA
    assert "needs A4, A5" in str(wrong.detail)
    assert media_failure(a5, "label") is not None


def test_form_problems_name_the_field() -> None:
    assert validate_printer(PrinterSpec("ラベル1", "tcp", "10.0.0.1", "A6", 300, "zpl")) == []
    problems = validate_printer(PrinterSpec("x", "system", "", "A4", 203, "zpl"))
    assert {p.column for p in problems} == {"format", "media", "address"}
    assert all(p.fix for p in problems)
    cups = validate_printer(PrinterSpec("x", "cups", "queue with spaces"))
    assert [p.column for p in cups] == ["address"]
    assert [p.column for p in validate_printer(PrinterSpec("x", "usb", "a"))] == ["backend"]
