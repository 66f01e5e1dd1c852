"""The frozen build's entry point (PyInstaller): the same `packstation` command as the wheel."""

import sys

from packstation.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
