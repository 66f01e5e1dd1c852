"""Labels and packing slips for an order: read in one read transaction, built by the domain,
rendered by the DocumentRenderer port. Used by the CLI (`packstation label/slip`) and by the
print queues, which take the bytes these functions return.

They read through DocumentReads: the station's unit of work (GUI, print queues) or, for the
CLI in a fresh process, the quick SQLite reader that spares it the ORM's start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from packstation.domain import handling, picking
from packstation.domain.documents import (
    JST,
    LabelContent,
    ShippingChoice,
    Shop,
    SlipContent,
    build_label,
    build_slip,
)
from packstation.domain.errors import BadInput, ConfigError, InputProblem, NotFound, StateError
from packstation.domain.invoice import normalize_registration_no, registration_no_problem
from packstation.domain.messages import Msg
from packstation.domain.model import Order, OrderStatus
from packstation.services import settings as settings_service
from packstation.services.ports import DocumentReads, DocumentReadsFactory
from packstation.services.printing.ports import DocumentRenderer

LABEL_FORMATS = ("pdf", "zpl")
LABEL_SIZES = ("4x6", "a6")
SLIP_SIZES = ("a4", "a5")
DPIS = (203, 300)


def label(reads: DocumentReadsFactory, renderer: DocumentRenderer, order_no: str, *,
          fmt: str = "pdf", size: str | None = None, dpi: int = 203,
          kanji_font: str | None = None) -> bytes:
    """The shipping label of an order as PDF or ZPL bytes.

    size None = the admin's label_size (4x6 unless changed); kanji_font None = the admin's
    zpl_kanji_font ("" = Japanese as ^GF bitmaps), else the printer's font name.
    """
    _check("format", fmt, LABEL_FORMATS)
    _check("dpi", dpi, DPIS)
    if size is not None:
        _check("size", size, LABEL_SIZES)
    if kanji_font:
        problems = settings_service.zpl_font_problems(kanji_font, "kanji_font")
        if problems:
            raise BadInput(problems=problems)
    labels, cfg = label_contents(reads, order_no)
    size = size or cfg.label_size
    if fmt == "zpl":
        font = cfg.zpl_kanji_font if kanji_font is None else kanji_font
        return renderer.label_zpl(labels, size, dpi, font)
    return renderer.label_pdf(labels, size)


def slip(reads: DocumentReadsFactory, renderer: DocumentRenderer, order_no: str, *,
         size: str | None = None, gift: bool | None = None, today: date | None = None) -> bytes:
    """The 納品書 of an order as PDF bytes. gift None = as the order says; True hides prices."""
    if size is not None:
        _check("size", size, SLIP_SIZES)
    content, cfg = slip_content(reads, order_no, gift=gift, today=today)
    return renderer.slip_pdf(content, size or cfg.slip_size)


def label_contents(reads: DocumentReadsFactory,
                   order_no: str) -> tuple[list[LabelContent], settings_service.Settings]:
    """One label per carton (個口) of the accepted proposal; one label before a choice."""
    with reads() as db:
        order = _order(db, order_no)
        cfg = settings_service.read(db)
        shippings = _shippings(db, order)
    shop = _shop(cfg, for_label=True)
    n = len(shippings)
    return [build_label(order, shop, s, i, n) for i, s in enumerate(shippings, start=1)], cfg


def slip_content(reads: DocumentReadsFactory, order_no: str, *, gift: bool | None = None,
                 today: date | None = None) -> tuple[SlipContent, settings_service.Settings]:
    with reads() as db:
        order = _order(db, order_no)
        cfg = settings_service.read(db)
        products = db.products.get_many(ln.sku for ln in order.lines)
    shop = _shop(cfg, for_label=False)
    content = build_slip(order, products, shop, gift=order.gift if gift is None else gift,
                         prices_include_tax=cfg.prices_include_tax,
                         today=today or datetime.now(UTC).astimezone(JST).date())
    return content, cfg


def bench_sheet(renderer: DocumentRenderer) -> bytes:
    """The bench sheet PDF: the confirmation barcodes the handling badges ask for."""
    return renderer.bench_sheet_pdf(handling.bench_sheet())


def pick_lists(reads: DocumentReadsFactory, renderer: DocumentRenderer,
               order_nos: Sequence[str], *, pictures: bool | None = None) -> bytes:
    """The pick lists of the given orders, in the order given (issue 20). A cancelled order
    has nothing to pick: it is refused rather than silently left out of the stack.
    ``pictures``: product pictures on the lines (None: the shop's setting)."""
    with reads() as db:
        orders = [_pickable(db, n) for n in dict.fromkeys(order_nos)]
        products = db.products.get_many({ln.sku for o in orders for ln in o.lines})
        if pictures is None:
            pictures = settings_service.read(db).picklist_pictures
    return renderer.pick_list_pdf(picking.pick_lists(orders, products, pictures=pictures))


def _pickable(db: DocumentReads, order_no: str) -> Order:
    order = db.orders.get(order_no)
    if order is None:
        raise NotFound("order.not_found", order_no=order_no)
    if order.status is OrderStatus.CANCELLED:
        raise StateError("documents.order_cancelled", order_no=order_no)
    return order


def _check(name: str, value: object, allowed: tuple[object, ...]) -> None:
    if value not in allowed:
        raise BadInput(problems=[InputProblem(
            None, name, Msg("printing.not_supported", value=value),
            Msg("printing.choose_one_of", options=[str(a) for a in allowed]))])


def _order(db: DocumentReads, order_no: str) -> Order:
    order = db.orders.get(order_no)
    if order is None:
        raise NotFound("order.not_found", order_no=order_no)
    if order.status is OrderStatus.CANCELLED:
        raise StateError("documents.order_cancelled", order_no=order_no)
    if order.ship_to is None:
        raise StateError("documents.no_address", order_no=order_no)
    return order


def _shippings(db: DocumentReads, order: Order) -> list[ShippingChoice]:
    """Each carton's service and size class; its carrier decides the tracking barcode."""
    if len(order.cartons) > 1:
        return [_shipping(db, c.service_code, c.size_class) for c in order.cartons]
    return [_shipping(db, order.service_code.split(",")[0].strip(), order.size_class)]


def _shipping(db: DocumentReads, code: str, size_class: str) -> ShippingChoice:
    names = db.catalog.service_names(code) if code else None
    if names is None:
        return ShippingChoice(size_class=size_class)
    return ShippingChoice(names.carrier_code, names.carrier, names.service,
                          size_class.split(",", maxsplit=1)[0])


def _shop(cfg: settings_service.Settings, *, for_label: bool) -> Shop:
    missing = [name for name, value in (("shop_name", cfg.shop_name),
                                        ("shop_address", cfg.shop_address))
               if not value.strip() and (for_label or name == "shop_name")]
    if missing:
        raise ConfigError("documents.shop_not_set", settings=missing)
    problem = registration_no_problem(cfg.invoice_registration_no)
    if problem:
        raise ConfigError("documents.bad_registration_no", problem=problem,
                          setting="invoice_registration_no")
    return Shop(cfg.shop_name.strip(), cfg.shop_postal_code.strip(), cfg.shop_address.strip(),
                cfg.shop_phone.strip(), cfg.shop_logo_path.strip(),
                normalize_registration_no(cfg.invoice_registration_no))
