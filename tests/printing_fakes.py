"""Test helpers for printing: a loopback raw printer (TCP 9100 style), a document source
that makes known bytes, and a listener to wait for a job's state without sleeping."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

from packstation.domain.printing import MIME
from packstation.services.printing.ports import JobView, PrintData, PrintTarget


def document_bytes(order_no: str, kind: str, size: int = 4000) -> bytes:
    """A ZPL-looking job of about `size` bytes, different for every order and kind."""
    head = f"^XA^FO40,40^A0N,40,40^FD{kind} {order_no}^FS".encode()
    filler = b"".join(f"^FX{i:07d}\n".encode() for i in range(max(size - len(head), 0) // 12))
    return head + filler + b"^XZ\n"


class FakeDocuments:
    """Renders `document_bytes`, in the format and on the stock the printer asks for."""

    def __init__(self, size: int = 4000) -> None:
        self.size = size
        self.calls: list[tuple[str, str, PrintTarget]] = []
        self.lock = threading.Lock()

    def render(self, order_no: str, kind: str, target: PrintTarget) -> PrintData:
        with self.lock:
            self.calls.append((order_no, kind, target))
        return PrintData(document_bytes(order_no, kind, self.size), MIME[target.format],
                         target.media)


class LoopbackPrinter:
    """A raw printer on 127.0.0.1: keeps each complete job's bytes (connections that send
    nothing, the preflight's probes, are not jobs). `stop()` makes the port refuse;
    `drop_after(n)` makes the next job die after n bytes with a reset, and the printer vanish."""

    def __init__(self) -> None:
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.jobs: list[bytes] = []
        self.partial: list[bytes] = []
        self.cond = threading.Condition()
        self._sock: socket.socket | None = None
        self._drop_after: int | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> LoopbackPrinter:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(8)
        self._sock = sock
        threading.Thread(target=self._serve, args=(sock,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._sock is not None:
            # shutdown first: on Linux it wakes the blocked accept() and stops listening at
            # once; close() alone leaves the port accepting until accept() returns
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
            self._sock.close()
            self._sock = None

    def drop_after(self, n: int) -> None:
        self._drop_after = n

    def _serve(self, sock: socket.socket) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        data = bytearray()
        limit = self._drop_after
        while chunk := conn.recv(65536 if limit is None else 512):
            data += chunk
            if limit is not None and len(data) >= limit:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()  # reset: the printer was switched off mid-job
                self.stop()
                self._drop_after = None
                with self.cond:
                    self.partial.append(bytes(data))
                    self.cond.notify_all()
                return
        conn.close()
        if data:
            with self.cond:
                self.jobs.append(bytes(data))
                self.cond.notify_all()


class JobWatch:
    """Collects every job change the spooler reports; wait for a state with a generous cap."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.seen: dict[int, JobView] = {}
        self.history: list[JobView] = []

    def __call__(self, job: JobView) -> None:
        with self.cond:
            known = self.seen.get(job.id)
            if known is None or known.version <= job.version:
                self.seen[job.id] = job
            self.history.append(job)
            self.cond.notify_all()

    def wait(self, job_id: int, *statuses: str, timeout: float = 20.0) -> JobView:
        with self.cond:
            ok = self.cond.wait_for(lambda: job_id in self.seen and
                                    self.seen[job_id].status in statuses, timeout)
            assert ok, f"job {job_id} never became {statuses}: {self.seen.get(job_id)}"
            return self.seen[job_id]
