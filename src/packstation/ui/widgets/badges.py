"""The order's handling badges, large, the moment it opens: 冷凍, ギフト, のし, ワレモノ, 19-21時,
代引, 同梱物, 備考. A badge that asks for a confirmation says which key (or bench-sheet code)
does it, and turns to 「確認済」 once it is recorded."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from packstation.domain.handling import ACK_KEYS, AckKind, Badge, BadgeKind
from packstation.services.packing.dto import HandlingView
from packstation.ui.widgets.flow import FlowLayout

_TEXT = {
    BadgeKind.FROZEN: QT_TRANSLATE_NOOP("Badges", "Frozen"),
    BadgeKind.CHILLED: QT_TRANSLATE_NOOP("Badges", "Chilled"),
    BadgeKind.GIFT: QT_TRANSLATE_NOOP("Badges", "Gift"),
    BadgeKind.NOSHI: QT_TRANSLATE_NOOP("Badges", "Noshi: %1"),
    BadgeKind.WRAPPING: QT_TRANSLATE_NOOP("Badges", "Gift wrapping"),
    BadgeKind.MESSAGE_CARD: QT_TRANSLATE_NOOP("Badges", "Message card: %1"),
    BadgeKind.THIS_SIDE_UP: QT_TRANSLATE_NOOP("Badges", "This side up"),
    BadgeKind.FRAGILE: QT_TRANSLATE_NOOP("Badges", "Fragile"),
    BadgeKind.DELIVERY_DATE: QT_TRANSLATE_NOOP("Badges", "Delivery %1"),
    BadgeKind.TIME_SLOT: QT_TRANSLATE_NOOP("Badges", "Time %1"),
    BadgeKind.COD: QT_TRANSLATE_NOOP("Badges", "COD ¥%1"),
    BadgeKind.ENCLOSURE: QT_TRANSLATE_NOOP("Badges", "Enclose: %1"),
    BadgeKind.NOTES: QT_TRANSLATE_NOOP("Badges", "Note: %1"),
}
_MORNING = QT_TRANSLATE_NOOP("Badges", "morning")  # the time slot 午前中
_TO_CONFIRM = QT_TRANSLATE_NOOP("Badges", "confirm %1")
_CONFIRMED = QT_TRANSLATE_NOOP("Badges", "done")
_SEPARATOR = QT_TRANSLATE_NOOP("Badges", " · ")

# Background, text colour: cool blue, gift red, careful orange, time purple, money yellow,
# enclosure green, notes grey. Contrast ≥ 4.5:1 for reading at two metres.
_COLOURS = {
    BadgeKind.FROZEN: ("#0d47a1", "white"), BadgeKind.CHILLED: ("#0277bd", "white"),
    BadgeKind.GIFT: ("#ad1457", "white"), BadgeKind.NOSHI: ("#ad1457", "white"),
    BadgeKind.WRAPPING: ("#ad1457", "white"), BadgeKind.MESSAGE_CARD: ("#ad1457", "white"),
    BadgeKind.THIS_SIDE_UP: ("#e65100", "white"), BadgeKind.FRAGILE: ("#e65100", "white"),
    BadgeKind.DELIVERY_DATE: ("#4a148c", "white"), BadgeKind.TIME_SLOT: ("#4a148c", "white"),
    BadgeKind.COD: ("#fdd835", "black"), BadgeKind.ENCLOSURE: ("#2e7d32", "white"),
    BadgeKind.NOTES: ("#455a64", "white"),
}
MAX_VALUE = 16  # a long note or message is cut on the badge (the whole text is its tooltip)
_GROUPS = (  # badges shown as one: a gift's のし, wrapping and card; the delivery's day and slot
    (BadgeKind.FROZEN,), (BadgeKind.CHILLED,),
    (BadgeKind.GIFT, BadgeKind.NOSHI, BadgeKind.WRAPPING, BadgeKind.MESSAGE_CARD),
    (BadgeKind.THIS_SIDE_UP, BadgeKind.FRAGILE), (BadgeKind.DELIVERY_DATE, BadgeKind.TIME_SLOT),
    (BadgeKind.COD,), (BadgeKind.ENCLOSURE,), (BadgeKind.NOTES,))
_TITLE = {BadgeKind.ENCLOSURE: QT_TRANSLATE_NOOP("Badges", "Enclosures"),
          BadgeKind.NOTES: QT_TRANSLATE_NOOP("Badges", "Note")}
SHORT_NOTE = 12  # a note this short is the badge's title itself


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP returns the literal unchanged; its stub just says `object`.
    return QCoreApplication.translate("Badges", str(text))


def badge_text(badge: Badge) -> str:
    value = badge.value
    if badge.kind is BadgeKind.DELIVERY_DATE and len(value) == 10:
        value = f"{int(value[5:7])}/{int(value[8:10])}"  # 2026-12-05 → 12/5
    elif badge.kind is BadgeKind.COD and value.isdigit():
        value = f"{int(value):,}"
    elif badge.kind is BadgeKind.TIME_SLOT and value == "午前中":
        value = _t(_MORNING)
    cut = MAX_VALUE // 2 if badge.kind is BadgeKind.MESSAGE_CARD else MAX_VALUE
    if len(value) > cut:
        value = value[:cut - 1] + "…"
    return _t(_TEXT[badge.kind]).replace("%1", value)


@dataclass(frozen=True)
class Group:
    """One label on the strip: a big title, a smaller line of details, its confirmation."""

    kind: BadgeKind  # the first badge's kind: the colour
    title: str
    detail: str
    ack: AckKind | None
    tooltip: str


def groups(found: tuple[Badge, ...]) -> list[Group]:
    out = []
    for kinds in _GROUPS:
        members = [b for b in found if b.kind in kinds]
        if members:
            out.append(_group(members))
    return out


def _group(members: list[Badge]) -> Group:
    first = members[0]
    separator = _t(_SEPARATOR)
    ack = next((b.ack for b in members if b.ack is not None), None)
    tooltip = "\n".join(b.value for b in members if b.value)
    if first.kind is BadgeKind.GIFT:
        return Group(first.kind, badge_text(first),
                     separator.join(badge_text(b) for b in members[1:]), ack, tooltip)
    if first.kind in (BadgeKind.ENCLOSURE, BadgeKind.NOTES) and (
            len(members) > 1 or len(first.value) > SHORT_NOTE):
        detail = separator.join(b.value if len(b.value) <= MAX_VALUE else
                                b.value[:MAX_VALUE - 1] + "…" for b in members)
        return Group(first.kind, _t(_TITLE[first.kind]), detail, ack, tooltip)
    return Group(first.kind, separator.join(badge_text(b) for b in members), "", ack, tooltip)


class BadgeStrip(QWidget):
    """The badges left to right, wrapping to a second row; hidden for a plain order."""

    def __init__(self) -> None:
        super().__init__(objectName="badges")
        self.flow = FlowLayout(self)
        self.labels: list[QLabel] = []
        self.view = HandlingView()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hide()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()

    def _fit_height(self) -> None:
        """One row of badges, or two: as many as the width needs."""
        height = self.flow.height_for(max(self.width(), 1))
        if height != self.height():
            self.setFixedHeight(height)

    def show_handling(self, view: HandlingView | None) -> None:
        self.view = view or HandlingView()
        for label in self.labels:
            self.flow.removeWidget(label)
            label.deleteLater()
        self.labels = [self._label(g) for g in groups(self.view.badges)]
        for label in self.labels:
            self.flow.addWidget(label)
        self.setVisible(bool(self.labels))
        self._fit_height()

    def clear(self) -> None:
        self.show_handling(None)

    def retranslate(self) -> None:
        self.show_handling(self.view)

    def texts(self) -> list[str]:
        return [str(label.property("plain")) for label in self.labels]

    def _label(self, group: Group) -> QLabel:
        pending = group.ack is not None and group.ack not in self.view.done
        hint = ""
        if group.ack is not None:
            hint = _t(_TO_CONFIRM).replace("%1", ACK_KEYS[group.ack]) if pending else \
                _t(_CONFIRMED)
        label: QLabel = QLabel(objectName=f"badge_{group.kind.value}")
        label.setTextFormat(Qt.TextFormat.RichText)
        key = f"<span style='font-size: 16px'>&nbsp;&nbsp;{_html(hint)}</span>" if hint else ""
        label.setText(f"<div><span style='font-size: 28px; font-weight: bold'>"
                      f"{_html(group.title)}</span>{key}</div>"
                      + (f"<div style='font-size: 16px'>{_html(group.detail)}</div>"
                         if group.detail else ""))
        label.setProperty("plain", " ".join(x for x in (group.title, hint, group.detail) if x))
        label.setProperty("kind", group.kind)
        label.setToolTip(group.tooltip)
        background, colour = _COLOURS[group.kind]
        border = "#ffeb3b" if pending else background  # yellow frame: still to confirm
        label.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 6px; "
                            f"padding: 0px 10px; border: 4px solid {border};")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
