"""Start BiliDrop when the user logs in, in the tray: an XDG autostart entry (Linux), the
per-user Run key (Windows), a LaunchAgent (macOS). Whether it is on is read back from what is
installed, never remembered apart, so the setting cannot disagree with the desktop."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from gui.common.identity import APP_ID
from gui.common.restart import windowless_python

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's Startup tab keeps "Disabled": a binary value whose first byte is odd.
APPROVED_KEY = (
    r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
)
RUN_VALUE = "BiliDrop"


def launch_command(*extra: str, platform: str = sys.platform) -> list[str]:
    """How this installation starts: the bundle's executable, the installed `bilidrop`
    script, or this Python running the package. On Windows never a console program (the
    `bilidrop.exe` of a pip or uv install is one, and so is python.exe): pythonw.exe."""
    if getattr(sys, "frozen", False) and platform == "darwin":
        return macos_login_command(Path(sys.executable), *extra)
    if getattr(sys, "frozen", False):
        return [sys.executable, *extra]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    console = platform == "win32"
    if not console and script is not None and script.stem == "bilidrop" and script.exists():
        return [str(script.resolve()), *extra]
    return [windowless_python(platform=platform), "-m", "gui", *extra]


def macos_login_command(executable: Path, *extra: str) -> list[str]:
    """The app bundle opened through `open`, as Finder would (a path inside the bundle breaks
    when the bundle moves). A bundle that macOS runs from a temporary copy (App
    Translocation, a download opened where it was) is refused: that copy is gone next time."""
    bundle = executable.parents[2] if len(executable.parents) > 2 else executable
    if "/AppTranslocation/" in str(bundle):
        raise OSError(
            "macOS runs BiliDrop from a temporary copy: move BiliDrop.app to Applications, "
            "open it from there, then turn this on"
        )
    return ["/usr/bin/open", "-a", str(bundle), "--args", *extra]


def desktop_exec(command: list[str]) -> str:
    """A desktop entry's Exec= value (quoting and escaping as the Desktop Entry spec says)."""

    def quoted(word: str) -> str:
        word = word.replace("%", "%%")
        if word and not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`="):
            return word
        for char in ("\\", '"', "`", "$"):
            word = word.replace(char, "\\" + char)
        return f'"{word}"'

    return " ".join(quoted(word) for word in command)


class Autostart:
    """The login item for this platform; the folders and the registry can be given (tests)."""

    def __init__(
        self,
        platform: str = sys.platform,
        *,
        home: Path | None = None,
        config_home: Path | None = None,
        run_key: QSettings | None = None,
        approved_key: QSettings | None = None,
    ) -> None:
        self.platform = platform
        self.home = home or Path.home()
        xdg = os.environ.get("XDG_CONFIG_HOME")
        self.config_home = config_home or (Path(xdg) if xdg else self.home / ".config")
        self._run_key = run_key
        self._approved_key = approved_key

    @property
    def supported(self) -> bool:
        return self.platform.startswith(("linux", "freebsd", "openbsd", "win32", "darwin"))

    @property
    def desktop_file(self) -> Path:
        return self.config_home / "autostart" / f"{APP_ID}.desktop"

    @property
    def launch_agent(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def run_key(self) -> QSettings:
        return self._run_key or QSettings(RUN_KEY, QSettings.Format.NativeFormat)

    def approved_key(self) -> QSettings:
        return self._approved_key or QSettings(APPROVED_KEY, QSettings.Format.NativeFormat)

    def enabled(self) -> bool:
        """What the desktop will do at the next login (Task Manager's "Disabled", a moved app
        bundle: off)."""
        if self.platform == "win32":
            return bool(self.run_key().value(RUN_VALUE, "")) and not self._disabled_by_windows()
        if self.platform == "darwin":
            return self._launch_agent_works()
        return self._desktop_file_enabled()

    def _disabled_by_windows(self) -> bool:
        state = self.approved_key().value(RUN_VALUE)
        data = bytes(state.data()) if hasattr(state, "data") else bytes(state or b"")
        return bool(data) and data[0] % 2 == 1

    def _launch_agent_works(self) -> bool:
        try:
            agent = plistlib.loads(self.launch_agent.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        arguments = agent.get("ProgramArguments") or []
        target = arguments[2] if arguments[:2] == ["/usr/bin/open", "-a"] else arguments[:1]
        return bool(target) and Path(target if isinstance(target, str) else target[0]).exists()

    def _desktop_file_enabled(self) -> bool:
        try:
            text = self.desktop_file.read_text(encoding="utf-8")
        except OSError:
            return False
        lines = {line.strip().lower() for line in text.splitlines()}
        return "hidden=true" not in lines and "x-gnome-autostart-enabled=false" not in lines

    def enable(self, command: list[str] | None = None) -> None:
        """Install the login item; OSError when it cannot be written."""
        command = command or launch_command("--minimized")
        if self.platform == "win32":
            key = self.run_key()
            key.setValue(RUN_VALUE, subprocess.list2cmdline(command))
            key.sync()
            approved = self.approved_key()  # turned on here: no longer "Disabled" either
            approved.remove(RUN_VALUE)
            approved.sync()
        elif self.platform == "darwin":
            self.launch_agent.parent.mkdir(parents=True, exist_ok=True)
            agent = {
                "Label": APP_ID,
                "ProgramArguments": command,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
            self.launch_agent.write_bytes(plistlib.dumps(agent))
        else:
            self.desktop_file.parent.mkdir(parents=True, exist_ok=True)
            self.desktop_file.write_text(
                "[Desktop Entry]\n"
                "Type=Application\n"
                "Name=BiliDrop\n"
                "Comment=Upload files to Bilibili customer service (starts in the tray)\n"
                f"Exec={desktop_exec(command)}\n"
                f"Icon={APP_ID}\n"
                "Terminal=false\n"
                "X-GNOME-Autostart-enabled=true\n",
                encoding="utf-8",
            )

    def disable(self) -> None:
        """Remove the login item (the file or the key); nothing to remove is fine."""
        if self.platform == "win32":
            key = self.run_key()
            key.remove(RUN_VALUE)
            key.sync()
        elif self.platform == "darwin":
            self.launch_agent.unlink(missing_ok=True)
        else:
            self.desktop_file.unlink(missing_ok=True)
