"""Windows' "Send to" menu: a BiliDrop shortcut in the user's SendTo folder. Explorer passes
the chosen files as arguments, which go to the running window.

Written against the documented WScript.Shell shortcut API through PowerShell (no extra
package); not yet tried on a Windows machine."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

SHORTCUT_NAME = "BiliDrop.lnk"
# Paths travel in environment variables, so no quoting of them inside the script.
MAKE_SHORTCUT = (
    "$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:BILIDROP_LINK); "
    "$s.TargetPath = $env:BILIDROP_TARGET; $s.Arguments = $env:BILIDROP_ARGUMENTS; "
    "$s.IconLocation = $env:BILIDROP_TARGET; $s.Description = 'Upload with BiliDrop'; $s.Save()"
)

Runner = Callable[[list[str], dict[str, str]], None]


def no_console() -> int:
    """subprocess's creationflags for a helper that must not flash a console on Windows."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0)


def _run_powershell(command: list[str], env: dict[str, str]) -> None:
    try:
        # The command is fixed here; only the environment carries paths.
        subprocess.run(  # noqa: S603
            command,
            env=env,
            check=True,
            capture_output=True,
            timeout=30,
            creationflags=no_console(),
        )
    except (subprocess.SubprocessError, OSError) as error:
        raise OSError(f"PowerShell could not make the shortcut ({type(error).__name__})") from None


class SendTo:
    def __init__(self, folder: Path | None = None, run: Runner = _run_powershell) -> None:
        appdata = os.environ.get("APPDATA", "")
        self.folder = folder or Path(appdata, "Microsoft", "Windows", "SendTo")
        self._run = run

    @property
    def shortcut(self) -> Path:
        return self.folder / SHORTCUT_NAME

    def enabled(self) -> bool:
        return self.shortcut.exists()

    def enable(self, command: list[str]) -> None:
        """Make the shortcut to `command` (the executable, then its arguments)."""
        env = {
            **os.environ,
            "BILIDROP_LINK": str(self.shortcut),
            "BILIDROP_TARGET": command[0],
            "BILIDROP_ARGUMENTS": subprocess.list2cmdline(command[1:]),
        }
        self._run(["powershell", "-NoProfile", "-NonInteractive", "-Command", MAKE_SHORTCUT], env)

    def disable(self) -> None:
        self.shortcut.unlink(missing_ok=True)
