"""A simulated Mettler Toledo MT-SICS scale on a pseudo-terminal, for tests and screenshots.

The app opens ``sim.port`` (the pty's slave, e.g. /dev/pts/5) with pyserial exactly like a
USB-serial scale; a thread answers S and SI on the master side from the scale's state.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import tty


class SimulatedScale:
    """States: stable, moving (S times out with "S I", SI says "S D"), busy ("S I"),
    overload, underload, error:ES|ET|EL, silent (never answers)."""

    def __init__(self, weight: str = "0.0", unit: str = "g") -> None:
        self.weight, self.unit, self.state = weight, unit, "stable"
        self.commands: list[str] = []
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no CR/LF translation: a plain serial line
        self.port = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="mt-sics-sim", daemon=True)
        self._thread.start()

    def set(self, weight: str, state: str = "stable") -> None:
        self.weight, self.state = weight, state

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> SimulatedScale:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def answer(self, command: str) -> str | None:
        value = f"{self.weight:>10} {self.unit}"
        if command not in ("S", "SI"):
            return "ES"
        state = self.state
        if state == "silent":
            return None
        if state.startswith("error:"):
            return state.split(":", 1)[1]
        if state in ("overload", "underload"):
            return f"{command} {'+' if state == 'overload' else '-'}"
        if state == "busy" or (state == "moving" and command == "S"):
            return f"{command} I"
        return f"S {'D' if state == 'moving' else 'S'} {value}"

    def _serve(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                buffer += os.read(self._master, 256)
            except OSError:
                return
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                command = line.strip().decode("ascii", errors="replace")
                self.commands.append(command)
                reply = self.answer(command)
                if reply is not None:
                    os.write(self._master, reply.encode("ascii") + b"\r\n")
