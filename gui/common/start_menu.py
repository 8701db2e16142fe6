"""Windows: BiliDrop in the Start menu, its shortcut carrying BiliDrop's AppUserModelID. That
property is what lets Windows name the notifications "BiliDrop" and bring them back from the
Action Center: an app not installed by a package has no other way (the process's own ID,
gui/common/process.py, must match one a Start-menu shortcut carries). Made at start, off the
GUI thread, when it is missing or points at another program (the install moved).

WScript.Shell (as "Send to" uses) cannot set the property; IShellLink with IPropertyStore
can, through pywin32. Written against the documented COM interfaces; not yet run on Windows:
tests check the steps and their order with stand-ins for pywin32's modules."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from gui.common.identity import APP_ID

SHORTCUT_NAME = "BiliDrop.lnk"


@dataclass(frozen=True)
class Shortcut:
    target: str
    arguments: str
    description: str = "Upload files to Bilibili customer service"
    app_id: str = APP_ID


class Shortcuts(Protocol):
    def read(self, path: Path) -> tuple[str, str] | None: ...  # target, arguments
    def write(self, path: Path, shortcut: Shortcut) -> None: ...


def programs_folder(environ: os._Environ[str] | dict[str, str] = os.environ) -> Path:
    return Path(environ.get("APPDATA", ""), "Microsoft", "Windows", "Start Menu", "Programs")


class StartMenu:
    def __init__(self, folder: Path | None = None, shortcuts: Shortcuts | None = None) -> None:
        self.folder = folder or programs_folder()
        self._shortcuts = shortcuts

    @property
    def path(self) -> Path:
        return self.folder / SHORTCUT_NAME

    def ensure(self, command: list[str]) -> bool:
        """Make or mend the shortcut to `command`; True when it was written. Never raises:
        without it BiliDrop works, only its toasts say less."""
        wanted = Shortcut(command[0], subprocess.list2cmdline(command[1:]))
        try:
            shortcuts = self._shortcuts or Pywin32Shortcuts()
            if self.path.exists() and shortcuts.read(self.path) == (
                wanted.target,
                wanted.arguments,
            ):
                return False
            self.folder.mkdir(parents=True, exist_ok=True)
            shortcuts.write(self.path, wanted)
        except Exception:  # COM errors come as pywintypes.com_error, among others
            return False
        return True


class Pywin32Shortcuts:
    """IShellLinkW for the target, IPropertyStore for System.AppUserModel.ID, IPersistFile
    to save; `modules` are pythoncom, win32com.shell.shell and win32com.propsys.propsys /
    pscon (stand-ins in tests)."""

    def __init__(self, modules: dict[str, Any] | None = None) -> None:
        if modules is None:
            import pythoncom  # type: ignore[import-not-found,import-untyped,unused-ignore]
            from win32com.propsys import propsys, pscon  # type: ignore[import-not-found,import-untyped,unused-ignore]
            from win32com.shell import shell  # type: ignore[import-not-found,import-untyped,unused-ignore]

            modules = {"pythoncom": pythoncom, "shell": shell, "propsys": propsys, "pscon": pscon}
        self.com, self.shell = modules["pythoncom"], modules["shell"]
        self.propsys, self.pscon = modules["propsys"], modules["pscon"]

    def _link(self) -> Any:
        com = self.com
        com.CoInitialize()  # this thread's COM apartment (a worker's, not the GUI's)
        return com.CoCreateInstance(
            self.shell.CLSID_ShellLink, None, com.CLSCTX_INPROC_SERVER, self.shell.IID_IShellLink
        )

    def read(self, path: Path) -> tuple[str, str] | None:
        link = self._link()
        link.QueryInterface(self.com.IID_IPersistFile).Load(str(path))
        return link.GetPath(0)[0], link.GetArguments()

    def write(self, path: Path, shortcut: Shortcut) -> None:
        com = self.com
        link = self._link()
        link.SetPath(shortcut.target)
        link.SetArguments(shortcut.arguments)
        link.SetIconLocation(shortcut.target, 0)
        link.SetDescription(shortcut.description)
        link.SetWorkingDirectory(str(Path(shortcut.target).parent))
        store = link.QueryInterface(self.propsys.IID_IPropertyStore)
        value = self.propsys.PROPVARIANTType(shortcut.app_id, com.VT_LPWSTR)
        store.SetValue(self.pscon.PKEY_AppUserModel_ID, value)
        store.Commit()  # the property is part of the link only once committed, before saving
        link.QueryInterface(com.IID_IPersistFile).Save(str(path), 0)


def ensure_start_menu_shortcut(platform: str = sys.platform) -> bool:
    """At each start on Windows (a worker thread's job: COM and a file write); True when
    the shortcut was written."""
    if platform != "win32":
        return False
    from gui.common.autostart import launch_command

    return StartMenu().ensure(launch_command())
