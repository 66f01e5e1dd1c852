"""The proposal's note (how sure a big order's choice is) in the packer's language."""

from __future__ import annotations

from packstation.domain.messages import Msg
from packstation.services.proposal.proposals import OptionView, ProposalView
from packstation.ui.i18n import Language
from packstation.ui.widgets.proposal_text import proposal_text

BEST = OptionView("B80 + takkyubin 80", ("takkyubin",), ("B80",), 1210, 60, 1150,
                  parts=(("80サイズ箱", "宅急便", "80", "*"),))


def test_the_gap_to_the_lower_bound_is_shown_in_japanese(qapp) -> None:  # type: ignore[no-untyped-def]
    gap = Msg("cartonize.gap", gap_yen=280, gap_percent=30, bound_yen=930)
    view = ProposalView("R-1", BEST, (), "", (), (), gap)
    assert proposal_text(view).splitlines()[-1] == (
        "not proven the cheapest: at most 280円 (30 %) above the lower bound of 930円")
    language = Language()
    assert language.switch("ja")
    assert proposal_text(view).splitlines()[-1] == (
        "最安とは確認できていません：下限 930円 より最大 280円（30%）高い可能性があります")
    proven = ProposalView("R-1", BEST, (), "", (), (), Msg("cartonize.proven"))
    assert proposal_text(proven).splitlines()[-1] == "最安であることを確認済み"
    small = ProposalView("R-1", BEST, (), "", (), ())
    assert not proposal_text(small).splitlines()[-1].startswith("最安")
