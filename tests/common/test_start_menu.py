"""Windows' Start-menu shortcut that carries BiliDrop's AppUserModelID: made when missing,
mended when the install moved, left alone otherwise; and pywin32's steps in the order COM
needs them (the property committed before the link is saved). No Windows here: pywin32's
modules are stand-ins that record what is asked of them."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from gui.common.identity import APP_ID
from gui.common.start_menu import (
    SHORTCUT_NAME,
    Pywin32Shortcuts,
    Shortcut,
    StartMenu,
    ensure_start_menu_shortcut,
    programs_folder,
)


class FakeShortcuts:
    def __init__(self) -> None:
        self.written: list[tuple[Path, Shortcut]] = []

    def read(self, path: Path) -> tuple[str, str] | None:
        kept = next((s for p, s in reversed(self.written) if p == path), None)
        return (kept.target, kept.arguments) if kept else None

    def write(self, path: Path, shortcut: Shortcut) -> None:
        path.write_bytes(b"lnk")
        self.written.append((path, shortcut))


def test_made_once_then_mended_when_the_install_moves(tmp_path: Path) -> None:
    shortcuts = FakeShortcuts()
    menu = StartMenu(tmp_path / "Programs", shortcuts)
    assert menu.ensure([r"C:\Apps\BiliDrop\BiliDrop.exe"])
    assert not menu.ensure([r"C:\Apps\BiliDrop\BiliDrop.exe"])  # as it is: left alone
    assert menu.ensure([r"D:\BiliDrop\pythonw.exe", "-m", "gui"])  # moved: mended
    assert [s.target for _, s in shortcuts.written] == [
        r"C:\Apps\BiliDrop\BiliDrop.exe",
        r"D:\BiliDrop\pythonw.exe",
    ]
    assert shortcuts.written[-1][1].arguments == "-m gui"
    assert shortcuts.written[-1][1].app_id == APP_ID
    assert menu.path == tmp_path / "Programs" / SHORTCUT_NAME


def test_a_shortcut_that_cannot_be_made_never_stops_a_start(tmp_path: Path) -> None:
    class Broken(FakeShortcuts):
        def write(self, path: Path, shortcut: Shortcut) -> None:
            raise RuntimeError("com_error: access denied")

    assert not StartMenu(tmp_path, Broken()).ensure(["BiliDrop.exe"])


def test_the_folder_is_the_users_start_menu() -> None:
    folder = programs_folder({"APPDATA": r"C:\Users\u\AppData\Roaming"})
    assert folder.parts[-4:] == ("Microsoft", "Windows", "Start Menu", "Programs")
    assert ensure_start_menu_shortcut("linux") is False  # elsewhere: nothing at all


class Recorder:
    """An object whose every method call is written down in `calls` by name; QueryInterface
    answers with `interfaces[iid]`."""

    def __init__(
        self, name: str, calls: list[tuple[Any, ...]], interfaces: dict[str, Any] | None = None
    ) -> None:
        self._name, self._calls, self._interfaces = name, calls, interfaces or {}

    def QueryInterface(self, interface: str) -> Any:
        self._calls.append((f"{self._name}.QueryInterface", interface))
        return self._interfaces[interface]

    def __getattr__(self, method: str) -> Any:
        def call(*args: Any) -> None:
            self._calls.append((f"{self._name}.{method}", *args))

        return call


def test_pywin32_steps_set_the_id_and_commit_it_before_saving(tmp_path: Path) -> None:
    calls: list[tuple[Any, ...]] = []
    persist = Recorder("file", calls)
    store = Recorder("store", calls)
    link = Recorder("link", calls, {"IID_IPropertyStore": store, "IID_IPersistFile": persist})

    def create(*args: Any) -> Recorder:
        calls.append(("CoCreateInstance", *args))
        return link

    pythoncom = SimpleNamespace(
        CoInitialize=lambda: calls.append(("CoInitialize",)),
        CoCreateInstance=create,
        CLSCTX_INPROC_SERVER=1,
        IID_IPersistFile="IID_IPersistFile",
        VT_LPWSTR=31,
    )
    propsys = SimpleNamespace(
        IID_IPropertyStore="IID_IPropertyStore",
        PROPVARIANTType=lambda value, kind: ("PROPVARIANT", value, kind),
    )
    modules = {
        "pythoncom": pythoncom,
        "shell": SimpleNamespace(
            CLSID_ShellLink="CLSID_ShellLink", IID_IShellLink="IID_IShellLink"
        ),
        "propsys": propsys,
        "pscon": SimpleNamespace(PKEY_AppUserModel_ID="PKEY_AppUserModel_ID"),
    }
    target = tmp_path / "BiliDrop.lnk"
    Pywin32Shortcuts(modules).write(target, Shortcut(r"C:\B\BiliDrop.exe", "--minimized"))
    names = [call[0] for call in calls]
    assert names[:2] == ["CoInitialize", "CoCreateInstance"]
    assert calls[1][1] == "CLSID_ShellLink"
    assert ("link.SetPath", r"C:\B\BiliDrop.exe") in calls
    assert ("link.SetArguments", "--minimized") in calls
    assert (
        "store.SetValue",
        "PKEY_AppUserModel_ID",
        ("PROPVARIANT", APP_ID, 31),
    ) in calls
    assert names.index("store.SetValue") < names.index("store.Commit") < names.index("file.Save")
    assert calls[-1] == ("file.Save", str(target), 0)
