"""CUPS raw queues: `lp -o raw` hands the bytes (ZPL, or PDF for a PDF-capable printer) to the
queue unchanged; `lpstat` tells whether the queue exists and is enabled."""

from __future__ import annotations

import os
import subprocess

from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

_C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # lpstat's words, not translated


class CupsDriver:
    def __init__(self, lp: str = "lp", lpstat: str = "lpstat", timeout_s: float = 30.0) -> None:
        self.lp, self.lpstat, self.timeout_s = lp, lpstat, timeout_s

    def _run(self, args: list[str],
             data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(args, input=data, capture_output=True, env=_C_LOCALE,
                                  timeout=self.timeout_s, check=False)
        except FileNotFoundError:
            raise PrintFailed(Failure.NO_PRINTER, f"CUPS is not installed ({args[0]} is "
                              "missing): install cups-client") from None
        except subprocess.TimeoutExpired:
            raise PrintFailed(Failure.UNREACHABLE, "CUPS did not answer") from None

    def check(self, printer: PrinterSpec, kind: str) -> None:
        done = self._run([self.lpstat, "-p", printer.address])
        text = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
        if done.returncode != 0:
            raise PrintFailed(Failure.NO_PRINTER, f"no CUPS queue {printer.address}: {text}")
        if "disabled" in text:
            raise PrintFailed(Failure.NOT_READY, text.splitlines()[0] if text else "disabled")

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        done = self._run([self.lp, "-d", printer.address, "-o", "raw", "-t", "packstation", "-"],
                         document.data)
        if done.returncode != 0:
            text = done.stderr.decode("utf-8", "replace").strip()
            raise PrintFailed(Failure.SEND_FAILED, f"lp: {text or done.returncode}")
