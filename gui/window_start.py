"""Opening the window: hand the files to a running window of the same kind, or start one.
The hand-over loads nothing heavy (gui/common/single_instance.py); the window's modules load
only when this start opens the window itself."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing imports `re`: this module is on the hand-over's path
if TYPE_CHECKING:
    from collections.abc import Sequence
    from os import PathLike

EXIT_OK, EXIT_FAILED = 0, 1  # as gui/cli_common.py says them


def start_window(
    *,
    demo: bool,
    origin: str | None,
    paths: Sequence[str | PathLike[str]],
    minimized: bool,
    request: str = "",
) -> int:
    from gui.common.service_kind import service_kind
    from gui.common.single_instance import hand_over_words

    kind = service_kind(demo=demo, origin=origin)
    try:
        token = "" if minimized else os.environ.get("XDG_ACTIVATION_TOKEN", "")
        words = hand_over_words(kind, paths, show=not minimized, request=request, token=token)
        if words is not None:
            if words:  # the window's words, in its language
                from gui.cli_common import utf8_output

                utf8_output()  # redirected: UTF-8 whatever the code page
                print(words)
            return EXIT_OK
    except TimeoutError as error:
        print(f"bilidrop: {error}; close it or wait, then try again", file=sys.stderr)
        return EXIT_FAILED
    from pathlib import Path

    from gui.app import run
    from gui.common.window_options import WindowOptions

    return run(WindowOptions(demo, origin, [Path(p) for p in paths], minimized, request))
