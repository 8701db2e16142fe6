"""What the client tests share: a client on the emulator, a check that nothing was sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui.bili.client import UPLOAD_PATH, BiliClient
from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins
from gui.emulator.server import Emulator

MakeFile = Callable[..., Path]


def client_for(emulator: Emulator, credentials: Credentials | None, **kw) -> BiliClient:
    return BiliClient(credentials, ServiceOrigins.single(emulator.base_url), **kw)


def assert_nothing_sent(emulator: Emulator) -> None:
    assert [r for r in emulator.requests if r.path == UPLOAD_PATH] == []
