"""Shared fixtures: a real emulator on a loopback port, a client for it, files to send."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.bili.client import BiliClient
from gui.bili.origins import ServiceOrigins
from gui.emulator import Emulator


@pytest.fixture(autouse=True, scope="session")
def gui_thread_garbage_collection() -> Iterator[None]:
    """As the app does (gui/ui/gc_guard.py): no cycle collection in other threads, where it
    can destroy Qt objects and deadlock. Collected here between tests, on the main thread."""
    gc.disable()
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
