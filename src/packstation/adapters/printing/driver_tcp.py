"""Raw TCP printing (port 9100, "JetDirect"): the bytes go to the printer as they are.

A job counts as printed only when every byte was sent and the printer closed the connection in
order (or kept quiet for a moment after our end-of-data). A reset or a broken pipe at any point
means the printer went away mid-job: the job fails and waits for a retry, which sends the whole
document again.
"""

from __future__ import annotations

import socket

from packstation.domain.printing import Failure, PrinterSpec, PrintFailed, tcp_address
from packstation.services.printing.ports import PrintData


class TcpDriver:
    def __init__(self, connect_timeout_s: float = 3.0, send_timeout_s: float = 30.0,
                 settle_s: float = 2.0) -> None:
        self.connect_timeout_s = connect_timeout_s
        self.send_timeout_s = send_timeout_s
        self.settle_s = settle_s  # how long to wait for the printer's close after our EOF

    def _connect(self, printer: PrinterSpec) -> socket.socket:
        try:
            host, port = tcp_address(printer.address)
        except ValueError as exc:
            raise PrintFailed(Failure.NO_PRINTER, str(exc)) from None
        where = f"{host}:{port}"
        try:
            return socket.create_connection((host, port), timeout=self.connect_timeout_s)
        except socket.gaierror:
            raise PrintFailed(Failure.NO_PRINTER, f"unknown host {host}") from None
        except ConnectionRefusedError:
            raise PrintFailed(Failure.UNREACHABLE, f"{where} refused the connection") from None
        except TimeoutError:
            raise PrintFailed(Failure.UNREACHABLE, f"{where} did not answer") from None
        except OSError as exc:
            raise PrintFailed(Failure.UNREACHABLE, f"{where}: {exc.strerror or exc}") from None

    def check(self, printer: PrinterSpec, kind: str) -> None:
        """Reachable: a connection opens. (Raw printers report no media over 9100.)"""
        self._connect(printer).close()

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        sock = self._connect(printer)
        sent = False
        try:
            sock.settimeout(self.send_timeout_s)
            sock.sendall(document.data)
            sock.shutdown(socket.SHUT_WR)  # end of job: the printer sees EOF
            sent = True
            sock.settimeout(self.settle_s)
            while sock.recv(4096):  # status bytes some printers send back: read and drop
                pass
        except TimeoutError:
            if not sent:
                raise PrintFailed(Failure.SEND_FAILED, f"{printer.address} stopped taking "
                                  "data (paper out or jammed?)") from None
            # every byte is out and the printer keeps the line open: delivered
        except OSError as exc:  # reset, broken pipe: the printer went away mid-job
            raise PrintFailed(Failure.SEND_FAILED, f"{printer.address}: "
                              f"{exc.strerror or type(exc).__name__} during the job") from None
        finally:
            sock.close()
