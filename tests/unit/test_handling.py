"""Handling badges and acknowledgements (domain/handling.py): what the bench must show."""

from __future__ import annotations

from datetime import date

from packstation.domain.handling import (
    AckKind,
    Badge,
    BadgeKind,
    EnclosureRule,
    HandlingFacts,
    acks_missing,
    acks_needed,
    badges,
    is_ack_code,
    parse_ack,
    parse_rules,
)
from packstation.domain.messages import english
from packstation.domain.model import CoolType


def _kinds(found: tuple[Badge, ...]) -> list[BadgeKind]:
    return [b.kind for b in found]


def test_a_plain_order_has_no_badges_and_needs_no_acknowledgement() -> None:
    assert badges(HandlingFacts()) == ()
    assert acks_needed(badges(HandlingFacts())) == ()


def test_frozen_gift_with_a_slot_is_cool_first_then_gift_then_the_slot() -> None:
    facts = HandlingFacts(cool=CoolType.FROZEN, gift=True, noshi="御祝", wrapping=True,
                          message_card="おめでとう", time_slot="19-21",
                          delivery_date=date(2026, 12, 5), cod_yen=3980, notes=" 置き配不可 ")
    found = badges(facts)
    assert _kinds(found) == [BadgeKind.FROZEN, BadgeKind.GIFT, BadgeKind.NOSHI,
                             BadgeKind.WRAPPING, BadgeKind.MESSAGE_CARD,
                             BadgeKind.DELIVERY_DATE, BadgeKind.TIME_SLOT, BadgeKind.COD,
                             BadgeKind.NOTES]
    values = {b.kind: b.value for b in found}
    assert values[BadgeKind.NOSHI] == "御祝"
    assert values[BadgeKind.DELIVERY_DATE] == "2026-12-05"
    assert values[BadgeKind.TIME_SLOT] == "19-21"
    assert values[BadgeKind.COD] == "3980"
    assert values[BadgeKind.NOTES] == "置き配不可"
    assert acks_needed(found) == (AckKind.COOL, AckKind.GIFT)


def test_chilled_needs_the_cool_acknowledgement_too() -> None:
    found = badges(HandlingFacts(cool=CoolType.CHILLED))
    assert _kinds(found) == [BadgeKind.CHILLED]
    assert acks_needed(found) == (AckKind.COOL,)


def test_noshi_alone_makes_a_gift() -> None:
    found = badges(HandlingFacts(noshi="内祝"))
    assert _kinds(found)[:2] == [BadgeKind.GIFT, BadgeKind.NOSHI]
    assert acks_needed(found) == (AckKind.GIFT,)


def test_product_flags_show_but_ask_for_no_acknowledgement() -> None:
    found = badges(HandlingFacts(fragile=True, this_side_up=True))
    assert _kinds(found) == [BadgeKind.THIS_SIDE_UP, BadgeKind.FRAGILE]
    assert acks_needed(found) == ()


def test_enclosures_come_from_the_order_and_from_the_rules_each_once() -> None:
    rules, problems = parse_rules("first_order: 初回チラシ; channel=楽天市場：サンクスカード\n"
                                  "sku=TEA-01: 急須の説明書; gift: 初回チラシ")
    assert problems == ()
    facts = HandlingFacts(enclosures=("サンプル",), first_order=True, channel="楽天市場",
                          skus=frozenset({"MUG-WHT"}), gift=True)
    found = [b for b in badges(facts, rules) if b.kind is BadgeKind.ENCLOSURE]
    assert [b.value for b in found] == ["サンプル", "初回チラシ", "サンクスカード"]
    assert {b.ack for b in found} == {AckKind.ENCLOSURE}
    assert acks_needed(badges(facts, rules)) == (AckKind.GIFT, AckKind.ENCLOSURE)


def test_a_repeat_customer_gets_no_first_order_flyer() -> None:
    rules, _ = parse_rules("first_order: 初回チラシ")
    assert badges(HandlingFacts(first_order=False), rules) == ()


def test_every_rule_condition_applies_only_where_it_should() -> None:
    facts = HandlingFacts(cool=CoolType.CHILLED, channel="自社EC", skus=frozenset({"A"}))
    assert EnclosureRule("always", "x").applies(facts)
    assert EnclosureRule("cool", "x").applies(facts)
    assert not EnclosureRule("gift", "x").applies(facts)
    assert EnclosureRule("sku", "x", "A").applies(facts)
    assert not EnclosureRule("sku", "x", "B").applies(facts)
    assert not EnclosureRule("channel", "x", "Amazon").applies(facts)


def test_bad_rules_are_reported_by_number_and_the_good_ones_kept() -> None:
    rules, problems = parse_rules("first_order: チラシ; weekday: x; channel: y; sku=: z; gift")
    assert rules == (EnclosureRule("first_order", "チラシ"),)
    assert [p.number for p in problems] == [2, 3, 4, 5]
    assert [p.problem.code for p in problems] == [
        "handling.rule_unknown_condition", "handling.rule_argument", "handling.rule_argument",
        "handling.rule_no_item"]
    assert "weekday" in english(problems[0].problem)


def test_bench_sheet_codes_read_back_and_others_are_not_acknowledgements() -> None:
    for kind in AckKind:
        assert parse_ack(kind.code) is kind
        assert parse_ack(kind.code.lower()) is kind
    assert [k.code for k in AckKind] == ["ACK-COOL", "ACK-GIFT", "ACK-ENCL"]
    assert parse_ack("ACK-NOPE") is None and is_ack_code("ACK-NOPE")
    assert parse_ack("4901234567894") is None and not is_ack_code("R-1036")


def test_missing_acknowledgements_keep_the_sheet_order() -> None:
    needed = (AckKind.COOL, AckKind.GIFT, AckKind.ENCLOSURE)
    assert acks_missing(needed, {AckKind.GIFT}) == (AckKind.COOL, AckKind.ENCLOSURE)
    assert acks_missing(needed, set(needed)) == ()
    assert english(AckKind.COOL.message) == "cool packs and cool box"
