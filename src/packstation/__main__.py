"""`packstation`: the GUI with no sub-command, otherwise the command-line surface."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from packstation.cli import run

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # `packstation orders | head`: the reader left, not an error
        return 0


if __name__ == "__main__":
    sys.exit(main())
