"""Starting BiliDrop again (after a language change): the same program, the same service,
without the files of the first start (they are in the queue or the history already)."""

from __future__ import annotations

import sys
from pathlib import Path


def window_arguments(*, demo: bool, origin: str | None) -> list[str]:
    if demo:
        return ["--demo"]
    return ["--api-base", origin] if origin else []


def windowless_python(executable: str = sys.executable, platform: str = sys.platform) -> str:
    """The Python that starts the window without a console of its own: on Windows
    pythonw.exe beside python.exe (python.exe opens a console window that must stay open
    as long as BiliDrop runs); elsewhere this one."""
    path = Path(executable)
    if platform == "win32" and path.name.lower() == "python.exe":
        windowless = path.with_name("pythonw.exe")
        if windowless.exists():
            return str(windowless)
    return executable


def restart_command(*, demo: bool, origin: str | None) -> tuple[str, list[str]]:
    """(program, arguments): the frozen app runs itself; otherwise this Python (without a
    console on Windows) runs the package (`python -m gui`), whatever script or launcher
    started this process."""
    arguments = window_arguments(demo=demo, origin=origin)
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return windowless_python(), ["-m", "gui", *arguments]


def start_again(*, demo: bool, origin: str | None) -> bool:
    """A new BiliDrop process, detached from this one (which is ending); True if it started."""
    from PySide6.QtCore import QProcess

    program, arguments = restart_command(demo=demo, origin=origin)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
