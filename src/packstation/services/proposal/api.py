"""The box and carrier proposal as the GUI sees it (implementation: proposals.py)."""

from __future__ import annotations

from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, PostalDirectory, UnitOfWorkFactory
from packstation.services.proposal import proposals
from packstation.services.proposal.proposals import OptionView, ProposalView, Shipping


class Proposals:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, postal: PostalDirectory) -> None:
        self._uow, self._shipping = uow, Shipping(clock, postal)

    def suggest(self, order_no: str) -> ProposalView:
        """Priced with the rate tables in force on the ship date (the shop's calendar)."""
        return proposals.suggest(self._uow, order_no, shipping=self._shipping)

    def every_option(self, order_no: str) -> ProposalView:
        """F7: every box that holds the items with every service that takes it."""
        return proposals.every_option(self._uow, order_no, self._shipping)

    def choose(self, user: SessionUser | None, order_no: str, option: OptionView, *,
               best: OptionView | None, reason: str = "") -> None:
        proposals.choose(self._uow, user.user_id if user else None, order_no, option,
                         best=best, reason=reason)
