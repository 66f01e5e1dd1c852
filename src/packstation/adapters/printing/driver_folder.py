""""Print to a folder": every document is written as a file (PDF or ZPL) into a folder.

The demo shop's printer, so the first label prints on a PC without a label printer; also what
a shop uses to hand documents to another program. A relative folder is inside the station's
data folder (beside its database). A file is written whole or not at all (temporary + rename).
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from packstation.domain.messages import Msg
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

_EXT = {"application/pdf": "pdf", "application/x-zpl": "zpl"}
_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]+")


class FolderDriver:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def folder(self, printer: PrinterSpec) -> Path:
        given = Path(printer.address.strip()).expanduser()
        return given if given.is_absolute() else self.data_dir / given

    def check(self, printer: PrinterSpec, kind: str) -> None:
        folder = self.folder(printer)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.os", where=str(folder),
                                                     error=e.strerror or str(e))) from None
        if not os.access(folder, os.W_OK):
            raise PrintFailed(Failure.NOT_READY,
                              Msg("print.detail.not_writable", folder=str(folder)))

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        folder = self.folder(printer)
        self.check(printer, "")
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        name = _UNSAFE.sub("_", document.name) or "document"
        target = folder / f"{name}-{stamp}.{_EXT.get(document.mime, 'bin')}"
        try:
            with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".part") as tmp:
                tmp.write(document.data)
            os.replace(tmp.name, target)
        except OSError as e:
            raise PrintFailed(Failure.SEND_FAILED, Msg("print.detail.os", where=str(target),
                                                      error=e.strerror or str(e))) from None
