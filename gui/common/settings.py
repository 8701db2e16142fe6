"""Settings that persist between runs, in the platform's config location (QSettings)."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, Self, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from gui.bili.proxy import Proxy, ProxyError, ProxyMode
from gui.common.link_formats import DEFAULT_TEMPLATE, LinkFormat
from gui.hotkeys.names import DEFAULTS as HOTKEY_DEFAULTS
from gui.hotkeys.names import Hotkey
from gui.i18n import Language

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class _Setting(Generic[T]):
    """One key of a Settings object: read with a default and a check, written as given."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, settings: None, owner: type) -> Self: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> T | Self:
        if settings is None:
            return self
        return self.read(settings.store.value(self.key, self.default))

    def __set__(self, settings: Settings, value: T) -> None:
        settings.store.setValue(self.key, self.check(value))

    def read(self, raw: object) -> T:
        return raw  # type: ignore[return-value]

    def check(self, value: T) -> T:
        return value


class _Int(_Setting[int]):
    """An integer kept within `low`..`high` (the dialog's spin box reads the same range)."""

    def __init__(self, key: str, default: int, low: int, high: int) -> None:
        super().__init__(key, default)
        self.low, self.high = low, high

    def read(self, raw: object) -> int:
        try:
            value = int(str(raw))
        except ValueError:
            return self.default
        return min(max(value, self.low), self.high)

    def check(self, value: int) -> int:
        return int(value)


class _Bool(_Setting[bool]):
    def read(self, raw: object) -> bool:
        # INI files give the text back, native stores the value.
        return raw.lower() in ("1", "true", "yes") if isinstance(raw, str) else bool(raw)

    def check(self, value: bool) -> bool:
        return bool(value)


class _Choice(_Setting[E]):
    """One of an enum's members, read back as the member (an unknown value: the default)."""

    def __init__(self, key: str, default: E) -> None:
        super().__init__(key, default)
        self.choices: tuple[E, ...] = tuple(type(default))

    def read(self, raw: object) -> E:
        try:
            return type(self.default)(str(raw))
        except ValueError:
            return self.default

    def check(self, value: E) -> E:
        if value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return type(self.default)(value)


class _Text(_Setting[str]):
    def read(self, raw: object) -> str:
        return str(raw) if raw is not None else self.default

    def check(self, value: str) -> str:
        return str(value)


class ManyFiles(StrEnum):
    """How a drop of a folder or of several files is sent."""

    EACH = "each"  # each file its own row and link
    ZIP = "zip"  # one zip, one link (what customer service asks for a logs folder)
    ASK = "ask"  # ask at each such drop


class Settings:
    """Typed access to the settings; never holds credentials."""

    parallel_uploads = _Int("uploads/parallel", 3, 1, 8)
    heartbeat_interval = _Int("connection/heartbeat_interval", 30, 5, 3600)  # seconds, online
    many_files = _Choice("uploads/many_files", ManyFiles.EACH)
    auto_copy = _Bool("links/auto_copy", True)
    link_format = _Choice("links/format", LinkFormat.URL)
    link_template = _Text("links/template", DEFAULT_TEMPLATE)  # for LinkFormat.CUSTOM
    language = _Choice("window/language", Language.SYSTEM)  # read at start
    keep_in_tray = _Bool("window/keep_in_tray", True)  # closing leaves the app in the tray
    notify = _Bool("window/notify", True)  # when an upload ends with the window in the back
    told_about_tray = _Bool("window/told_about_tray", False)  # the first close said it, once
    last_folder = _Text("window/last_folder", "")  # where Add files… opened last
    # The proxy: "system", "none" or "manual" (its URL and user here, its password in the
    # keyring).
    proxy_mode = _Choice("network/proxy", ProxyMode.SYSTEM)
    proxy_url = _Text("network/proxy_url", "")
    proxy_user = _Text("network/proxy_user", "")
    # Global shortcuts, as Qt's portable text ("Ctrl+Alt+X"); "" for none.
    capture_hotkey = _Text("hotkeys/capture", HOTKEY_DEFAULTS[Hotkey.CAPTURE])
    clipboard_hotkey = _Text("hotkeys/clipboard", HOTKEY_DEFAULTS[Hotkey.CLIPBOARD])

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("BiliDrop", "BiliDrop")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def proxy(self) -> Proxy:
        """The proxy as chosen (without its password, which the keyring holds)."""
        mode = self.proxy_mode
        if mode is not ProxyMode.MANUAL:
            return Proxy(mode)
        try:
            return Proxy.manual(self.proxy_url, self.proxy_user)
        except ProxyError:  # edited by hand into something unusable: the system's then
            return Proxy()

    @proxy.setter
    def proxy(self, proxy: Proxy) -> None:
        self.proxy_mode = proxy.mode
        self.proxy_url = proxy.url
        self.proxy_user = proxy.user

    def adopt_defaults_for(self, language: Language) -> None:
        """A first start in Chinese copies links made for a chat (name, size, valid until):
        what a customer-service agent reads; a choice once made is never changed."""
        if language.is_chinese and not self.store.contains(Settings.link_format.key):
            self.link_format = LinkFormat.CHAT

    def hotkey(self, hotkey: Hotkey) -> str:
        return self.capture_hotkey if hotkey is Hotkey.CAPTURE else self.clipboard_hotkey

    def set_hotkey(self, hotkey: Hotkey, text: str) -> None:
        if hotkey is Hotkey.CAPTURE:
            self.capture_hotkey = text
        else:
            self.clipboard_hotkey = text

    def sync(self) -> None:
        self.store.sync()
