"""The print queue end to end on SQLite: a loopback raw printer (TCP 9100 style) receives
exactly the document's bytes; a printer that refuses or vanishes mid-job gives a visible,
retryable failure and a retry prints exactly once; jobs survive a restart; reprints and
cancels are logged with who and why."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from packstation.adapters.printing.driver_tcp import TcpDriver
from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import BadInput, PermissionDenied, StateError
from packstation.domain.messages import Msg, english, from_json
from packstation.domain.printing import PrinterSpec
from packstation.services import orders
from packstation.services.dto import SessionUser
from packstation.services.printing import desk as printing
from packstation.services.printing.desk import PrintDesk
from packstation.services.printing.ports import StationPrinting
from packstation.services.printing.spooler import Spooler
from tests.printing_fakes import FakeDocuments, JobWatch, LoopbackPrinter, document_bytes

ADMIN = SessionUser(4, "admin", "管理者", "admin", "ja")
PACKER = SessionUser(1, "sato", "佐藤", "packer", "ja")
STATION = "test-station"


def spooler_for(app: App, documents: FakeDocuments) -> tuple[Spooler, JobWatch]:
    desk = PrintDesk(app.uow, app.clock, STATION, documents,
                     {"tcp": TcpDriver(connect_timeout_s=2, send_timeout_s=10, settle_s=2)})
    spooler = Spooler(desk)
    watch = JobWatch()
    spooler.subscribe(watch)
    return spooler, watch


def set_up_printers(app: App, label_address: str, slip_address: str | None = None,
                    auto_print: bool = False) -> None:
    printing.save_printer(app.uow, ADMIN, PrinterSpec("ラベル1", "tcp", label_address, "4x6",
                                                     203, "zpl"))
    slip = None
    if slip_address:
        printing.save_printer(app.uow, ADMIN, PrinterSpec("納品書1", "tcp", slip_address, "A4",
                                                         300, "pdf"))
        slip = "納品書1"
    printing.save_station_printing(app.uow, ADMIN,
                                   StationPrinting(STATION, "ラベル1", slip, auto_print))


def an_order(app: App) -> str:
    return orders.search(app.uow)[0].order_no


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    served = LoopbackPrinter().start()
    yield served
    served.stop()


@pytest.fixture
def desk(demo_app: App, printer: LoopbackPrinter) -> Iterator[tuple[App, Spooler, JobWatch]]:
    set_up_printers(demo_app, printer.address)
    spooler, watch = spooler_for(demo_app, FakeDocuments())
    spooler.start()
    yield demo_app, spooler, watch
    spooler.stop()


def test_loopback_printer_receives_exactly_the_documents_bytes(desk, printer) -> None:
    app, spooler, watch = desk
    order_no = an_order(app)
    job = spooler.print_order(PACKER.user_id, order_no, "label")
    assert job.status == "queued" and job.printer == "ラベル1"
    done = watch.wait(job.id, "done", "failed")
    assert done.status == "done", done
    with printer.cond:
        printer.cond.wait_for(lambda: printer.jobs, 10)
    assert printer.jobs == [document_bytes(order_no, "label")]
    assert spooler.open_jobs() == [], "a printed job leaves the queue"


def test_refused_connection_is_a_visible_failure_and_a_retry_prints_once(desk, printer) -> None:
    app, spooler, watch = desk
    order_no = an_order(app)
    printer.stop()  # switched off: the port refuses
    job = spooler.print_order(PACKER.user_id, order_no, "label")
    failed = watch.wait(job.id, "failed", "done")
    assert failed.status == "failed" and failed.failure == "UNREACHABLE"
    said = english(from_json(failed.detail) or Msg("error.unexpected"))
    assert "refused the connection" in said and printer.address in said
    waiting = spooler.open_jobs()
    assert [(j.id, j.status) for j in waiting] == [(job.id, "failed")], "the job is not lost"

    printer.start()  # back on
    retried = spooler.retry(PACKER.user_id, [job.id])
    assert [j.status for j in retried] == ["queued"]
    assert watch.wait(job.id, "done", "failed").status == "done"
    spooler.retry(PACKER.user_id, [job.id])  # a second press after success does nothing
    with printer.cond:
        printer.cond.wait_for(lambda: printer.jobs, 10)
    assert printer.jobs == [document_bytes(order_no, "label")]
    assert spooler.open_jobs() == []


def test_printer_vanishing_mid_job_fails_and_the_retry_prints_one_whole_copy(
        demo_app: App, printer: LoopbackPrinter) -> None:
    set_up_printers(demo_app, printer.address)
    spooler, watch = spooler_for(demo_app, FakeDocuments(size=3_000_000))
    spooler.start()
    try:
        order_no = an_order(demo_app)
        printer.drop_after(20_000)
        job = spooler.print_order(PACKER.user_id, order_no, "label")
        failed = watch.wait(job.id, "failed", "done")
        assert failed.status == "failed" and failed.failure == "SEND_FAILED", failed
        assert printer.partial and 20_000 <= len(printer.partial[0]) < 3_000_000
        assert printer.jobs == []
        printer.start()
        spooler.retry(PACKER.user_id, [job.id])
        assert watch.wait(job.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: printer.jobs, 10)
        assert printer.jobs == [document_bytes(order_no, "label", 3_000_000)]
        assert watch.seen[job.id].attempts == 2
    finally:
        spooler.stop()


def test_jobs_survive_a_restart(demo_db: str, printer: LoopbackPrinter) -> None:
    first = build(Config(demo_db, STATION))
    set_up_printers(first, printer.address)
    order_no = an_order(first)
    spooler, _watch = spooler_for(first, FakeDocuments())
    # Not started: the app stops before its printer worker ran (power cut after the click).
    queued = spooler.print_order(PACKER.user_id, order_no, "label")
    printer.stop()
    spooler.start()
    failed = _watch.wait(queued.id, "failed")
    assert failed.failure == "UNREACHABLE"
    spooler.stop()  # before the next job is queued: a running worker would try it at once
    second_job = printing.enqueue(spooler.desk, PACKER.user_id, order_no, "label",
                                  reprint=True, reason="label torn")  # queued, never started
    first.close()

    printer.start()
    again = build(Config(demo_db, STATION))  # a new app instance on the same database
    spooler2, watch2 = spooler_for(again, FakeDocuments())
    try:
        waiting = spooler2.start()
        assert {(j.id, j.status) for j in waiting} >= {(queued.id, "failed")}
        assert watch2.wait(second_job.id, "done", "failed").status == "done"
        spooler2.retry(PACKER.user_id, [queued.id])
        assert watch2.wait(queued.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: len(printer.jobs) >= 2, 10)
        assert printer.jobs == [document_bytes(order_no, "label")] * 2
    finally:
        spooler2.stop()
        again.close()


def test_a_job_cut_off_by_a_stop_waits_for_the_packer(demo_app: App, printer) -> None:
    set_up_printers(demo_app, printer.address)
    spooler, _watch = spooler_for(demo_app, FakeDocuments())
    job = spooler.print_order(PACKER.user_id, an_order(demo_app), "label")
    with demo_app.uow() as uow:  # as if the app died while sending
        station_id = uow.packing.station_id(STATION)
        assert uow.printing.take_next(station_id, _printer_id(demo_app), demo_app.clock.now())
        uow.commit()
    jobs = spooler.start()
    spooler.stop()
    cut = next(j for j in jobs if j.id == job.id)
    assert (cut.status, cut.failure) == ("failed", "INTERRUPTED"), "never re-sent blindly"
    assert printer.jobs == []


def _printer_id(app: App) -> int:
    with app.uow() as uow:
        found = uow.printing.printer_by_name("ラベル1")
    assert found is not None and found.id is not None
    return found.id


def test_reprint_needs_a_reason_and_is_logged_with_who_and_why(desk) -> None:
    app, spooler, watch = desk
    order_no = an_order(app)
    with pytest.raises(StateError):
        spooler.print_order(PACKER.user_id, order_no, "label", reprint=True, reason="  ")
    first = spooler.print_order(PACKER.user_id, order_no, "label")
    assert watch.wait(first.id, "done", "failed").status == "done"
    with pytest.raises(StateError):  # a second copy is a reprint, whoever asks
        spooler.print_order(PACKER.user_id, order_no, "label")
    job = spooler.print_order(PACKER.user_id, order_no, "label", reprint=True,
                              reason="ラベルが破れた")
    assert watch.wait(job.id, "done", "failed").status == "done"
    with app.uow() as uow:
        log = uow.audit.recent("reprint")
    assert log[0]["user_id"] == PACKER.user_id and log[0]["target"] == order_no
    assert log[0]["detail"]["reason"] == "ラベルが破れた"


def test_cancel_is_logged_and_a_printed_job_cannot_be_cancelled(desk, printer) -> None:
    app, spooler, watch = desk
    order_no = an_order(app)
    printer.stop()
    job = spooler.print_order(PACKER.user_id, order_no, "label")
    watch.wait(job.id, "failed")
    cancelled = spooler.cancel(PACKER.user_id, job.id, "printed by hand")
    assert cancelled.status == "cancelled" and spooler.open_jobs() == []
    with app.uow() as uow:
        log = uow.audit.recent("print_cancelled")
    assert log[0]["user_id"] == PACKER.user_id and log[0]["detail"]["reason"] == "printed by hand"
    printer.start()
    done = spooler.print_order(PACKER.user_id, order_no, "label")
    watch.wait(done.id, "done")
    with pytest.raises(StateError):
        spooler.cancel(PACKER.user_id, done.id)


def test_no_printer_for_the_station_waits_until_the_admin_sets_one(demo_app, printer) -> None:
    spooler, watch = spooler_for(demo_app, FakeDocuments())
    spooler.start()
    try:
        order_no = an_order(demo_app)
        job = spooler.print_order(PACKER.user_id, order_no, "slip")
        assert (job.status, job.failure) == ("failed", "NOT_CONFIGURED")
        set_up_printers(demo_app, printer.address, slip_address=printer.address)
        spooler.retry(PACKER.user_id, [job.id])
        assert watch.wait(job.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: printer.jobs, 10)
        assert printer.jobs == [document_bytes(order_no, "slip")]
    finally:
        spooler.stop()


def test_auto_print_on_completion_follows_the_station_setting(demo_app, printer) -> None:
    set_up_printers(demo_app, printer.address, slip_address=printer.address)
    spooler, watch = spooler_for(demo_app, FakeDocuments())
    spooler.start()
    try:
        order_no = an_order(demo_app)
        assert spooler.auto_print(PACKER.user_id, order_no) == [], "off by default"
        printing.save_station_printing(demo_app.uow, ADMIN,
                                       StationPrinting(STATION, "ラベル1", "納品書1", True))
        jobs = spooler.auto_print(PACKER.user_id, order_no)
        assert sorted(j.kind for j in jobs) == ["label", "slip"]
        for job in jobs:
            assert watch.wait(job.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: len(printer.jobs) == 2, 10)
        assert sorted(printer.jobs) == sorted(document_bytes(order_no, k) for k in
                                              ("label", "slip"))
    finally:
        spooler.stop()


def test_the_check_before_the_label_holds_it_with_its_reason(desk, printer) -> None:
    app, spooler, watch = desk
    order_no = an_order(app)
    verdicts = {order_no: "重量が 120 g 多い"}
    spooler.set_before_label(verdicts.get)
    job = spooler.print_order(PACKER.user_id, order_no, "label")
    held = watch.wait(job.id, "failed", "done")
    assert (held.failure, from_json(held.detail)) == (
        "HELD", Msg("print.detail.held", reason="重量が 120 g 多い"))
    assert printer.jobs == []
    verdicts.clear()  # weighed again: fine
    spooler.retry(PACKER.user_id, [job.id])
    assert watch.wait(job.id, "done", "failed").status == "done"


def test_wrong_document_format_or_stock_is_refused_before_sending(desk, printer) -> None:
    app, spooler, watch = desk

    class A4Documents(FakeDocuments):
        def render(self, order_no, kind, target):
            return replace(super().render(order_no, kind, target), media="A4")

    spooler.desk = replace(spooler.desk, documents=A4Documents())
    job = spooler.print_order(PACKER.user_id, an_order(app), "label")
    failed = watch.wait(job.id, "failed", "done")
    detail = from_json(failed.detail)
    assert failed.failure == "WRONG_MEDIA" and detail is not None and "4x6" in english(detail)
    assert printer.jobs == []


def test_station_setup_refuses_a_printer_with_the_wrong_stock(demo_app) -> None:
    printing.save_printer(demo_app.uow, ADMIN, PrinterSpec("A4レーザー", "tcp", "10.0.0.9",
                                                          "A4", 300, "pdf"))
    with pytest.raises(BadInput) as bad:
        printing.save_station_printing(demo_app.uow, ADMIN,
                                       StationPrinting(STATION, "A4レーザー", None, True))
    assert bad.value.problems[0].column == "label_printer"
    assert printing.station_printing(demo_app.uow, STATION).label_printer is None


def test_printer_form_reports_every_bad_field_and_needs_an_admin(demo_app) -> None:
    bad = PrinterSpec("", "tcp", "10.0.0.9:99999", "B5", 600, "zpl")
    with pytest.raises(BadInput) as refused:
        printing.save_printer(demo_app.uow, ADMIN, bad)
    assert {p.column for p in refused.value.problems} == {"name", "media", "dpi", "address"}
    with pytest.raises(PermissionDenied):
        printing.save_printer(demo_app.uow, PACKER, PrinterSpec("x", "tcp", "10.0.0.9"))
    assert printing.list_printers(demo_app.uow) == []
    saved = printing.save_printer(demo_app.uow, ADMIN, PrinterSpec("L", "tcp", "10.0.0.9"))
    with pytest.raises(BadInput):
        printing.save_printer(demo_app.uow, ADMIN, PrinterSpec("L", "cups", "zebra"))
    renamed = printing.save_printer(demo_app.uow, ADMIN, replace(saved, address="10.0.0.10"))
    assert renamed.id == saved.id
    assert [p.address for p in printing.list_printers(demo_app.uow)] == ["10.0.0.10"]


@pytest.mark.postgres
def test_queue_on_postgresql_takes_each_job_once_and_prints_it(pg_url: str, printer) -> None:
    from packstation.services.demo import seed as demo

    app = build(Config(db_url=pg_url, station_name=STATION))
    try:
        demo.seed(app.uow, app.hasher, 3)
        set_up_printers(app, printer.address)
        order_no = an_order(app)
        spooler, watch = spooler_for(app, FakeDocuments())
        job = spooler.print_order(PACKER.user_id, order_no, "label")
        printer_id = _printer_id(app)
        with app.uow() as first, app.uow() as second:  # a second station session asks too
            station_id = first.packing.station_id(STATION)
            taken = first.printing.take_next(station_id, printer_id, app.clock.now())
            first.commit()
            again = second.printing.take_next(station_id, printer_id, app.clock.now())
        assert taken is not None and taken.id == job.id and taken.attempts == 1
        assert again is None, "a job is never taken twice"
        jobs = spooler.start()  # the taken job counts as cut off by a stop
        assert [(j.id, j.status, j.failure) for j in jobs] == [(job.id, "failed",
                                                                 "INTERRUPTED")]
        spooler.retry(PACKER.user_id, [job.id])
        assert watch.wait(job.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: printer.jobs, 10)
        assert printer.jobs == [document_bytes(order_no, "label")]
        spooler.stop()
    finally:
        app.close()


def test_a_hung_printer_holds_only_its_own_queue(demo_app: App, printer) -> None:
    import socket
    import struct

    hung = socket.socket()  # accepts, never reads: a jammed printer with a full buffer
    hung.bind(("127.0.0.1", 0))
    hung.listen(8)
    set_up_printers(demo_app, f"127.0.0.1:{hung.getsockname()[1]}",
                    slip_address=printer.address)
    spooler, watch = spooler_for(demo_app, FakeDocuments(size=8_000_000))
    spooler.start()
    held: list[socket.socket] = []
    try:
        order_no = an_order(demo_app)
        label = spooler.print_order(PACKER.user_id, order_no, "label")
        watch.wait(label.id, "printing")
        held.append(hung.accept()[0])  # the probe
        held.append(hung.accept()[0])  # the job, stuck in sendall
        slip = spooler.print_order(PACKER.user_id, order_no, "slip")
        assert watch.wait(slip.id, "done", "failed").status == "done"
        assert watch.seen[label.id].status == "printing", "the label is still stuck"
    finally:
        for conn in held:  # the jammed printer is switched off: the label job fails
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        hung.close()
    assert watch.wait(label.id, "failed", "done").failure == "SEND_FAILED"
    spooler.stop()


def test_an_order_in_two_cartons_prints_both_labels_in_one_job(demo_app: App,
                                                               printer: LoopbackPrinter) -> None:
    """個口 through the real documents and a raw printer: one job, one ZPL format per carton."""
    from packstation.domain.model import CartonPlan, Order, OrderLine, OrderStatus, ShipTo
    from packstation.services.printing.order_documents import OrderDocuments

    with demo_app.uow() as uow:
        uow.orders.add_many([Order(
            "M-9", "web", OrderStatus.PACKED, [OrderLine(1, "RICE-5KG", 2, unit_price_yen=2980)],
            ship_to=ShipTo("山田 花子", "100-0001", 13, "千代田区1-1"),
            service_code="takkyubin", size_class="60,80",
            cartons=(CartonPlan("B60", "takkyubin", "60"), CartonPlan("B80", "takkyubin", "80")))])
        uow.commit()
    set_up_printers(demo_app, printer.address)
    spooler, watch = spooler_for(demo_app, OrderDocuments(demo_app.uow, demo_app.renderer))  # type: ignore[arg-type]
    spooler.start()
    try:
        job = spooler.print_order(PACKER.user_id, "M-9", "label")
        assert watch.wait(job.id, "done", "failed").status == "done"
        with printer.cond:
            printer.cond.wait_for(lambda: printer.jobs, 10)
        [sent] = printer.jobs
    finally:
        spooler.stop()
    assert sent.count(b"^XA") == 2 and sent.count(b"^XZ") == 2
    assert sent.count(b"^FDM-9^FS") == 2, "the order number on each carton's label"
