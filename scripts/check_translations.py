"""Check the translations after lupdate (scripts/update_translations.sh runs it).

resources/translations/packstation_ja.ts is the one source of the Japanese: translate it in Qt
Linguist (pyside6-linguist, phrase book glossary.qph) or by hand in the XML. This script
- writes packstation_en.ts from it: English is the source text, so every entry is its own
  translation and lrelease makes a complete English .qm;
- exits 1 naming every Japanese entry still unfinished or empty, with a %1/%n placeholder the
  English does not have (leaving one out is allowed: Qt Linguist warns about it, and a code
  word a Japanese reader can't use may be dropped), or whose {name} fields (the message
  catalogue's templates, domain/messages) are not exactly the English ones.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parents[1] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")  # Qt's: QString-style %1 and the plural %n
FIELD = re.compile(r"\{(\w+)\}")  # the message catalogue's (domain/messages): {order_no}


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def problems(ja_ts: Path) -> list[str]:
    """'Context|source: what is wrong' for every Japanese entry that is not done."""
    out = []
    for ctx in ET.parse(ja_ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            texts = _texts(tr) if tr is not None else [""]
            comment = msg.findtext("comment")
            key = f"{name}|{source}" + (f" ({comment})" if comment else "")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                out.append(f"{key}: unfinished")
            elif not all(t.strip() for t in texts):
                out.append(f"{key}: empty")
            elif any(not set(PLACEHOLDER.findall(t)) <= set(PLACEHOLDER.findall(source))
                     for t in texts):
                out.append(f"{key}: a placeholder (%1, %n...) the English does not have")
            elif any(set(FIELD.findall(t)) != set(FIELD.findall(source)) for t in texts):
                out.append(f"{key}: its {{fields}} differ from the English")
    return out


def _x(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def english(ja_ts: Path) -> str:
    """The English .ts (in lupdate's own layout): the messages of ja_ts, each translated as
    its source text; numerus messages get English's two forms."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en_US">']
    for ctx in ET.parse(ja_ts).getroot().iter("context"):
        lines += ["<context>", f"    <name>{_x(ctx.findtext('name') or '')}</name>"]
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            numerus = msg.get("numerus") == "yes"
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            lines.append(f"        <source>{_x(source)}</source>")
            for tag in ("comment", "extracomment"):
                if msg.find(tag) is not None:
                    lines.append(f"        <{tag}>{_x(msg.findtext(tag) or '')}</{tag}>")
            if numerus:
                lines += ["        <translation>",
                          *[f"            <numerusform>{_x(source)}</numerusform>"] * 2,
                          "        </translation>"]
            else:
                lines.append(f"        <translation>{_x(source)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main() -> int:
    ja = TS / "packstation_ja.ts"
    (TS / "packstation_en.ts").write_text(english(ja), encoding="utf-8")
    found = problems(ja)
    for p in found:
        print(f"packstation_ja.ts: {p}", file=sys.stderr)
    if found:
        print(f"{len(found)} to translate: pyside6-linguist resources/translations/{ja.name} "
              "(Phrases > Open Phrase Book: glossary.qph)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
