"""Shared fixtures: a real emulator on a loopback port, a client for it, files to send."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window's "System default" and the command line speak the system's language: English
# here, whatever the machine's, so that tests read English unless they choose a language.
os.environ["LANGUAGE"] = "en"

from PySide6.QtWidgets import QApplication

from gui.bili.client import BiliClient
from gui.bili.origins import ServiceOrigins
from gui.common.process import configure_process
from gui.emulator.server import Emulator


@pytest.fixture(autouse=True, scope="session")
def app_process_regime(qapp: QApplication) -> Iterator[None]:
    """The app's own process-wide regime (gui/common/process.py): the same switch interval,
    no cycle collection in other threads (where it can destroy Qt objects and deadlock), a
    collector on the GUI thread. Collected between tests too, on the main thread."""
    configure_process(qapp)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_between_tests() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def client(emulator: Emulator) -> Iterator[BiliClient]:
    with BiliClient(emulator.demo_credentials, ServiceOrigins.single(emulator.base_url)) as c:
        yield c


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[..., Path]:
    """make_file(name, size=..., data=...): a real file under tmp_path."""

    def make(name: str = "report.txt", size: int = 1000, data: bytes | None = None) -> Path:
        path = tmp_path / name
        path.write_bytes(data if data is not None else os.urandom(size))
        return path

    return make


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll a condition that another thread or process makes true (no Qt loop here)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


class MemoryKeyring(KeyringBackend):
    """A keyring backend in a dict, usable (priority >= 1) like a system one."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such entry")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
