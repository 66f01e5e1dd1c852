"""adapters/files.py: an output file is whole or absent; a device or FIFO is written into."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from packstation.adapters.files import is_special, write_whole


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "label.zpl"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_whole(target, b"^XA^XZ")
    assert target.read_bytes() == b"^XA^XZ"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["label.zpl"]


def test_a_symlink_is_kept_and_its_target_written(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "today.csv"
    link.symlink_to(real)
    write_whole(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_failed_write_leaves_nothing_and_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "b2.csv"
    target.write_bytes(b"yesterday")
    with pytest.raises(TypeError):
        write_whole(target, "not bytes")  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir()] == ["b2.csv"]
    assert target.read_bytes() == b"yesterday"
    with pytest.raises(OSError) as failed:
        write_whole(tmp_path / "no-folder" / "x.csv", b"x")
    assert failed.value.filename == str(tmp_path / "no-folder" / "x.csv")


def test_devices_and_fifos_are_special(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert is_special(fifo) and is_special(Path("/dev/null"))
    assert not is_special(tmp_path) and not is_special(tmp_path / "missing")
    write_whole("/dev/null", b"x" * 10_000)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_whole(tmp_path / "new.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o640  # not mkstemp's 0600
