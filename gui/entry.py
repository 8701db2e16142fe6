"""The `bilidrop` command's entry point. `bilidrop FILE...` with a BiliDrop window of the same
kind already running only hands the files over: that path loads no Qt, no argparse, nothing
of the command line (gui/common/single_instance.py), so it ends in a few times the time of
an empty Python. Everything else is the command line (gui/cli.py)."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

WINDOW_FLAGS = ("--demo", "--minimized")


def handed_over(words: Sequence[str]) -> bool:
    """True when these words only open a window (files that exist, --demo, --minimized) and
    a running window of that kind took them; said on stdout."""
    from gui.cli_common import COMMANDS

    flags = [word for word in words if word.startswith("-")]
    files = [word for word in words if not word.startswith("-")]
    if any(flag not in WINDOW_FLAGS for flag in flags) or (files and files[0] in COMMANDS):
        return False  # a command, --help, --api-base...: the command line decides
    if not all(map(os.path.exists, files)):
        return False  # a typo, or a file that is gone: the command line words it
    from gui.common.service_kind import service_kind
    from gui.common.single_instance import hand_over

    kind = service_kind(demo="--demo" in flags, origin=None)
    try:
        if not hand_over(kind, files, show="--minimized" not in flags):
            return False
    except TimeoutError:
        return False  # the command line says so, with what to do
    if files:
        count = f"{len(files)} file" + ("" if len(files) == 1 else "s")
        print(f"bilidrop: handed {count} to the running BiliDrop window")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if handed_over(words):
        return 0
    from gui.cli import main as command_line

    return command_line(words)


if __name__ == "__main__":
    sys.exit(main())
