"""Output files: a device or FIFO is written into and stays what it was; a failed write
leaves neither a partial file nor a `.part`; an export with nothing in it leaves no old file
that looks like today's."""

from __future__ import annotations

import os
import resource
import signal
import stat
import threading
from pathlib import Path

from packstation.bootstrap import build
from packstation.config import Config
from tests.carrier_data import add_packed, order
from tests.robustness.conftest import LEAD, PINS, fingerprint, one_line, run


def _fifo_reader(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as f:  # blocks until the command opens it for writing
            received.append(f.read())
    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, received


def _release(fifo: Path, thread: threading.Thread) -> None:
    """If the command never opened the FIFO, open it once so the reader thread ends."""
    thread.join(timeout=0.01)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    thread.join()


def test_a_label_to_a_fifo_reaches_its_reader_and_the_fifo_stays(shop: Path,
                                                                  tmp_path: Path) -> None:
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    thread, received = _fifo_reader(fifo)
    out = run("--db", str(shop), "label", "R-1001", "--out", str(fifo), "--format", "zpl")
    _release(fifo, thread)
    assert out.returncode == 0, out.stderr
    assert received and received[0].startswith(b"^XA") and received[0].rstrip().endswith(b"^XZ")
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the FIFO was replaced by a regular file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printer", "shop.db"]


def test_a_carrier_export_to_a_fifo_is_written_into(shop: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "b2.csv"
    os.mkfifo(fifo)
    thread, received = _fifo_reader(fifo)
    out = run("--db", str(shop), "export", "b2", "--out", str(fifo), *LEAD, pin=PINS["suzuki"])
    _release(fifo, thread)
    assert out.returncode == 0, out.stderr
    assert received and "お客様管理番号".encode("cp932") in received[0]
    assert b"P-1" in received[0] and b"P-2" in received[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dev_full_gives_exit_2_one_line_and_stays_a_device(shop: Path) -> None:
    for args in (("label", "R-1001"), ("slip", "R-1001")):
        before = fingerprint(shop)
        out = run("--db", str(shop), *args, "--out", "/dev/full")
        assert out.returncode == 2
        line = one_line(out)
        assert "/dev/full" in line and "full" in line.split("/dev/full", 1)[1]
        assert fingerprint(shop) == before
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert not [p for p in Path("/dev").iterdir() if p.name.endswith(".part")]


def test_export_to_dev_full_marks_no_order_exported(shop: Path) -> None:
    before = fingerprint(shop)
    out = run("--db", str(shop), "export", "b2", "--out", "/dev/full", *LEAD,
              pin=PINS["suzuki"])
    assert out.returncode == 2
    assert "/dev/full could not be written" in out.stderr and "Traceback" not in out.stderr
    assert fingerprint(shop) == before  # the two orders wait for the next export


_LIMIT = 64 * 1024  # above SQLite's 32 kB shared-memory file, below the CSV of 300 orders


def _small_files() -> None:
    """In the child process: no file may grow past 64 kB (a full disk, for this process)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (_LIMIT, _LIMIT))


def test_a_failed_export_leaves_no_part_file_and_the_old_file_whole(shop: Path,
                                                                    tmp_path: Path) -> None:
    app = build(Config(f"sqlite:///{shop}", "robustness"))
    add_packed(app, [order(f"Q-{n}") for n in range(300)])
    app.close()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    target = out_dir / "b2.csv"
    target.write_bytes(b"yesterday")
    before = fingerprint(shop)
    out = run("--db", str(shop), "export", "b2", "--out", str(target), *LEAD,
              pin=PINS["suzuki"], preexec_fn=_small_files)
    assert out.returncode == 2, out.stdout
    assert f"{target} could not be written" in one_line(out)
    assert [p.name for p in out_dir.iterdir()] == ["b2.csv"]  # no .part, no hidden temp file
    assert target.read_bytes() == b"yesterday"
    assert fingerprint(shop) == before


def test_an_empty_export_removes_the_old_file(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "b2.csv"
    first = run("--db", str(shop), "export", "b2", "--out", str(target), *LEAD,
                pin=PINS["suzuki"])
    assert first.returncode == 0 and target.exists(), first.stderr
    again = run("--db", str(shop), "export", "b2", "--out", str(target), *LEAD,
                pin=PINS["suzuki"])
    assert again.returncode == 0, again.stderr
    assert "Nothing to export for b2" in again.stdout and "was removed" in again.stdout
    assert not target.exists(), "yesterday's file would be uploaded again"
