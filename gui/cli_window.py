"""`bilidrop [--demo | --api-base URL] [--minimized] [FILE...]`: the window, or the files
handed to the window of the same kind that is already running."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gui.cli_common import fail_usage
from gui.common.window_options import WindowOptions
from gui.i18n import tr


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "check this installation offscreen: window, built-in emulator, one upload; exit 0 "
            "if all works"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr("open the window on a built-in emulator, signed in as a demo account"),
    )
    parser.add_argument(
        "--api-base",
        metavar="URL",
        help=tr(
            "open the window on one origin serving every endpoint, e.g. an emulator's "
            "http://127.0.0.1:PORT (default: the real Bilibili services)"
        ),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=tr("start in the tray without showing the window (shown when there is no tray)"),
    )


def add_file_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help=tr(
            "files or folders to upload: given to the running window of the same kind, or "
            "queued in a new one"
        ),
    )


def window_options(args: argparse.Namespace) -> WindowOptions | int:
    """The options, or the usage error's exit status (said on stderr)."""
    if args.demo and args.api_base:
        return fail_usage(tr("--demo and --api-base choose different services: give one"))
    origin = None
    if args.api_base:
        from gui.bili.origins import OriginError, normalise_origin

        try:
            origin = normalise_origin(args.api_base)
        except OriginError as error:
            return fail_usage(str(error))
    files = list(getattr(args, "files", []) or [])
    return WindowOptions(args.demo, origin, files, args.minimized)


def run_window(args: argparse.Namespace) -> int:
    if args.self_test:
        from gui.self_test import run as self_test

        return self_test()
    return _start(args)


def _start(args: argparse.Namespace, request: str = "") -> int:
    options = window_options(args)
    if isinstance(options, int):
        return options
    from gui.window_start import start_window

    return start_window(
        demo=options.demo,
        origin=options.origin,
        paths=options.paths,
        minimized=options.minimized,
        request=request,
    )


def add_capture_command(commands: Any) -> None:
    capture = commands.add_parser(
        "capture",
        help=tr("capture the screen and upload it in the running window (bind it to a key)"),
        description=tr(
            "Asks the running BiliDrop window of this service to capture, as its global "
            "shortcut does, and starts one (in the tray) when none runs; the link ends on the "
            "clipboard. For desktops where BiliDrop cannot take global keys itself (Wayland, "
            "macOS): bind this command in the desktop's keyboard shortcut settings."
        ),
    )
    what = capture.add_mutually_exclusive_group()
    for flag, words in (
        ("--region", tr("drag a rectangle or click a window (the default)")),
        ("--window", tr("click the window to take")),
        ("--screen", tr("take the whole screen under the pointer at once")),
        ("--clipboard", tr("upload what is on the clipboard instead")),
    ):
        what.add_argument(
            flag, dest="mode", action="store_const", const=flag.removeprefix("--"), help=words
        )
    capture.set_defaults(mode="region")
    capture.add_argument(
        "--demo", action="store_true", help=tr("the window on the built-in emulator")
    )
    capture.add_argument("--api-base", metavar="URL", help=tr("the window on this origin"))


def run_capture(args: argparse.Namespace) -> int:
    args.minimized = True  # a window started for a capture stays out of the picture
    return _start(args, request=f"capture-{args.mode}")
