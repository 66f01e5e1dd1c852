"""The camera scanner's decode pipeline on the sample photos
(tests/data/barcode-photos, Apache-2.0: see the NOTICE there) and on generated codes.

Floors are the rates reached when this test was written (benchmarks/decode.py prints the
figures): a drop means the pipeline got worse. A wrong text is worse than none: no 1D misread
at all, and no code at all in the pictures without one.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from packstation.adapters.scanning.decode import PipelineDecoder, qr_text, read_image
from packstation.domain.camera import LINEAR
from tests import photo_samples as samples
from tests import synthetic

# folder → minimum share of its images read (reached: 6/6, 15/16, 8/8, 5/5)
FLOORS = {"code128-1": 1.0, "ean13-1": 15 / 16, "qrcode-1": 1.0, "upca-1": 1.0}


@pytest.fixture(scope="module")
def results() -> list[tuple[samples.Sample, list]]:
    decoder = PipelineDecoder()
    found = []
    for sample in samples.load():
        image = read_image(str(sample.path))
        assert image is not None, f"{sample.path} should be readable"
        found.append((sample, decoder.decode_still(image)))
    return found


def test_every_folder_is_read_at_least_as_well_as_measured(results) -> None:
    read: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for sample, codes in results:
        if sample.expected is not None:
            total[sample.folder] += 1
            read[sample.folder] += any(sample.matches(c.text) for c in codes)
    assert set(FLOORS) <= set(total), "a sample folder went missing"
    for folder, floor in FLOORS.items():
        assert read[folder] / total[folder] >= floor, f"{folder}: {read[folder]}/{total[folder]}"
    assert sum(read.values()) / sum(total.values()) >= 0.9


def test_no_1d_code_is_ever_misread(results) -> None:
    wrong = [(s.path.name, c.text) for s, codes in results for c in codes
             if c.symbology in LINEAR and not s.matches(c.text)]
    assert wrong == []


def test_nothing_is_found_in_pictures_without_a_barcode(results) -> None:
    phantoms = [(s.path.name, c.text) for s, codes in results if s.folder == "falsepositives-1"
                for c in codes]
    assert [s for s, _ in results if s.folder == "falsepositives-1"], "folder not found"
    assert phantoms == []


def test_zbar_alone_misreads_the_extended_code128_that_the_pipeline_reads_right() -> None:
    """code128-1/6.png holds 'óóóó1234óóabózz': zbar drops the high bit ('ssss…')."""
    from pyzbar import pyzbar

    sample = next(s for s in samples.load() if s.folder == "code128-1" and s.path.stem == "6")
    image = read_image(str(sample.path))
    assert [r.data.decode() for r in pyzbar.decode(image)] == ["ssss1234ssabszz"]
    assert [c.text for c in PipelineDecoder().decode_still(image)] == [sample.expected]


JAPANESE = ["ﾃﾞｻﾞｲﾝQR", "測試", "梱包 納品書 ｶﾞｷﾞｸﾞ", "出荷No.R-1001 ﾔﾏﾄ"]


@pytest.mark.parametrize("text", JAPANESE)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["writer-mode", "raw-shift-jis"])
def test_japanese_qr_codes_come_out_as_the_right_characters(text: str, as_bytes: bool) -> None:
    """Kanji mode or Shift_JIS bytes without an ECI: both must give the same characters."""
    content = text.encode("shift_jis") if as_bytes else text
    frame = synthetic.frame([synthetic.Placed(content, "QRCODE", scale=5)])
    decoder = PipelineDecoder()
    assert [c.text for c in decoder.decode_still(frame)] == [text]
    assert [c.text for c in decoder.decode_frame(frame)] == [text]


def test_qr_text_keeps_latin1_and_utf8_and_declared_charsets() -> None:
    assert qr_text("café", "café".encode(), False, "]Q1") == "café"
    assert qr_text("Ãé", b"\xc3\xa9", True, "]Q1") == "é"  # UTF-8 bytes, no ECI
    assert qr_text("x", b"\x91\xaa\x8e\x8e", True, "]Q2") == "x"  # an ECI was declared
    assert qr_text("\xf3\xf3", b"\xf3\xf3", True, "]Q1") == "\xf3\xf3"  # cp932 user area: no


def _on_table(image):
    import cv2

    h, w = image.shape
    scale = min(1.0, 600 / w, 440 / h)
    image = cv2.resize(image, (int(w * scale), int(h * scale)))
    table = synthetic.table(seed=7)
    table[20:20 + image.shape[0], 20:20 + image.shape[1]] = image[:, :, None]
    return table


def test_live_frames_never_misread_and_find_nothing_in_pictures_without_a_code() -> None:
    """The live pass (decode_frame) is cheaper, never looser: in 8 frames of each picture no
    text other than the expected one ever comes out."""
    wrong, read, total = [], 0, 0
    for sample in samples.load():
        image = read_image(str(sample.path))
        assert image is not None
        frame = _on_table(image) if sample.expected is not None else image
        decoder = PipelineDecoder()
        texts = {d.text for _ in range(8) for d in decoder.decode_frame(frame)}
        wrong += [(sample.path.name, t) for t in texts if not sample.matches(t)]
        total += sample.expected is not None
        read += any(sample.matches(t) for t in texts)
    assert wrong == []
    # measured: 24 of 35 before issue 18, 29-31 since (files: 34 of 35); the frame budget
    # makes the live figure depend a little on the machine's speed
    assert read >= 24, f"live read {read}/{total}"


@pytest.mark.parametrize(("text", "symbology", "aim"), [
    ("A123456789013A", "CODABAR", "]F0"),  # a carrier label's tracking number (NW-7)
    ("14912345678901", "ITF", "]I1"),  # a case code (ITF-14)
    ("R-1001", "CODE128", "]C0"),  # a pick list's order number
    ("49123456", "EAN8", "]E4"),
])
def test_warehouse_symbologies_are_read_live_with_their_aim_prefix(
        text: str, symbology: str, aim: str) -> None:
    frame = synthetic.frame([synthetic.Placed(text, symbology, at=(100, 180), scale=2)])
    decoder = PipelineDecoder()
    seen = {(d.symbology, d.scan_text) for _ in range(4) for d in decoder.decode_frame(frame)}
    assert seen == {(symbology, aim + text)}


def test_every_code_in_a_picture_is_listed_once() -> None:
    frame = synthetic.frame([synthetic.Placed("4912345678904", at=(20, 20), scale=2),
                             synthetic.Placed("ﾃﾞｻﾞｲﾝQR", "QRCODE", at=(380, 250), scale=5)])
    found = PipelineDecoder().decode_still(frame)
    assert sorted((d.symbology, d.text) for d in found) == [("EAN13", "4912345678904"),
                                                           ("QRCODE", "ﾃﾞｻﾞｲﾝQR")]
