"""The box and carrier proposal as the GUI sees it (implementation: proposals.py)."""

from __future__ import annotations

from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.proposal import proposals
from packstation.services.proposal.proposals import OptionView, ProposalView


class Proposals:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def suggest(self, order_no: str) -> ProposalView:
        return proposals.suggest(self._uow, order_no)

    def every_option(self, order_no: str) -> ProposalView:
        """F7: every box that holds the items with every service that takes it."""
        return proposals.every_option(self._uow, order_no)

    def choose(self, user: SessionUser | None, order_no: str, option: OptionView, *,
               best: OptionView | None, reason: str = "") -> None:
        proposals.choose(self._uow, user.user_id if user else None, order_no, option,
                         best=best, reason=reason)
