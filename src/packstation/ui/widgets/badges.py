"""The order's handling badges, large, the moment it opens: 冷凍, ギフト, のし, ワレモノ, 19-21時,
代引, 同梱物, 備考. A badge that asks for a confirmation says which key (or bench-sheet code)
does it, and turns to 「確認済」 once it is recorded."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from packstation.domain.handling import ACK_KEYS, Badge, BadgeKind
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
MAX_VALUE = 24  # a long note or message is cut on the badge (the whole text is its tooltip)


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
    if len(value) > MAX_VALUE:
        value = value[:MAX_VALUE - 1] + "…"
    return _t(_TEXT[badge.kind]).replace("%1", value)


class BadgeStrip(QWidget):
    """The badges left to right, wrapping to a second row; hidden for a plain order."""

    def __init__(self) -> None:
        super().__init__(objectName="badges")
        self.flow = FlowLayout(self)
        self.labels: list[QLabel] = []
        self.view = HandlingView()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hide()

    def show_handling(self, view: HandlingView | None) -> None:
        self.view = view or HandlingView()
        for label in self.labels:
            self.flow.removeWidget(label)
            label.deleteLater()
        marked: set[object] = set()  # the key hint once per confirmation, on its first badge
        self.labels = []
        for badge in self.view.badges:
            self.labels.append(self._label(badge, badge.ack not in marked))
            marked.add(badge.ack)
        for label in self.labels:
            self.flow.addWidget(label)
        self.setVisible(bool(self.labels))
        self.updateGeometry()

    def clear(self) -> None:
        self.show_handling(None)

    def retranslate(self) -> None:
        self.show_handling(self.view)

    def texts(self) -> list[str]:
        return [str(label.property("plain")) for label in self.labels]

    def _label(self, badge: Badge, with_hint: bool) -> QLabel:
        text = badge_text(badge)
        hint = ""
        pending = badge.ack is not None and badge.ack not in self.view.done
        if badge.ack is not None and with_hint:
            hint = _t(_TO_CONFIRM).replace("%1", ACK_KEYS[badge.ack]) if pending else \
                _t(_CONFIRMED)
        label: QLabel = QLabel(objectName=f"badge_{badge.kind.value}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f"<div style='font-size: 28px; font-weight: bold'>{_html(text)}</div>"
                      + (f"<div style='font-size: 16px'>{_html(hint)}</div>" if hint else ""))
        label.setProperty("plain", f"{text} {hint}".strip())
        label.setProperty("kind", badge.kind)
        label.setToolTip(badge.value)
        background, colour = _COLOURS[badge.kind]
        border = "#ffeb3b" if pending else background  # yellow frame: still to confirm
        label.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 6px; "
                            f"padding: 2px 10px; border: 4px solid {border};")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
