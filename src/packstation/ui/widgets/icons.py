"""Small icons drawn with QPainter: they render on every PC (an emoji such as 🔇 needs a
colour-emoji font the bench PCs do not have, and showed as a box)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF


def muted_speaker(px: int, colour: str = "#b26a00") -> QPixmap:
    """A speaker with a cross beside it: sound does not work here."""
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    painter.setBrush(ink)
    painter.setPen(Qt.PenStyle.NoPen)
    u = px / 16
    painter.drawPolygon(QPolygonF([QPointF(1 * u, 6 * u), QPointF(4 * u, 6 * u),
                                   QPointF(8 * u, 2 * u), QPointF(8 * u, 14 * u),
                                   QPointF(4 * u, 10 * u), QPointF(1 * u, 10 * u)]))
    painter.setPen(QPen(ink, max(1.5, 1.6 * u), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(10 * u, 5 * u), QPointF(15 * u, 11 * u))
    painter.drawLine(QPointF(15 * u, 5 * u), QPointF(10 * u, 11 * u))
    painter.end()
    return pixmap
