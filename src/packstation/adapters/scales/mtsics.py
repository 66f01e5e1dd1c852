"""Mettler Toledo MT-SICS over a serial line (pyserial): ``S`` (stable weight), ``SI``
(immediate weight).

Answers, one line each, ending CR LF::

    S S     1234.5 g     stable weight            S D     1230.0 g   still moving (SI only)
    S I                  cannot weigh now         S +  /  S -        over / under the range
    ES / ET / EL         syntax / transmission / logical error
"""

from __future__ import annotations

from typing import Any

from packstation.domain.weighing import ScaleError, ScaleReading, to_grams

_ERRORS = {"ES": "scale.command_not_understood", "ET": "scale.transmission_error",
           "EL": "scale.command_refused"}


def parse_response(line: str) -> ScaleReading:
    """One MT-SICS answer to S or SI as a reading, or a ScaleError saying what is wrong."""
    parts = line.strip().split()
    if not parts:
        raise ScaleError("no_answer", "scale.no_weight")
    if parts[0] in _ERRORS:
        raise ScaleError("error", _ERRORS[parts[0]], answer=parts[0])
    if parts[0] not in ("S", "SI") or len(parts) < 2:
        raise ScaleError("error", "scale.unreadable_answer", answer=line.strip()[:40])
    status = parts[1]
    if status == "I":
        raise ScaleError("unstable", "scale.unstable")
    if status == "+":
        raise ScaleError("overload", "scale.overload")
    if status == "-":
        raise ScaleError("underload", "scale.underload")
    if status not in ("S", "D") or len(parts) < 4:
        raise ScaleError("error", "scale.unreadable_answer", answer=line.strip()[:40])
    return ScaleReading(to_grams(parts[2], parts[3]), stable=status == "S")


class MtSicsScale:
    def __init__(self, port: str, baud: int = 9600, timeout_s: float = 3.0,
                 serial_factory: Any = None) -> None:
        self.port, self.baud, self.timeout_s = port, baud, timeout_s
        self._factory = serial_factory

    def read(self) -> ScaleReading:
        """The stable weight (``S``): the scale itself waits until it settles."""
        return self.ask("S")

    def read_now(self) -> ScaleReading:
        """The weight right now (``SI``), stable or not."""
        return self.ask("SI")

    def ask(self, command: str) -> ScaleReading:
        import serial

        try:
            with self._open() as line:
                line.reset_input_buffer()
                line.write(command.encode("ascii") + b"\r\n")
                line.flush()
                answer = line.read_until(b"\n")
        except (serial.SerialException, OSError) as exc:  # unplugged while asking
            raise ScaleError("missing", "scale.stopped_answering", port=self.port,
                             detail=str(exc)[:120]) from None
        if not answer.endswith(b"\n"):
            raise ScaleError("no_answer", "scale.no_answer", port=self.port)
        return parse_response(answer.decode("ascii", errors="replace"))

    def _open(self) -> Any:
        import serial

        factory = self._factory or serial.Serial
        try:
            return factory(self.port, self.baud, timeout=self.timeout_s,
                           write_timeout=self.timeout_s)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise ScaleError("missing", "scale.missing", port=self.port,
                             detail=str(exc)[:120]) from None
