"""Import orders and products from the CSV files Japanese shops get from their malls and OMS.

All or nothing: every row is checked first and every problem is reported by spreadsheet row
and by the column header the user sees; only a clean file is written, in one transaction.
Orders come one row per order line (as 楽天 RMS exports them): rows sharing an order number
form one order, wherever they are in the file. Cell parsing lives in csv_rows.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from packstation.domain import barcodes
from packstation.domain.errors import BadInput, Cancelled, InputProblem, PermissionDenied
from packstation.domain.messages import Msg
from packstation.domain.model import (
    CoolType,
    Dimensions,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
    Role,
    ShipTo,
)
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_rows as cr
from packstation.services.imports.dto import ImportReport
from packstation.services.ports import UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

GENERIC = cr.GENERIC
Progress = Callable[[int, int], bool]
_STEP = 500  # rows between progress calls
_ORDER_LEVEL = ("channel", "ordered_at", "ship_name", "company", "postal_code", "prefecture",
                "address1", "address2", "phone", "delivery_date", "time_slot", "cod_yen",
                "cool", "gift", "notes", "noshi", "wrapping", "message_card", "enclosures",
                "customer_no", "first_order", "shipping_fee_yen", "cod_fee_yen", "discount_yen",
                "discount_rate_pct")


# --- public API -----------------------------------------------------------------------------


def all_fields(kind: str) -> list[str]:
    return [s.name for s in cr.specs(kind)]


def japanese_names(kind: str) -> dict[str, str]:
    """Each field by the header Japanese shops give it (its first Japanese alias)."""
    return {s.name: next((a for a in s.aliases if not a.isascii()), s.name)
            for s in cr.specs(kind)}


def required_fields(kind: str) -> list[str]:
    return [s.name for s in cr.specs(kind) if s.required]


def read_headers(data: bytes) -> tuple[list[str], str]:
    """The header row and the detected encoding, for the column-mapping dialog."""
    table = cr.read_table(data)
    return table.headers, table.encoding


def profile_names(uow_factory: UnitOfWorkFactory, kind: str) -> list[str]:
    """Saved layouts of this kind (the built-in 'generic' layout is not listed)."""
    cr.specs(kind)
    with uow_factory() as uow:
        return uow.profiles.names(kind)


def save_profile(uow_factory: UnitOfWorkFactory, actor: SessionUser, kind: str, name: str,
                 mapping: dict[str, str]) -> None:
    """Save a column layout {field: header}. Admin only; every required field mapped."""
    if not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("auth.admin_only_layouts")
    problems = _profile_problems(kind, name, mapping)
    if problems:
        raise BadInput(problems=problems, source=Msg("csv.layout_source", name=name))
    clean = {f: h.strip() for f, h in mapping.items()}
    with uow_factory() as uow:
        uow.profiles.save(kind, name.strip(), clean)
        uow.audit.record("csv_profile_saved", user_id=actor.user_id, target=name.strip(),
                         detail={"kind": kind, "fields": sorted(clean)})
        uow.commit()


def import_file(uow_factory: UnitOfWorkFactory, kind: str, data: bytes, *, profile: str = "",
                source: str = "", progress: Progress | None = None,
                actor: SessionUser | None = None) -> ImportReport:
    """Check every row, then write all of it in one transaction, or nothing.

    `progress(done, total)` is called at least every 500 rows: total is twice the row count,
    the first half is checking, the second writing. Returning False cancels (Cancelled) and
    nothing is written. Raises BadInput with every problem found (at most 1,000 listed).
    """
    cr.specs(kind)
    refuse_on_networked_station(uow_factory, kind)
    table = cr.read_table(data, source)
    problems = cr.Problems(headers=table.headers)
    layout = cr.resolve_layout(kind, table.headers, profile or GENERIC,
                               _saved_mapping(uow_factory, kind, profile, source), problems)
    problems.raise_if_any(source)  # without the right columns, row problems are noise
    job = _Job(table, layout, problems, _Ticker(progress, 2 * len(table.rows)), source, actor)
    return _import_orders(uow_factory, job) if kind == cr.ORDERS else \
        _import_products(uow_factory, job)


# --- shared ---------------------------------------------------------------------------------


class _Ticker:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.last = progress, total, -_STEP

    def at(self, done: int, force: bool = False) -> None:
        if self.progress is None or not (force or done - self.last >= _STEP):
            return
        self.last = done
        if not self.progress(done, self.total):
            raise Cancelled()


@dataclass
class _Job:
    table: cr.Table
    layout: cr.Layout
    problems: cr.Problems
    ticker: _Ticker
    source: str
    actor: SessionUser | None

    def rows(self) -> list[cr.Row]:
        return [cr.Row(n, cells, self.layout, self.problems) for n, cells in self.table.rows]

    def audit(self, uow: UnitOfWork, action: str, detail: dict[str, object]) -> None:
        # The file's name only: no folder (a user name) and never a cell of the file.
        uow.audit.record(action, user_id=self.actor.user_id if self.actor else None,
                         target=PurePath(self.source).name[:100],
                         detail={"rows": len(self.table.rows), **detail,
                                 "encoding": self.table.encoding})


def _saved_mapping(uow_factory: UnitOfWorkFactory, kind: str, profile: str,
                   source: str) -> dict[str, str] | None:
    if not profile or profile == GENERIC:
        return None
    with uow_factory() as uow:
        mapping = uow.profiles.get(kind, profile)
        names = uow.profiles.names(kind)
    if mapping is None:
        raise BadInput(problems=[InputProblem(
            None, None, Msg("csv.no_layout", kind=kind, layout=profile),
            Msg("csv.choose_layout", choices=[GENERIC, *names]))],
                       source=source)
    return mapping


def _profile_problems(kind: str, name: str, mapping: dict[str, str]) -> list[InputProblem]:
    known = {s.name: s for s in cr.specs(kind)}
    out: list[InputProblem] = []
    if not name.strip() or len(name.strip()) > 64 or name.strip() == GENERIC:
        out.append(InputProblem(None, None, Msg("csv.bad_layout_name", name=name),
                                Msg("csv.layout_name_fix", generic=GENERIC)))
    for fld, header in mapping.items():
        if fld not in known:
            out.append(InputProblem(None, fld, Msg("csv.unknown_field", field=fld),
                                    Msg("form.use_one_of", options=list(known))))
        elif not header.strip():
            out.append(InputProblem(None, fld, Msg("csv.no_column_chosen"),
                                    Msg("csv.choose_column")))
    headers = [h.strip() for h in mapping.values() if h.strip()]
    for header in sorted({h for h in headers if headers.count(h) > 1}):
        out.append(InputProblem(None, header, Msg("csv.column_twice"),
                                Msg("csv.column_twice_fix")))
    for spec in known.values():
        if spec.required and not mapping.get(spec.name, "").strip():
            out.append(InputProblem(None, spec.name, Msg("csv.required_unmapped"),
                                    Msg("csv.required_unmapped_fix")))
    return out


# --- orders ---------------------------------------------------------------------------------


_CODE, _NAME, _ADDRESS, _CHANNEL = cr.code(64), cr.text(100), cr.text(200), cr.text(40)
_NOTES = cr.text(4000, one_line=False)
_NOSHI, _CARD, _ENCLOSURES = cr.text(40), cr.text(200, one_line=False), cr.text(400)
_ITEM_SEPARATORS = re.compile(r"[;；、,，|\n]")


def _enclosure_list(raw: str) -> tuple[str, ...]:
    """同梱物 as several items in one cell: 'チラシA、サンプルB' or 'flyer; sample'."""
    items = (part.strip() for part in _ITEM_SEPARATORS.split(_ENCLOSURES(raw)))
    return tuple(dict.fromkeys(item for item in items if item))
_PERSONAL = frozenset(s.name for s in cr.FIELDS[cr.ORDERS] if s.personal)


@dataclass
class _OrderDraft:
    first_row: int
    raw: tuple[str, ...]  # the first row's order-level cells, to compare the later rows with
    order: Order
    line_rows: list[int] = field(default_factory=list)
    first_order_given: bool = False  # the file says whether it is a first order (初回)


def _import_orders(uow_factory: UnitOfWorkFactory, job: _Job) -> ImportReport:
    drafts = _read_orders(job)
    with uow_factory() as uow:
        _check_orders_in_db(uow, drafts, job)
        job.problems.raise_if_any(job.source)
        _mark_first_orders(uow, drafts)
        orders = [d.order for d in drafts.values()]
        _write_orders(uow, orders, job.ticker, len(job.table.rows))
        lines = sum(len(o.lines) for o in orders)
        job.audit(uow, "import_orders", {"orders": len(orders), "lines": lines})
        job.ticker.at(job.ticker.total, force=True)  # the last chance to cancel
        uow.commit()
    return ImportReport(cr.ORDERS, len(job.table.rows), len(orders), 0, job.table.encoding)


def _mark_first_orders(uow: UnitOfWork, drafts: dict[str, _OrderDraft]) -> None:
    """A customer's first order (for the enclosure rule first_order), where the file does not
    say: no order of the same customer number in the database, nor earlier in the file."""
    numbers = {d.order.customer_no for d in drafts.values() if d.order.customer_no}
    seen = set(uow.orders.customers_with_orders(numbers)) if numbers else set()
    for draft in drafts.values():
        customer = draft.order.customer_no
        if customer and not draft.first_order_given:
            draft.order.first_order = customer not in seen
        seen.add(customer)


def _read_orders(job: _Job) -> dict[str, _OrderDraft]:
    drafts: dict[str, _OrderDraft] = {}
    order_level = [name for name in _ORDER_LEVEL if name in job.layout.columns]
    order_cells = _cells_getter([job.layout.columns[name] for name in order_level])
    job.ticker.at(0, force=True)
    for done, row in enumerate(job.rows(), start=1):
        row.check_width()
        order_no = row.get("order_no", _CODE, "", required=True)
        line = OrderLine(0, row.get("sku", _CODE, "", required=True),
                         row.get("qty", cr.quantity, 0, required=True),
                         unit_price_yen=row.get("unit_price_yen", cr.yen, 0),
                         tax_rate_pct=row.get("tax_rate_pct", _optional(cr.tax_rate), None))
        raw = order_cells(row.cells)
        draft = drafts.get(order_no)
        if draft is None and order_no:
            draft = drafts[order_no] = _OrderDraft(row.number, raw, _read_order(row, order_no),
                                                   first_order_given=bool(
                                                       row.cell("first_order").strip()))
        elif draft is not None and raw != draft.raw:
            _check_agrees(row, draft, order_level, raw)
        if draft is not None:
            line.line_no = len(draft.order.lines) + 1
            draft.order.lines.append(line)
            draft.line_rows.append(row.number)
        job.ticker.at(done)
    job.ticker.at(len(job.table.rows), force=True)
    return drafts


def _optional(parse: Callable[[str], int]) -> Callable[[str], int | None]:
    """The same parser, typed so that an empty cell may give None (the product's rate)."""
    return parse


def _cells_getter(columns: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    def cells(row: list[str]) -> tuple[str, ...]:
        return tuple([row[i] for i in columns])
    return cells


def _read_order(row: cr.Row, order_no: str) -> Order:
    ship_to = ShipTo(
        name=row.get("ship_name", _NAME, "", required=True),
        postal_code=row.get("postal_code", cr.postal_code, "", required=True),
        prefecture_code=row.get("prefecture", cr.prefecture, 0, required=True),
        address1=row.get("address1", _ADDRESS, "", required=True),
        address2=row.get("address2", _ADDRESS, ""),
        phone=row.get("phone", cr.phone, ""),
        company=row.get("company", _NAME, ""),
    )
    return Order(
        order_no=order_no, channel=row.get("channel", _CHANNEL, ""),
        status=OrderStatus.OPEN, lines=[], ship_to=ship_to,
        ordered_at=row.get("ordered_at", cr.timestamp, None),
        delivery_date=row.get("delivery_date", cr.delivery_date, None),
        time_slot=row.get("time_slot", cr.time_slot, ""),
        cod_yen=row.get("cod_yen", cr.yen, 0), cool=row.get("cool", cr.cool, CoolType.NONE),
        gift=row.get("gift", cr.flag, False), notes=row.get("notes", _NOTES, ""),
        noshi=row.get("noshi", _NOSHI, ""), wrapping=row.get("wrapping", cr.flag, False),
        message_card=row.get("message_card", _CARD, "").strip(),
        enclosures=row.get("enclosures", _enclosure_list, ()),
        customer_no=row.get("customer_no", _CODE, ""),
        first_order=row.get("first_order", cr.flag, False),
        shipping_fee_yen=row.get("shipping_fee_yen", cr.yen, 0),
        cod_fee_yen=row.get("cod_fee_yen", cr.yen, 0),
        discount_yen=row.get("discount_yen", cr.yen, 0),
        discount_rate_pct=row.get("discount_rate_pct", cr.tax_rate, 10),
    )


def _check_agrees(row: cr.Row, draft: _OrderDraft, names: list[str],
                  raw: tuple[str, ...]) -> None:
    """A later line may leave an order-level cell empty, but may not say something else."""
    for name, cell, first_cell in zip(names, raw, draft.raw, strict=True):
        value, first = cr.nfkc(cell).strip(), cr.nfkc(first_cell).strip()
        if value and value != first:
            where = {"first_row": draft.first_row, "order_no": draft.order.order_no}
            problem = Msg("csv.order_differs", **where) if name in _PERSONAL else Msg(
                "csv.order_differs_values", **where, here=cr.echo(value), there=cr.echo(first))
            row.problem(name, problem, Msg("csv.order_differs_fix"))


def _check_orders_in_db(uow: UnitOfWork, drafts: dict[str, _OrderDraft], job: _Job) -> None:
    skus = {ln.sku for d in drafts.values() for ln in d.order.lines if ln.sku}
    known = uow.products.existing_skus(skus)
    sku_header, no_header = job.layout.header("sku"), job.layout.header("order_no")
    for d in drafts.values():
        for line, row_no in zip(d.order.lines, d.line_rows, strict=True):
            if line.sku and line.sku not in known:
                job.problems.add(row_no, sku_header, Msg("csv.unknown_sku",
                                                         sku=cr.echo(line.sku)),
                                 Msg("csv.unknown_sku_fix"))
    for order_no in sorted(uow.orders.existing_order_nos(drafts)):
        job.problems.add(drafts[order_no].first_row, no_header,
                         Msg("csv.order_exists", order_no=order_no), Msg("csv.order_exists_fix"))


def _write_orders(uow: UnitOfWork, orders: Sequence[Order], ticker: _Ticker, done: int) -> None:
    chunk: list[Order] = []
    lines = 0
    for order in orders:
        chunk.append(order)
        lines += len(order.lines)
        if lines >= _STEP // 2:  # half a step: one more order never takes it past a step
            uow.orders.add_many(chunk)
            done += lines
            ticker.at(done, force=True)
            chunk, lines = [], 0
    if chunk:
        uow.orders.add_many(chunk)


# --- products -------------------------------------------------------------------------------


@dataclass
class _ProductDraft:
    row: cr.Row
    sku: str
    values: dict[str, object]  # the fields given in this row (an empty cell keeps the old)
    units: list[str] | None  # unit JAN/EAN/UPC codes, None = not given
    case: ProductCode | None


def _import_products(uow_factory: UnitOfWorkFactory, job: _Job) -> ImportReport:
    drafts = _read_products(job)
    with uow_factory() as uow:
        existing = uow.products.get_many(d.sku for d in drafts)
        _check_codes(uow, drafts)
        products = [_product(d, existing.get(d.sku)) for d in drafts]
        _check_own_codes(drafts, products)
        job.problems.raise_if_any(job.source)
        added = updated = 0
        for start in range(0, len(products), _STEP):
            a, u = uow.products.upsert_many(products[start:start + _STEP])
            added, updated = added + a, updated + u
            job.ticker.at(min(job.ticker.total, len(job.table.rows) + start + _STEP), force=True)
        job.audit(uow, "import_products", {"added": added, "updated": updated,
                                           **_code_changes(existing, products)})
        job.ticker.at(job.ticker.total, force=True)
        uow.commit()
    return ImportReport(cr.PRODUCTS, len(job.table.rows), added, updated, job.table.encoding)


def _read_products(job: _Job) -> list[_ProductDraft]:
    drafts: list[_ProductDraft] = []
    first_row: dict[str, int] = {}
    job.ticker.at(0, force=True)
    for done, row in enumerate(job.rows(), start=1):
        row.check_width()
        sku = row.get("sku", _CODE, "", required=True)
        if sku and sku in first_row:
            row.problem("sku", Msg("csv.sku_twice", sku=cr.echo(sku), row=first_row[sku]),
                        Msg("csv.sku_twice_fix"))
        first_row.setdefault(sku, row.number)
        drafts.append(_ProductDraft(row, sku, _product_values(row),
                                    row.get("jan", cr.gtin_list, None), _case_code(row)))
        job.ticker.at(done)
    job.ticker.at(len(job.table.rows), force=True)
    return drafts


_FLAGS = ("fragile", "this_side_up", "serial_tracked", "qty_entry_allowed")
_PRODUCT_FIELDS: dict[str, Callable[[str], object]] = {
    "name_ja": cr.text(200), "name_en": cr.text(200), "price_yen": cr.yen,
    "tax_rate_pct": cr.tax_rate, "location": cr.location,
    "weight_g": cr.whole(1, 1_000_000, "csv.what.weight"),
    **dict.fromkeys(_FLAGS, cr.flag)}
_SIDE = cr.whole(1, 10_000, "csv.what.side")
_CASE_UNITS = cr.whole(2, 9999, "csv.what.case_units")  # 1 is a unit code


def _product_values(row: cr.Row) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, parse in _PRODUCT_FIELDS.items():
        value = row.get(name, parse, None, required=(name == "name_ja"))
        if value is not None:
            values[name] = value
    sides = [row.get(name, _SIDE, None) for name in ("length_mm", "width_mm", "height_mm")]
    given = [s for s in sides if s is not None]
    if len(given) == 3:
        values["dims"] = Dimensions(*given)
    elif given:
        missing = next(n for n, s in zip(("length_mm", "width_mm", "height_mm"), sides,
                                         strict=True) if s is None)
        row.problem(missing, Msg("csv.sizes_all_or_none"), Msg("csv.sizes_fix"))
    return values


def _case_code(row: cr.Row) -> ProductCode | None:
    code = row.get("case_code", cr.gtin, "")
    units = row.get("case_units", _CASE_UNITS, 0)
    if code and not units and not row.cell("case_units").strip():
        row.problem("case_units" if "case_units" in row.layout.columns else "case_code",
                    Msg("csv.case_needs_units"), Msg("csv.case_needs_units_fix"))
    if units and not row.cell("case_code").strip():
        row.problem("case_code", Msg("csv.units_without_case"),
                    Msg("csv.units_without_case_fix"))
    return ProductCode(code, units) if code and units else None


def _given_codes(d: _ProductDraft) -> list[tuple[str, str]]:
    """(code, name of the column it came from) for the codes this row gives."""
    pairs = [(c, "jan") for c in d.units or []]
    return pairs + ([(d.case.code, "case_code")] if d.case else [])


def _check_codes(uow: UnitOfWork, drafts: list[_ProductDraft]) -> None:
    """A barcode identifies one product: not one in the database, nor twice in the file."""
    given = [(d, code, col) for d in drafts for code, col in _given_codes(d)]
    owners = uow.products.code_owners(v for _, code, _ in given
                                      for v in barcodes.gtin_variants(code))
    seen: dict[str, _ProductDraft] = {}
    for d, code, col in given:
        variants = barcodes.gtin_variants(code)
        owner = next((owners[v] for v in variants if v in owners), d.sku)
        if owner != d.sku:
            d.row.problem(col, Msg("csv.barcode_registered", code=code, owner=owner),
                          Msg("csv.barcode_registered_fix"))
        other = next((seen[v] for v in variants if v in seen), None)
        if other is not None and other is not d:
            d.row.problem(col, Msg("csv.barcode_twice", code=code, row=other.row.number,
                                   sku=other.sku), Msg("csv.barcode_twice_fix"))
        seen.update(dict.fromkeys(variants, d))


def _product(d: _ProductDraft, old: Product | None) -> Product:
    base = old or Product(sku=d.sku, name_ja="")
    units = [ProductCode(c) for c in d.units] if d.units is not None else \
        [c for c in base.codes if c.units == 1]
    cases = [d.case] if d.case else [c for c in base.codes if c.units != 1]
    return replace(base, codes=units + cases, **d.values)  # type: ignore[arg-type]


_AUDITED_CHANGES = 1000  # barcode changes listed in one audit record; the rest are counted


def _code_changes(existing: dict[str, Product], products: list[Product]) -> dict[str, object]:
    """Before and after of every existing product whose barcodes the import changes: a code
    moved away from a product (or onto another) changes what the wrong-item check accepts,
    so the audit must show what it was."""
    changes = []
    for p in products:
        old = existing.get(p.sku)
        before = sorted(_code_text(c) for c in old.codes) if old else []
        after = sorted(_code_text(c) for c in p.codes)
        if old is not None and before != after:
            changes.append({"sku": p.sku, "before": before, "after": after})
    if not changes:
        return {}
    return {"codes_changed": changes[:_AUDITED_CHANGES], "codes_changed_count": len(changes)}


def _code_text(code: ProductCode) -> str:
    return code.code if code.units == 1 else f"{code.code}x{code.units}"


def _check_own_codes(drafts: list[_ProductDraft], products: list[Product]) -> None:
    """A kept old code may clash with a new one of the same product (unit vs case code)."""
    for d, p in zip(drafts, products, strict=True):
        seen: set[str] = set()
        for c in p.codes:
            variants = set(barcodes.gtin_variants(c.code))
            if variants & seen:
                d.row.problem("case_code" if c.units != 1 else "jan",
                              Msg("csv.unit_is_case", code=c.code), Msg("csv.unit_is_case_fix"))
            seen |= variants
