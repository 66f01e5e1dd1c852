"""The decode pipeline against its two decoders, on rendered-and-degraded frames
(tests/degraded.py; benchmarks/decode.py measures the full corpus and the time).

The pipeline must read every frame either decoder reads, never give a 1D code's wrong text,
find nothing where there is no code, keep Shift_JIS kanji as kanji and list every QR code.
"""

from __future__ import annotations

import pytest

from packstation.adapters.scanning import agreement
from packstation.adapters.scanning.agreement import Read
from packstation.adapters.scanning.decode import PipelineDecoder, qr_text
from tests import degraded, synthetic


@pytest.fixture(scope="module")
def decoder() -> PipelineDecoder:
    """Every pass: what a live frame gets within its CPU budget depends on the machine's speed
    (benchmarks/decode.py measures the budgeted decoder)."""
    return PipelineDecoder(frame_budget_ms=None)


def _decoders_read_by(image) -> dict[str, set[str]]:
    """What plain pyzbar and plain zxing-cpp read on the whole frame (as benchmarks/decode.py
    asks them)."""
    import cv2
    import zxingcpp
    from pyzbar import pyzbar

    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return {"pyzbar": {r.data.decode("utf-8", errors="replace") for r in pyzbar.decode(gray)},
            "zxing-cpp": {r.text for r in zxingcpp.read_barcodes(gray)}}


def _decoders_read(image) -> set[str]:
    by = _decoders_read_by(image)
    return by["pyzbar"] | by["zxing-cpp"]


def test_every_frame_either_decoder_reads_is_read_and_nothing_is_misread(decoder) -> None:
    below, wrong, read, frames = [], [], 0, list(degraded.corpus(per_cell=2))
    for f in frames:
        found = [d.text for d in decoder.decode_frame(f.image)]
        if f.text in _decoders_read(f.image) and f.text not in found:
            below.append((f.degradation, f.symbology, f.seed))
        wrong += [(f.degradation, f.seed, t) for t in found if t != f.text]
        read += f.text in found
    assert below == []
    assert wrong == []
    assert read >= 0.9 * len(frames), f"{read}/{len(frames)}"  # measured: 106 of 110


def test_pictures_without_a_code_give_nothing(decoder) -> None:
    frames = list(degraded.empty_frames(per_kind=2))
    assert {f.degradation for f in frames} == {f"empty:{k}" for k in degraded.EMPTY_KINDS}
    found = [(f.degradation, d.text) for f in frames
             for d in [*decoder.decode_frame(f.image), *decoder.decode_still(f.image)]]
    assert found == []


def test_the_corpus_is_the_same_picture_for_the_same_seed() -> None:
    a = degraded.degraded_frame("ITF", "perspective", 32004)
    b = degraded.degraded_frame("ITF", "perspective", 32004)
    assert a.text == b.text == "14494630759859"
    assert (a.image == b.image).all()
    assert a.image.shape == (degraded.HEIGHT, degraded.WIDTH, 3)


@pytest.mark.parametrize("text", ["阿", "阿部様", "阿 R-1001"])
def test_kanji_mode_qr_gives_kanji_not_half_width_kana(decoder, text: str) -> None:
    """阿 is 0x88A2 in Shift_JIS; zxing-cpp's writer puts it in kanji mode."""
    frame = synthetic.frame([synthetic.Placed(text, "QRCODE", scale=4, angle=12)])
    assert [d.text for d in decoder.decode_frame(frame)] == [text]
    assert [d.text for d in decoder.decode_still(frame)] == [text]


@pytest.mark.parametrize("degradation", ["jpeg", "perspective", "low_contrast", "inverted"])
def test_kanji_qr_stays_kanji_in_a_spoilt_frame(decoder, degradation: str) -> None:
    seeds = range(4 * 100, 4 * 100 + 40)
    frames = [f for f in (degraded.degraded_frame("QRCODE", degradation, s) for s in seeds)
              if f.text and f.text.startswith("阿")][:2]
    assert frames, "no 阿 frame among the seeds"
    for f in frames:
        assert [d.text for d in decoder.decode_frame(f.image)] == [f.text]


def test_qr_text_of_kanji_bytes_without_an_eci() -> None:
    assert qr_text("阿", b"\x88\xa2", False, "]Q1") == "阿"
    assert qr_text("\x88¢", b"\x88\xa2", True, "]Q1") == "阿"  # byte mode, Shift_JIS bytes


def test_zbar_japanese_is_kept_unless_it_is_its_reading_of_half_width_kana() -> None:
    assert agreement.zbar_text_ok("R-1001")
    assert agreement.zbar_text_ok("阿部様 34626")
    assert agreement.zbar_text_ok("阿部様 82516")  # zbar read this kanji-mode QR right
    assert not agreement.zbar_text_ok("蹬靼翌84899")  # zbar's Big5 reading of ﾃﾞｻﾞｲﾝ84899
    assert not agreement.zbar_text_ok("Ã©")  # a Latin-1 guess


@pytest.mark.parametrize(("first", "second"), [((40, 60), (360, 200)), ((60, 40), (60, 260)),
                                               ((100, 150), (330, 150))])
def test_two_qr_codes_in_one_picture_are_both_reported(decoder, first, second) -> None:
    frame = synthetic.frame([synthetic.Placed("阿", "QRCODE", at=first, scale=5),
                             synthetic.Placed("R-1001 梱包", "QRCODE", at=second, scale=4)])
    for found in (decoder.decode_frame(frame), decoder.decode_still(frame)):
        assert sorted(d.text for d in found) == ["R-1001 梱包", "阿"]
        assert not agreement.overlap(found[0].box, found[1].box, margin=0)


def test_a_torn_itf_14_is_no_read() -> None:
    torn = Read("zxing:frame", "ITF", "148965393665", (0, 0, 100, 2))
    whole = Read("zbar:frame", "ITF", "14896539366556", (0, 0, 100, 2))
    assert not agreement.plausible(torn)
    assert agreement.plausible(whole)
    assert agreement.accept(agreement.group([torn, torn, whole])) == []  # one vote: not yet


def test_code_39_is_read_as_code_39_not_as_a_pharmacy_code_32(decoder) -> None:
    """zxing-cpp's Code 39 family read this label as Code 32 'A722477546'."""
    f = degraded.degraded_frame("CODE39", "low_contrast", 63005)
    assert [(d.symbology, d.text) for d in decoder.decode_frame(f.image)] == [("CODE39",
                                                                               "PK08HB")]


def test_short_symbols_need_three_votes() -> None:
    box = (0, 0, 80, 2)
    two = [Read("zxing:up", "UPCE", "0153629000064", box),
           Read("zbar:up", "UPCE", "0153629000064", box)]
    assert agreement.accept(agreement.group(two)) == []
    three = [*two, Read("zxing:frame", "UPCE", "0153629000064", box)]
    assert [d.text for d in agreement.accept(agreement.group(three))] == ["0153629000064"]


def test_a_spent_budget_stops_the_passes() -> None:
    """White bars on black are read by the inverted look only, after both plain decoders on
    the whole frame; with no budget left after those the frame gives nothing (and a code the
    plain decoders read is still read)."""
    inverted = degraded.degraded_frame("EAN13", "inverted", 100_000)
    clean = degraded.degraded_frame("EAN13", "clean", 0)
    assert [d.text for d in PipelineDecoder(None).decode_frame(inverted.image)] == [inverted.text]
    assert PipelineDecoder(0, 0).decode_frame(inverted.image) == []
    assert [d.text for d in PipelineDecoder(0, 0).decode_frame(clean.image)] == [clean.text]


def test_what_one_plain_decoder_reads_is_read_with_no_frame_budget() -> None:
    """Both plain decoders look at the whole frame before the budget counts, and a read that
    waits for its second vote goes on past the frame budget: with none left (and no limit
    for such a read) every frame either decoder reads alone is still read."""
    spent = PipelineDecoder(frame_budget_ms=0, unsettled_budget_ms=None)
    alone, missed = 0, []
    for f in degraded.corpus(per_cell=2):
        by = _decoders_read_by(f.image)
        if f.text not in by["pyzbar"] | by["zxing-cpp"]:
            continue
        alone += (f.text in by["pyzbar"]) != (f.text in by["zxing-cpp"])
        if f.text not in [d.text for d in spent.decode_frame(f.image)]:
            missed.append((f.degradation, f.symbology, f.seed))
    assert missed == []
    assert alone >= 10  # measured: 15 frames one decoder reads and the other does not


def test_a_read_waiting_for_its_second_vote_stops_at_the_unsettled_budget() -> None:
    """zbar reads this EAN-13 alone (zxing-cpp reads nothing): its second vote comes from a
    later pass, which a spent budget for unsettled reads does not reach."""
    f = degraded.degraded_frame("EAN13", "blur", 10008)
    by = _decoders_read_by(f.image)
    assert f.text in by["pyzbar"] and f.text not in by["zxing-cpp"]
    assert [d.text for d in PipelineDecoder(0, None).decode_frame(f.image)] == [f.text]
    assert PipelineDecoder(0, 0).decode_frame(f.image) == []


def test_a_code_zbar_reads_alone_on_a_curved_label_is_confirmed_on_one_threshold() -> None:
    """Light falls off across a label round a bottle: zxing-cpp's local thresholds split its
    bars, one threshold for the whole crop (Otsu's) does not; zbar's read gets its second
    vote there."""
    f = degraded.degraded_frame("ITF", "curved", 382000)
    by = _decoders_read_by(f.image)
    assert f.text in by["pyzbar"] and f.text not in by["zxing-cpp"]
    assert [d.text for d in PipelineDecoder(0, None).decode_frame(f.image)] == [f.text]


def test_a_code_zbar_reads_alone_past_a_fingertip_is_confirmed_across_the_frame() -> None:
    """A blob over the middle of an EAN-13: zbar reads it on the rows above and below and
    marks only part of the code; zxing-cpp reads it smoothed along the bars, in the band
    across the frame through zbar's rows (a crop round zbar's box cuts the code)."""
    f = degraded.degraded_frame("EAN13", "occlusion", 213460)
    by = _decoders_read_by(f.image)
    assert f.text in by["pyzbar"] and f.text not in by["zxing-cpp"]
    assert [d.text for d in PipelineDecoder(0, None).decode_frame(f.image)] == [f.text]


@pytest.mark.parametrize("seed", [63342, 42000])
def test_an_itf_14_cut_at_the_frame_edge_that_zbar_reads_alone_is_confirmed_enlarged(
        seed: int) -> None:
    """A carton label in perspective runs off the frame: zxing-cpp finds no stop pattern,
    zbar reads it; its second vote is zbar on the crop enlarged (frames of unseen seeds 31337
    and 9999 that the pipeline missed before)."""
    f = degraded.degraded_frame("ITF", "perspective", seed)
    by = _decoders_read_by(f.image)
    assert f.text in by["pyzbar"] and f.text not in by["zxing-cpp"]
    assert [d.text for d in PipelineDecoder(0, None).decode_frame(f.image)] == [f.text]


def test_a_long_tilted_code_is_turned_about_the_middle_of_its_stripes() -> None:
    """An ITF-14 at 27° across most of the frame: its most striped point is near one end, and
    turned about that point the other end lay outside the turned view."""
    f = degraded.degraded_frame("ITF", "rotation", 42000)
    assert _decoders_read_by(f.image) == {"pyzbar": set(), "zxing-cpp": set()}
    assert [d.text for d in PipelineDecoder(None).decode_frame(f.image)] == [f.text]


def test_a_qr_code_whose_modules_look_like_short_stripes_is_read_where_pyzbar_reads_it() -> None:
    """The stripes found lie on part of the QR code's modules: no 1D code's (too short), so
    the part the passes look at is not a narrow band through them that cuts the code."""
    f = degraded.degraded_frame("QRCODE", "occlusion", 594008)
    assert f.text in _decoders_read_by(f.image)["pyzbar"]
    assert [d.text for d in PipelineDecoder(0, None).decode_frame(f.image)] == [f.text]


@pytest.mark.parametrize(("angle", "rows", "columns", "along"),
                         [(0, 3, 0, "rows"), (90, 0, 3, "columns")])
def test_zbar_scans_the_lines_asked_for_and_says_which(angle, rows, columns, along) -> None:
    import cv2

    from packstation.adapters.scanning import zbar

    picture = synthetic.frame([synthetic.Placed("4901234567894", "EAN13", at=(200, 120),
                                                angle=angle)])
    gray = cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    read = zbar.read(gray, rows, columns)
    assert [(r.data, r.along) for r in read] == [(b"4901234567894", along)]
    assert zbar.read(gray, columns, rows) == []  # the other way no line crosses every bar


def test_a_1d_read_joins_a_place_with_its_text_a_little_way_off() -> None:
    """zbar marks a read by the end of its scan line: a point perhaps half a code's height
    from the line zxing-cpp marks. The same text there is a second vote; another text is
    not (it is no rival either: it keeps a place of its own)."""
    line = Read("zxing:sharp", "ITF", "17955338935084", (44, 365, 553, 2))
    point = Read("zbar:frame", "ITF", "17955338935084", (44, 424, 1, 1))
    far = Read("zbar:frame", "ITF", "17955338935084", (44, 480, 1, 1))
    other = Read("zbar:frame", "EAN13", "4901234567894", (44, 424, 1, 1))
    assert [d.text for d in agreement.accept(agreement.group([line, point]))] == [line.text]
    assert agreement.accept(agreement.group([line, far])) == []
    assert [len(g.reads) for g in agreement.group([line, other])] == [1, 1]
