"""Settings that persist between runs, in the platform's config location (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LINK_FORMATS = ("url", "markdown", "html", "bbcode")


class Settings:
    """Typed access to the settings; never holds credentials."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("BiliDrop", "BiliDrop")

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._store.value(key, default)))
        except ValueError:
            return default
        return min(max(value, low), high)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    @property
    def parallel_uploads(self) -> int:
        return self._int("uploads/parallel", 3, 1, 8)

    @parallel_uploads.setter
    def parallel_uploads(self, value: int) -> None:
        self._store.setValue("uploads/parallel", int(value))

    @property
    def heartbeat_interval(self) -> int:
        """Seconds between heartbeats while online."""
        return self._int("connection/heartbeat_interval", 30, 5, 3600)

    @heartbeat_interval.setter
    def heartbeat_interval(self, value: int) -> None:
        self._store.setValue("connection/heartbeat_interval", int(value))

    @property
    def auto_copy(self) -> bool:
        return self._bool("links/auto_copy", True)

    @auto_copy.setter
    def auto_copy(self, value: bool) -> None:
        self._store.setValue("links/auto_copy", bool(value))

    @property
    def link_format(self) -> str:
        value = str(self._store.value("links/format", "url"))
        return value if value in LINK_FORMATS else "url"

    @link_format.setter
    def link_format(self, value: str) -> None:
        if value not in LINK_FORMATS:
            raise ValueError(f"unknown link format {value!r}")
        self._store.setValue("links/format", value)

    @property
    def language(self) -> str:
        """ "system", "zh_CN" or "en"; read at start."""
        value = str(self._store.value("window/language", "system"))
        return value if value in ("system", "zh_CN", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in ("system", "zh_CN", "en"):
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("window/language", value)

    @property
    def keep_in_tray(self) -> bool:
        """Closing the window leaves BiliDrop running in the tray (when there is one)."""
        return self._bool("window/keep_in_tray", True)

    @keep_in_tray.setter
    def keep_in_tray(self, value: bool) -> None:
        self._store.setValue("window/keep_in_tray", bool(value))

    @property
    def notify(self) -> bool:
        """Notify when an upload ends while the window is not in front."""
        return self._bool("window/notify", True)

    @notify.setter
    def notify(self, value: bool) -> None:
        self._store.setValue("window/notify", bool(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def sync(self) -> None:
        self._store.sync()
