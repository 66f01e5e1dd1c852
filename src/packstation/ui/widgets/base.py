"""Base for screens: re-translate themselves when the language changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class Screen(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text through self.tr(); called at start and on language change."""


class Dialog(QDialog):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """As Screen.retranslate."""

    def lay_out_form(self, fields: Sequence[QWidget], message: QLabel,
                     right: Sequence[QPushButton], left: Sequence[QPushButton] = (), *,
                     buddies: bool = False, scroll: bool = False
                     ) -> tuple[QFormLayout, list[QLabel]]:
        """The bench's form dialog: a caption per field (its text set in retranslate), the
        message line under the form, then `left` buttons and, bottom right, `right` (Cancel,
        then the default button). Returns the form and the captions."""
        labels = [QLabel() for _ in fields]
        form = QFormLayout()
        for label, widget in zip(labels, fields, strict=True):
            if buddies:  # Alt+the caption's underlined letter reaches the field
                label.setBuddy(widget)
            form.addRow(label, widget)
        col = QVBoxLayout(self)
        if scroll:  # a long form scrolls; the message and the buttons stay on a 768 px screen
            col.addWidget(_scrolled_form(form), 1)
        else:
            col.addLayout(form)
        col.addWidget(message)
        row = QHBoxLayout()
        for button in left:
            row.addWidget(button)
        row.addStretch()
        for button in right:
            row.addWidget(button)
        col.addLayout(row)
        return form, labels


FORM_MAX_PX = 560  # a scrolled form's height: with message and buttons, well inside 768 px


def _scrolled_form(form: QFormLayout) -> QScrollArea:
    inner = QWidget()
    inner.setLayout(form)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    area.setMinimumHeight(min(inner.sizeHint().height(), FORM_MAX_PX))
    area.setMaximumHeight(max(inner.sizeHint().height(), FORM_MAX_PX))
    return area
