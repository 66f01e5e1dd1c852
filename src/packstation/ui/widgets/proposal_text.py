"""The box and carrier proposal as the packer reads it: box and service names (not codes),
the total split into box and shipping, the next two with the difference, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.services.proposal.proposals import OptionView, ProposalView
from packstation.ui.errors import in_user_language


def option_label(option: OptionView) -> str:
    """'100サイズ箱 + ゆうパック 100サイズ', packages joined by ' / '."""
    if not option.parts:
        return option.summary
    labels = []
    for box, service, size_class, _place in option.parts:
        size = QCoreApplication.translate("ProposalText", "%1 size").replace("%1", size_class) \
            if size_class.isdigit() else size_class
        labels.append(" ".join(x for x in (box, "+", service, size) if x) if service else box)
    return " / ".join(labels)


def _destination(option: OptionView) -> str:
    places = {p[3] for p in option.parts if p[3]}
    if not places:
        return ""
    if places == {"*"}:
        return QCoreApplication.translate("ProposalText", "nationwide rate")
    return ", ".join(sorted(p for p in places if p != "*"))


def proposal_text(view: ProposalView) -> str:
    best = view.best
    assert best is not None
    lines = [QCoreApplication.translate("ProposalText", "Use: %1 — ¥%2")
             .replace("%1", option_label(best)).replace("%2", f"{best.total_yen:,}")]
    lines += [QCoreApplication.translate("ProposalText", "   or %1 — ¥%2 (+¥%3)")
              .replace("%1", option_label(alt)).replace("%2", f"{alt.total_yen:,}")
              .replace("%3", f"{alt.difference_yen:,}") for alt in view.alternatives]
    packages = len(best.parts)
    why = QCoreApplication.translate(
        "ProposalText", "Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and "
        "service that fits.") if packages <= 1 else QCoreApplication.translate(
        "ProposalText", "Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single "
        "box does it for less.")
    lines.append(why.replace("%1", f"{best.box_yen:,}").replace("%2", f"{best.shipping_yen:,}")
                 .replace("%3", _destination(best)).replace("%4", str(packages)))
    if view.note is not None:  # a big order's plan: how far from the best it may be
        lines.append(in_user_language(view.note))
    return "\n".join(lines)
