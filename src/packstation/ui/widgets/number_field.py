"""A whole-number field that keeps what was typed (a QSpinBox silently drops letters) and
shows its unit inside, on the right. A form reads all its fields on save (read_numbers) and
reports every unreadable one at once, each under its own name, with the text left as typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from packstation.domain.errors import InputProblem
from packstation.domain.messages import Msg
from packstation.domain.numbers import NumberRule, read_whole

_BAD = "background: #ffcdd2;"
# The unit shown inside the field: mm, g and % read the same in both languages; the others are
# words (円, 分, 日, 回, バイト in Japanese).
_SUFFIX: dict[str, object] = {"mm": "mm", "g": "g", "percent": "%",
           "yen": QT_TRANSLATE_NOOP("Units", "yen"), "minutes": QT_TRANSLATE_NOOP("Units", "min"),
           "days": QT_TRANSLATE_NOOP("Units", "days"), "times": QT_TRANSLATE_NOOP("Units", "times"),
           "bytes": QT_TRANSLATE_NOOP("Units", "bytes"), "ppm": "ppm",
           "orders": QT_TRANSLATE_NOOP("Units", "orders"),
           "units": QT_TRANSLATE_NOOP("Units", "units"),
           "per_1000": QT_TRANSLATE_NOOP("Units", "per 1,000 units")}
_AS_IS = {"mm", "g", "percent", "ppm"}


class NumberField(QLineEdit):
    def __init__(self, low: int, high: int, unit: str, *, empty_is: int | None = None,
                 value: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = NumberRule(low, high, unit, empty_is)
        self.setMaxLength(40)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unit")
        self.unit_label.setStyleSheet("color: #546e7a; background: transparent;")
        self.unit_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.textEdited.connect(lambda _text: self.mark(False))
        self._show_unit()
        if value is not None:
            self.setValue(value)

    # The QSpinBox calls the forms and tests used, on the typed text.
    def value(self) -> int | None:
        """The number typed, or None while the text is not one (see read())."""
        return read_whole(self.text(), self.rule)[0]

    def setValue(self, value: int) -> None:
        empty = self.rule.empty_is is not None and value == self.rule.empty_is
        self.setText("" if empty else str(value))
        self.mark(False)

    def setSpecialValueText(self, text: str) -> None:
        """What an empty field means (e.g. 未登録), shown while it is empty."""
        self.setPlaceholderText(text)

    def read(self) -> tuple[int | None, Msg | None, Msg | None]:
        return read_whole(self.text(), self.rule)

    def mark(self, bad: bool) -> None:
        self.setStyleSheet(_BAD if bad else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_unit()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_unit()

    def _show_unit(self) -> None:
        unit = self.rule.unit
        text = str(_SUFFIX[unit])
        self.unit_label.setText(text if unit in _AS_IS
                                else QCoreApplication.translate("Units", text))
        self.unit_label.adjustSize()
        self.setTextMargins(0, 0, self.unit_label.width() + 6, 0)
        self._place_unit()

    def _place_unit(self) -> None:
        label = self.unit_label
        label.move(self.width() - label.width() - 8, (self.height() - label.height()) // 2)


def read_numbers(fields: Sequence[tuple[str, NumberField]], *, mark: bool = True
                 ) -> tuple[dict[str, int], list[InputProblem]]:
    """Every field's number by its key, and a problem (column = key) for each field that does
    not hold one; such a field reads 0 and (with `mark`) is painted red until it is edited."""
    values: dict[str, int] = {}
    problems: list[InputProblem] = []
    for key, field in fields:
        value, problem, fix = field.read()
        if mark:
            field.mark(problem is not None)
        if problem is not None:
            problems.append(InputProblem(None, key, problem, fix))
        values[key] = value if value is not None else 0
    return values, problems


def with_rules(unreadable: list[InputProblem], rules: list[InputProblem]) -> list[InputProblem]:
    """The unreadable fields' problems and the form's other problems (its rules checked on the
    readable values): a field that could not be read is named once, for what was typed."""
    bad = {_field(p) for p in unreadable}
    return unreadable + [p for p in rules if _field(p) not in bad]


def _field(p: InputProblem) -> str:
    column = p.column if isinstance(p.column, str) else ""
    return column.split(".")[0]
