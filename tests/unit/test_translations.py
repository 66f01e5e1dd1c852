"""Both languages complete for every screen: every UI string in the code has its Japanese."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "src" / "packstation" / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = msg
    return out


def test_lupdate_finds_no_string_missing_from_the_japanese_file(tmp_path: Path) -> None:
    fresh = tmp_path / "ja.ts"
    shutil.copy(TS / "packstation_ja.ts", fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "src" / "packstation" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    messages = _messages(fresh)
    assert len(messages) > 50
    unfinished = [key for key, msg in messages.items()
                  if msg.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == [], "run scripts/update_translations.sh and add to scripts/ja_terms.py"


def test_japanese_uses_warehouse_vocabulary() -> None:
    ja = {src: (msg.findtext("translation") or msg.findtext("translation/numerusform") or "")
          for (_ctx, src), msg in _messages(TS / "packstation_ja.ts").items()}
    assert ja["Packer"] == "作業者"
    assert ja["Shipped"] == "出荷済"
    assert ja["Scanned"] == "検品済"
    assert all(t and t != s for s, t in ja.items() if s.isascii() and any(c.isalpha() for c in s)
               and s not in {"OK"} and not s.startswith("packstation")), \
        "an English string left as its own Japanese translation"


def test_english_file_is_complete_too() -> None:
    en = _messages(TS / "packstation_en.ts")
    ja = _messages(TS / "packstation_ja.ts")
    assert set(en) == set(ja)
