"""The admin screen: boxes, carriers, services and size classes, rate tables, products, users.

One tab of the main window, for the admin role only. Each page reads its data when it is
shown (so a carrier added on one page is in the next page's list) and saves through the
catalog services in one transaction. Alt+1 … Alt+6 open the pages; Ctrl+S saves the form of
the page in front, Ctrl+N starts a new record.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from packstation.ui.context import UiContext
from packstation.ui.screens.admin.boxes import BoxesPage
from packstation.ui.screens.admin.carriers import CarriersPage
from packstation.ui.screens.admin.common import shortcut
from packstation.ui.screens.admin.products import ProductsPage
from packstation.ui.screens.admin.rates import RatesPage
from packstation.ui.screens.admin.services import ServicesPage
from packstation.ui.screens.admin.users import UsersPage
from packstation.ui.widgets.base import Screen


class AdminScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.boxes = BoxesPage(ctx)
        self.carriers = CarriersPage(ctx)
        self.services = ServicesPage(ctx)
        self.rates = RatesPage(ctx)
        self.products = ProductsPage(ctx)
        self.users = UsersPage(ctx)
        self.pages = QTabWidget(objectName="admin_pages")
        for page in self.all_pages():
            self.pages.addTab(page, "")
        QVBoxLayout(self).addWidget(self.pages)
        self.pages.currentChanged.connect(lambda _i: self.load_current())
        for n in range(len(self.all_pages())):
            shortcut(f"Alt+{n + 1}", self, partial(self.pages.setCurrentIndex, n))
        self.retranslate()

    def all_pages(self) -> tuple[BoxesPage | CarriersPage | ServicesPage | RatesPage
                                 | ProductsPage | UsersPage, ...]:
        return (self.boxes, self.carriers, self.services, self.rates, self.products,
                self.users)

    def retranslate(self) -> None:
        texts = (self.tr("Boxes (Alt+1)"), self.tr("Carriers (Alt+2)"),
                 self.tr("Services and size classes (Alt+3)"), self.tr("Rate tables (Alt+4)"),
                 self.tr("Products (Alt+5)"), self.tr("Users (Alt+6)"))
        for i, text in enumerate(texts):
            self.pages.setTabText(i, text)

    def load_current(self) -> None:
        if self.ctx.ready and self.ctx.session is not None:
            self.pages.currentWidget().load()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_current()
