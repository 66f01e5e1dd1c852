"""Handling instructions the packer cannot miss: an order's facts → the badges on the bench.

Pure. The service reads the facts (the order's cool and gift fields, its products' flags, the
customer's history) and the admin's enclosure rules; this module decides which badges show and
which of them need an acknowledgement (a scan of the bench sheet's code, or a key) before the
order may be completed.

Enclosure rules are short lines an admin writes in the shop settings, one rule a line (or
separated by ``;``): ``condition: item``. Conditions: ``always``, ``first_order`` (the
customer's first order), ``gift``, ``cool``, ``channel=<sales channel>``, ``sku=<SKU>``.
Example: ``first_order: 初回チラシ; channel=楽天市場: 楽天サンクスカード``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from packstation.domain.messages import Msg
from packstation.domain.model import CoolType

ACK_PREFIX = "ACK-"


class AckKind(enum.StrEnum):
    """What the packer confirms with a scan of the bench sheet (ACK-COOL …) or a key."""

    COOL = "COOL"  # 保冷剤・クール箱
    GIFT = "GIFT"  # のし・包装・メッセージカード
    ENCLOSURE = "ENCL"  # 同梱物を入れた

    @property
    def code(self) -> str:
        """The barcode text on the bench sheet."""
        return ACK_PREFIX + self.value

    @property
    def message(self) -> Msg:
        """What was (or still is to be) done, as a message: ``packing.ack.cool``…"""
        return Msg(f"handling.ack.{self.name.lower()}")


ACK_ORDER: tuple[AckKind, ...] = (AckKind.COOL, AckKind.GIFT, AckKind.ENCLOSURE)


def parse_ack(code: str) -> AckKind | None:
    """The acknowledgement a scanned code stands for; None when it is not one of ours."""
    text = code.strip().upper()
    if not text.startswith(ACK_PREFIX):
        return None
    return next((k for k in AckKind if k.value == text[len(ACK_PREFIX):]), None)


def is_ack_code(code: str) -> bool:
    return code.strip().upper().startswith(ACK_PREFIX)


class BadgeKind(enum.StrEnum):
    FROZEN = "frozen"  # 冷凍
    CHILLED = "chilled"  # 冷蔵
    GIFT = "gift"  # ギフト
    NOSHI = "noshi"  # のし (value: 表書き)
    WRAPPING = "wrapping"  # ラッピング
    MESSAGE_CARD = "message_card"  # メッセージカード (value: the message)
    THIS_SIDE_UP = "this_side_up"  # 天地無用
    FRAGILE = "fragile"  # ワレモノ
    DELIVERY_DATE = "delivery_date"  # お届け日 (value: ISO date)
    TIME_SLOT = "time_slot"  # 時間帯 (value: 午前中, 19-21 …)
    COD = "cod"  # 代引 (value: yen)
    ENCLOSURE = "enclosure"  # 同梱物 (value: the item)
    NOTES = "notes"  # 備考 (value: the text)


@dataclass(frozen=True)
class Badge:
    kind: BadgeKind
    value: str = ""
    ack: AckKind | None = None  # the acknowledgement this badge asks for before completion


@dataclass(frozen=True)
class HandlingFacts:
    """What the badges are made of, as the service read it for one order."""

    cool: CoolType = CoolType.NONE
    gift: bool = False
    noshi: str = ""
    wrapping: bool = False
    message_card: str = ""
    delivery_date: date | None = None
    time_slot: str = ""
    cod_yen: int = 0
    notes: str = ""
    enclosures: tuple[str, ...] = ()  # written on the order (CSV 同梱物)
    fragile: bool = False  # any of its products
    this_side_up: bool = False  # any of its products
    channel: str = ""
    skus: frozenset[str] = frozenset()
    first_order: bool = False  # the customer has no earlier order

    @property
    def is_gift(self) -> bool:
        return self.gift or bool(self.noshi) or self.wrapping or bool(self.message_card)


# --- enclosure rules --------------------------------------------------------------------------

CONDITIONS = ("always", "first_order", "gift", "cool", "channel", "sku")
_WITH_ARGUMENT = ("channel", "sku")
_SPLIT_RULES = re.compile(r"[;\n；]")
_SPLIT_ITEM = re.compile(r"[:：]")


@dataclass(frozen=True)
class EnclosureRule:
    condition: str  # one of CONDITIONS
    item: str  # what goes in the box: 初回チラシ, サンプル …
    argument: str = ""  # the channel or SKU

    def applies(self, facts: HandlingFacts) -> bool:
        match self.condition:
            case "always":
                return True
            case "first_order":
                return facts.first_order
            case "gift":
                return facts.is_gift
            case "cool":
                return facts.cool is not CoolType.NONE
            case "channel":
                return facts.channel == self.argument
            case "sku":
                return self.argument in facts.skus
        return False


@dataclass(frozen=True)
class RuleProblem:
    """One rule the admin wrote that cannot be read: its number (1-based) and what is wrong."""

    number: int
    text: str
    problem: Msg


def parse_rules(text: str) -> tuple[tuple[EnclosureRule, ...], tuple[RuleProblem, ...]]:
    """Every rule that can be read, and a problem for each one that cannot."""
    rules: list[EnclosureRule] = []
    problems: list[RuleProblem] = []
    parts = [p.strip() for p in _SPLIT_RULES.split(text or "")]
    for number, part in enumerate((p for p in parts if p), start=1):
        rule = _parse_rule(part)
        if isinstance(rule, EnclosureRule):
            rules.append(rule)
        else:
            problems.append(RuleProblem(number, part, rule))
    return tuple(rules), tuple(problems)


def _parse_rule(text: str) -> EnclosureRule | Msg:
    pieces = _SPLIT_ITEM.split(text, maxsplit=1)
    if len(pieces) != 2 or not pieces[1].strip():
        return Msg("handling.rule_no_item", rule=text)
    head, item = pieces[0].strip(), pieces[1].strip()
    condition, _, argument = (s.strip() for s in head.partition("="))
    condition = condition.casefold()
    if condition not in CONDITIONS:
        return Msg("handling.rule_unknown_condition", rule=text, condition=condition,
                   conditions=list(CONDITIONS))
    if (condition in _WITH_ARGUMENT) != bool(argument):
        return Msg("handling.rule_argument", rule=text, condition=condition)
    return EnclosureRule(condition, item, argument)


def enclosures(facts: HandlingFacts, rules: Iterable[EnclosureRule]) -> tuple[str, ...]:
    """The order's own enclosures, then those of each rule that applies; each item once."""
    found = [*facts.enclosures, *(r.item for r in rules if r.applies(facts))]
    return tuple(dict.fromkeys(item for item in found if item))


# --- badges -----------------------------------------------------------------------------------

def badges(facts: HandlingFacts, rules: Iterable[EnclosureRule] = ()) -> tuple[Badge, ...]:
    """The order's badges, most consequential first (a thawed parcel before a leaflet)."""
    found: list[Badge] = []
    if facts.cool is CoolType.FROZEN:
        found.append(Badge(BadgeKind.FROZEN, ack=AckKind.COOL))
    elif facts.cool is CoolType.CHILLED:
        found.append(Badge(BadgeKind.CHILLED, ack=AckKind.COOL))
    found += _gift_badges(facts)
    if facts.this_side_up:
        found.append(Badge(BadgeKind.THIS_SIDE_UP))
    if facts.fragile:
        found.append(Badge(BadgeKind.FRAGILE))
    if facts.delivery_date is not None:
        found.append(Badge(BadgeKind.DELIVERY_DATE, facts.delivery_date.isoformat()))
    if facts.time_slot:
        found.append(Badge(BadgeKind.TIME_SLOT, facts.time_slot))
    if facts.cod_yen:
        found.append(Badge(BadgeKind.COD, str(facts.cod_yen)))
    found += [Badge(BadgeKind.ENCLOSURE, item, AckKind.ENCLOSURE)
              for item in enclosures(facts, rules)]
    if facts.notes.strip():
        found.append(Badge(BadgeKind.NOTES, facts.notes.strip()))
    return tuple(found)


def _gift_badges(facts: HandlingFacts) -> list[Badge]:
    if not facts.is_gift:
        return []
    found = [Badge(BadgeKind.GIFT, ack=AckKind.GIFT)]
    if facts.noshi:
        found.append(Badge(BadgeKind.NOSHI, facts.noshi, AckKind.GIFT))
    if facts.wrapping:
        found.append(Badge(BadgeKind.WRAPPING, ack=AckKind.GIFT))
    if facts.message_card:
        found.append(Badge(BadgeKind.MESSAGE_CARD, facts.message_card, AckKind.GIFT))
    return found


def acks_needed(found: Iterable[Badge]) -> tuple[AckKind, ...]:
    """The acknowledgements the badges ask for, in the bench sheet's order."""
    kinds = {b.ack for b in found if b.ack is not None}
    return tuple(k for k in ACK_ORDER if k in kinds)


def acks_missing(needed: Iterable[AckKind], done: Iterable[AckKind]) -> tuple[AckKind, ...]:
    confirmed = set(done)
    return tuple(k for k in needed if k not in confirmed)


# --- the bench sheet: one confirmation barcode per acknowledgement ------------------------

ACK_KEYS: dict[AckKind, str] = {AckKind.COOL: "Ctrl+1", AckKind.GIFT: "Ctrl+2",
                                AckKind.ENCLOSURE: "Ctrl+3"}


@dataclass(frozen=True)
class SheetRow:
    """One row of the printed bench sheet: the barcode the packer scans and what it says."""

    kind: AckKind
    code: str  # Code 128 text: ACK-COOL …
    text_ja: str
    text_en: str
    key: str  # the key that does the same


_SHEET_TEXT = {
    AckKind.COOL: ("保冷剤・クール箱を入れた", "Cool packs and cool box in"),
    AckKind.GIFT: ("のし・包装・メッセージカードをした", "Noshi, wrapping and card done"),
    AckKind.ENCLOSURE: ("同梱物を入れた", "Enclosures put in the box"),
}


def bench_sheet() -> tuple[SheetRow, ...]:
    """The rows of the bench sheet, in the order the badges ask for them."""
    return tuple(SheetRow(k, k.code, *_SHEET_TEXT[k], ACK_KEYS[k]) for k in ACK_ORDER)
