"""`packstation decode IMAGE… --json`: the camera scanner's decode pipeline on still images."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

Handler = Any


def add_commands(sub: Any) -> dict[str, Handler]:
    decode = sub.add_parser("decode", help="decode barcodes in image files")
    decode.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    decode.add_argument("--json", action="store_true")
    return {"decode": _decode}


def _decode(args: argparse.Namespace) -> int:
    from packstation.bootstrap import barcode_decoder
    from packstation.services.packing import camera

    decoder, read_image = barcode_decoder()
    results = camera.decode_files(decoder, read_image, args.images)
    if args.json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
        return 0
    for entry in results:
        codes = entry["codes"]
        assert isinstance(codes, list)
        found = "; ".join(f"{c['symbology']} {c['text']!r}" for c in codes) or "no code"
        print(f"{entry['file']}: {found}")
    return 0
