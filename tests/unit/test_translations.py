"""packstation_ja.ts is the one source of the Japanese: every UI string in the code has its
entry there (lupdate was run), every entry is translated, and the English file matches."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"

Key = tuple[str, str, str]  # context, source, disambiguation


def _messages(path: Path) -> dict[Key, ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name") or "", msg.findtext("source") or "",
                   msg.findtext("comment") or "")
            out[key] = msg
    return out


def _text(msg: ET.Element) -> str:
    return msg.findtext("translation/numerusform") or msg.findtext("translation") or ""


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "scripts" / "check_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_its_entry_in_the_japanese_file(tmp_path: Path) -> None:
    fresh = tmp_path / "ja.ts"
    shutil.copy(TS / "packstation_ja.ts", fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "src" / "packstation").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts",
                    str(fresh)], check=True, capture_output=True)
    found = _messages(fresh)
    assert len(found) > 50
    missing = sorted(set(found) - set(_messages(TS / "packstation_ja.ts")))
    assert missing == [], "run scripts/update_translations.sh, then translate the new entries"


def test_every_japanese_entry_is_translated() -> None:
    problems = _checker().problems(TS / "packstation_ja.ts")
    assert problems == [], "translate them in packstation_ja.ts (scripts/update_translations.sh)"


def test_the_check_names_unfinished_empty_and_wrong_placeholder_entries(
        tmp_path: Path) -> None:
    ts = tmp_path / "ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ja_JP"><context>'
        "<name>C</name>"
        "<message><source>New</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Blank</source><translation> </translation></message>"
        "<message><source>Row %1</source><translation>%2行目</translation></message>"
        "<message><source>row {row}</source><translation>{line}行目</translation></message>"
        "<message><source>Save</source><comment>file</comment>"
        "<translation>保存</translation></message>"
        '<message numerus="yes"><source>%n box(es)</source>'
        "<translation><numerusform></numerusform></translation></message>"
        "</context></TS>", encoding="utf-8")
    assert _checker().problems(ts) == [
        "C|New: unfinished", "C|Blank: empty",
        "C|Row %1: a placeholder (%1, %n...) the English does not have",
        "C|row {row}: its {fields} differ from the English",
        "C|%n box(es): empty"]


def test_japanese_uses_warehouse_vocabulary() -> None:
    ja = {(ctx, src): _text(msg)
          for (ctx, src, _d), msg in _messages(TS / "packstation_ja.ts").items()}
    assert ja["MainWindow", "Packer"] == "作業者"
    assert ja["Status", "Shipped"] == "出荷済"
    assert ja["PackColumns", "Scanned"] == "検品済"
    assert ja["CarrierLayoutDialog", "Save (Enter)"] == "保存 (Enter)"
    assert ja["MisShipmentDialog", "Save (Enter)"] == "登録 (Enter)"  # a report is registered
    assert all(t and t != s for (_c, s), t in ja.items()
               if s.isascii() and any(c.isalpha() for c in s)
               and s not in {"OK", "UTF-8"} and not s.startswith("packstation")), \
        "an English string left as its own Japanese translation"


def test_japanese_sentences_use_full_width_colons_and_question_marks() -> None:
    import re
    half = re.compile(r"[\u3040-\u30ff\u3400-\u9fff」）][:?]")
    assert [t for msg in _messages(TS / "packstation_ja.ts").values()
            if half.search(t := _text(msg))] == []


def test_the_phrase_book_agrees_with_the_japanese_file() -> None:
    phrases = {p.findtext("source") or "": p.findtext("target") or ""
               for p in ET.parse(TS / "glossary.qph").getroot().iter("phrase")}
    assert len(phrases) >= 30
    ja = _messages(TS / "packstation_ja.ts")
    used = [(key, phrases[key[1]], _text(msg)) for key, msg in ja.items() if key[1] in phrases]
    assert len(used) >= 10
    assert [u for u in used if u[1] not in u[2]] == []


def test_english_file_is_the_source_text_for_every_japanese_entry() -> None:
    en = _messages(TS / "packstation_en.ts")
    assert set(en) == set(_messages(TS / "packstation_ja.ts"))
    assert [key for key, msg in en.items() if _text(msg) != key[1]] == []
    assert (TS / "packstation_en.ts").read_text(encoding="utf-8") == \
        _checker().english(TS / "packstation_ja.ts"), "run scripts/update_translations.sh"
