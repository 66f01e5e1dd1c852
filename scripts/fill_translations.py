"""Fill the .ts files after lupdate: English = the source text; Japanese from the glossary in
scripts/ja_terms*.py (keyed by "Context|source" or by source alone). Exits 1 while any
Japanese entry is still unfinished, naming it, so a new UI string can't ship untranslated."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "src" / "packstation" / "resources" / "translations"


def _terms() -> dict[str, str]:
    """scripts/ja_terms.py plus one scripts/ja_terms_<feature>.py per feature."""
    terms: dict[str, str] = {}
    for path in sorted((ROOT / "scripts").glob("ja_terms*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        terms.update(module.TERMS)
    return terms


def _fill(path: Path, lookup: dict[str, str] | None) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            text = source if lookup is None else lookup.get(f"{name}|{source}",
                                                             lookup.get(source))
            if text is None:
                if tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                    missing.append(f"{name}|{source}")
                continue
            _set(msg, tr, text)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _set(msg: ET.Element, tr: ET.Element, text: str) -> None:
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = text


def main() -> int:
    _fill(TS / "packstation_en.ts", None)
    missing = _fill(TS / "packstation_ja.ts", _terms())
    for m in missing:
        print(f"untranslated (ja): {m}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
