"""The bundle's entry point: the same `bilidrop` command as the installed script."""

import sys

from gui.entry import main

if __name__ == "__main__":
    sys.exit(main())
