"""`python -m gui`: the same as the `bilidrop` command (how a restart starts it again)."""

import sys

from gui.entry import main

sys.exit(main())
