"""Decode rate on the sample photos: pyzbar alone, zxing-cpp alone, and the pipeline.

Targets (issue 8): the pipeline reads ≥ 90 % of all images that hold a code, more than
either decoder alone; no misread of a 1D code; nothing at all in falsepositives-1.
A misread = a decoded text other than the .txt beside the image (any code in an image
without one). Prints per folder: read/total, misreads, and time per image (median/max).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.photo_samples

Decoder = Callable[[Any], list[str]]


def _pyzbar(image: Any) -> list[str]:
    from pyzbar import pyzbar

    return [r.data.decode("utf-8", errors="replace") for r in pyzbar.decode(image)]


def _zxing(image: Any) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image)]


def measure(decoder: Decoder, samples: list[Any], images: dict[Any, Any]) -> dict[str, Any]:
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"read": 0, "total": 0, "misread": 0,
                                                          "ms": []})
    for s in samples:
        row = per[s.folder]
        start = time.perf_counter()
        texts = decoder(images[s.path]) if images[s.path] is not None else []
        row["ms"].append((time.perf_counter() - start) * 1000)
        row["total"] += s.expected is not None
        row["read"] += any(s.matches(t) for t in texts)
        row["misread"] += sum(not s.matches(t) for t in texts)
    return per


def main() -> int:
    from tests import photo_samples as sample_set

    from packstation.adapters.scanning.decode import PipelineDecoder, read_image

    samples = sample_set.load()
    images = {s.path: read_image(str(s.path)) for s in samples}
    pipeline = PipelineDecoder()
    decoders: dict[str, Decoder] = {
        "pyzbar alone": _pyzbar, "zxing-cpp alone": _zxing,
        "pipeline": lambda img: [d.text for d in pipeline.decode_still(img)]}
    totals = {}
    for name, decoder in decoders.items():
        per = measure(decoder, samples, images)
        print(f"\n== {name}")
        print(f"{'folder':<18}{'read':>9}{'rate':>8}{'misreads':>10}{'median ms':>11}"
              f"{'max ms':>9}")
        read = total = misread = 0
        for folder, row in sorted(per.items()):
            rate = f"{100 * row['read'] / row['total']:.0f} %" if row["total"] else "-"
            print(f"{folder:<18}{row['read']:>4}/{row['total']:<4}{rate:>8}{row['misread']:>10}"
                  f"{statistics.median(row['ms']):>11.1f}{max(row['ms']):>9.1f}")
            read, total, misread = read + row["read"], total + row["total"], \
                misread + row["misread"]
        totals[name] = (read, total, misread)
        print(f"{'all':<18}{read:>4}/{total:<4}{100 * read / total:>6.1f} %{misread:>10}")
    read, total, misread = totals["pipeline"]
    rate = 100 * read / total
    best_alone = max(totals["pyzbar alone"][0], totals["zxing-cpp alone"][0])
    print(f"\npipeline: {rate:.1f} % read (target ≥ 90 %), {misread} misreads (target 0), "
          f"{read} vs best single decoder {best_alone} (target: more)")
    ok = rate >= 90 and misread == 0 and read > best_alone
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
