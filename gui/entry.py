"""The `bilidrop` command's entry point. The words that only open the window (`bilidrop
[--demo] [--minimized] [FILE...]`, the files existing) skip the command line's parser: a
start that hands its files to a running window loads no Qt, no argparse, not even `re`, and
one that opens the window saves the parser's import before its first paint. Everything
else is the command line (gui/cli.py)."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing imports `re`
if TYPE_CHECKING:
    from collections.abc import Sequence

WINDOW_FLAGS = ("--demo", "--minimized")


def window_words(words: Sequence[str]) -> tuple[set[str], list[str]] | None:
    """The flags and files when these words only open a window; None for anything the
    command line must read (a command, --help, --api-base, --self-test, a missing file)."""
    from gui.cli_common import COMMANDS

    flags = {word for word in words if word.startswith("-")}
    files = [word for word in words if not word.startswith("-")]
    if not flags <= set(WINDOW_FLAGS) or (files and files[0] in COMMANDS):
        return None
    if not all(map(os.path.exists, files)):
        return None  # a typo, or a file that is gone: the command line words it
    return flags, files


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # a windowed .exe has none: print and argparse write
        if getattr(sys, name) is None:  # to nothing instead of failing on None
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    words = list(sys.argv[1:] if argv is None else argv)
    simple = window_words(words)
    if simple is not None:
        from gui.window_start import start_window

        flags, files = simple
        return start_window(
            demo="--demo" in flags, origin=None, paths=files, minimized="--minimized" in flags
        )
    from gui.cli import main as command_line

    return command_line(words)


if __name__ == "__main__":
    sys.exit(main())
