"""`packstation decode IMAGE… --json` (cli-contract.md): the camera pipeline on files."""

from __future__ import annotations

import json
from pathlib import Path

from tests import photo_samples as samples
from tests import synthetic
from tests.e2e.test_cli import run


def _sample(folder: str, stem: str) -> samples.Sample:
    return next(s for s in samples.load() if s.folder == folder and s.path.stem == stem)


def test_decode_json_has_the_contract_shape_in_the_given_order(tmp_path: Path) -> None:
    import cv2

    ean = _sample("ean13-1", "4")
    empty = _sample("falsepositives-1", "01")
    qr = tmp_path / "納品書.png"  # a non-ASCII path works too
    cv2.imencode(".png", synthetic.frame([synthetic.Placed("ﾃﾞｻﾞｲﾝQR 梱包", "QRCODE", scale=5)]))[
        1].tofile(str(qr))
    out = run("decode", str(ean.path), str(empty.path), str(qr), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [
        {"file": str(ean.path), "codes": [{"symbology": "EAN13", "text": ean.expected}]},
        {"file": str(empty.path), "codes": []},
        {"file": str(qr), "codes": [{"symbology": "QRCODE", "text": "ﾃﾞｻﾞｲﾝQR 梱包"}]},
    ]


def test_decode_without_json_prints_one_line_per_file() -> None:
    code128 = _sample("code128-1", "1")
    out = run("decode", str(code128.path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{code128.path}: CODE128 '168901'"


def test_missing_or_unreadable_files_exit_2_naming_each_and_decode_nothing(
        tmp_path: Path) -> None:
    not_image = tmp_path / "notes.png"
    not_image.write_text("not a picture", encoding="utf-8")
    good = _sample("ean13-1", "4")
    out = run("decode", str(good.path), str(tmp_path / "gone.png"), str(not_image), "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2, out.stderr
    assert "gone.png: no such file" in lines[0]
    assert "notes.png: not a readable image" in lines[1] and "PNG, JPEG or WebP" in lines[1]
    assert "Traceback" not in out.stderr
