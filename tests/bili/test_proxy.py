"""Proxies: uploads, heartbeats and link downloads go through a real proxy server (pproxy,
HTTP and SOCKS5, with a password), the system's proxy comes from the environment with its
NO_PROXY, and a loopback service never goes through one. The password appears in no log.

The service must not look like loopback (that bypasses every proxy), so the emulator listens
on the address this machine's host name resolves to, and is reached by that name.
"""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.bili.client import BiliClient
from gui.bili.errors import BiliError
from gui.bili.origins import ServiceOrigins
from gui.bili.proxy import Proxy, ProxyError, ProxyMode, split_proxy_url
from gui.common.settings import Settings
from gui.emulator.server import Emulator

USER, PASSWORD = "alice", "s3cret-proxy-pass"


class ProxyServer:
    """pproxy in its own process; `seen` collects the connections it reports."""

    def __init__(self, scheme: str, password: bool) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        auth = f"#{USER}:{PASSWORD}" if password else ""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pproxy", "-l", f"{scheme}://127.0.0.1:{self.port}{auth}", "-v"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self._serving = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        assert self._serving.wait(20), "the proxy did not start"
        self.url = f"{scheme}://127.0.0.1:{self.port}"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.startswith("Serving on"):
                self._serving.set()

    def seen(self, host: str) -> list[str]:
        return [line for line in self.lines if re.search(rf"-> {re.escape(host)}:\d+$", line)]

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def host_name() -> str:
    """A name for this machine that is not a loopback name: its host name, else the address
    of its network interface (found by routing a UDP socket; nothing is sent)."""
    name = socket.gethostname()
    try:
        socket.gethostbyname(name)
        return name
    except OSError:
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
        except OSError:
            pytest.fail(f"the host name {name!r} does not resolve and there is no network")
        return probe.getsockname()[0]


@pytest.fixture
def remote_emulator(host_name: str) -> Iterator[Emulator]:
    with Emulator(host=socket.gethostbyname(host_name)) as emulator:
        yield emulator


@pytest.fixture
def origins(remote_emulator: Emulator, host_name: str) -> ServiceOrigins:
    origin = f"http://{host_name}:{remote_emulator.port}"
    # Built directly: the command line and the window accept plain http for loopback only.
    return ServiceOrigins(customerservice=origin, passport=origin, api=origin, www=origin)


@pytest.fixture
def settings_file(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def http_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="httpx")
    caplog.set_level(logging.DEBUG, logger="httpcore")
    return caplog


def round_trip(client: BiliClient, tmp_path: Path) -> None:
    """A heartbeat, an upload and the link's download: everything a user's session does."""
    client.heartbeat()
    source = tmp_path / "through the proxy.txt"
    source.write_bytes(b"proxied " * 1000)
    result = client.upload(source)
    assert client.download(result.url, tmp_path / "back.txt") == source.stat().st_size
    assert (tmp_path / "back.txt").read_bytes() == source.read_bytes()


@pytest.mark.parametrize("scheme", ["http", "socks5"])
def test_everything_goes_through_a_proxy_with_a_password(
    scheme, remote_emulator, origins, host_name, tmp_path, http_logs
) -> None:
    proxy = ProxyServer(scheme, password=True)
    try:
        chosen = Proxy.manual(proxy.url, USER, PASSWORD)
        with BiliClient(remote_emulator.sign_in(), origins, proxy=chosen) as client:
            round_trip(client, tmp_path)
        assert len(proxy.seen(host_name)) >= 1  # the proxy carried the requests
        assert PASSWORD not in http_logs.text
        assert PASSWORD not in repr(chosen)
    finally:
        proxy.close()


@pytest.mark.parametrize("scheme", ["http", "socks5"])
def test_a_wrong_proxy_password_fails_clearly(scheme, remote_emulator, origins) -> None:
    proxy = ProxyServer(scheme, password=True)
    try:
        chosen = Proxy.manual(proxy.url, USER, "wrong-password")
        with BiliClient(remote_emulator.sign_in(), origins, proxy=chosen) as client:
            with pytest.raises(BiliError) as raised:
                client.heartbeat()
        said = raised.value.describe()
        assert "proxy" in said
        assert "Settings" in said
        assert not raised.value.retryable  # a wrong password stays wrong
        assert "wrong-password" not in said
    finally:
        proxy.close()


def test_the_systems_proxy_comes_from_the_environment_with_no_proxy(
    remote_emulator, origins, host_name, tmp_path, monkeypatch
) -> None:
    proxy = ProxyServer("http", password=False)
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with BiliClient(remote_emulator.sign_in(), origins, proxy=Proxy()) as client:
            round_trip(client, tmp_path)
        through = len(proxy.seen(host_name))
        assert through >= 1

        monkeypatch.setenv("NO_PROXY", host_name)
        with BiliClient(remote_emulator.sign_in(), origins, proxy=Proxy()) as client:
            round_trip(client, tmp_path)
        assert len(proxy.seen(host_name)) == through  # NO_PROXY: straight to the service

        with BiliClient(remote_emulator.sign_in(), origins, proxy=Proxy(ProxyMode.NONE)) as client:
            monkeypatch.delenv("NO_PROXY")
            round_trip(client, tmp_path)
        assert len(proxy.seen(host_name)) == through  # "No proxy" ignores the environment
    finally:
        proxy.close()


def test_a_loopback_service_never_goes_through_a_proxy(emulator, tmp_path, monkeypatch) -> None:
    proxy = ProxyServer("http", password=False)
    try:
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        for chosen in (Proxy(), Proxy.manual(proxy.url)):
            origins = ServiceOrigins.single(emulator.base_url)
            with BiliClient(emulator.sign_in(), origins, proxy=chosen) as client:
                round_trip(client, tmp_path)
        assert proxy.lines[1:] == []  # nothing after "Serving on"
    finally:
        proxy.close()


def test_proxy_urls_are_checked_and_split() -> None:
    assert split_proxy_url("socks5://a%40b:p%3Aw@proxy.example:1080") == (
        "socks5://proxy.example:1080",
        "a@b",
        "p:w",
    )
    assert split_proxy_url(" http://[::1]:3128/ ")[0] == "http://[::1]:3128"
    for bad in ("ftp://proxy:21", "proxy:3128", "http://proxy:port", "http://proxy:1/path"):
        with pytest.raises(ProxyError):
            split_proxy_url(bad)
    assert "pw" not in Proxy.manual("http://u:pw@proxy:1").described()


def test_the_window_session_uploads_and_checks_through_the_chosen_proxy(
    qtbot, remote_emulator, origins, host_name, tmp_path, settings_file
) -> None:
    """The whole app's path: the proxy from the settings, its password from the keyring (read
    by the keyring worker before the sign-in), the heartbeat and an upload through it."""
    from gui.session.connection_state import ConnectionState
    from gui.session.session import Session
    from gui.session.upload_item import UploadState
    from gui.store.credential_store import CredentialStore
    from gui.store.proxy_passwords import ProxyPasswords
    from tests.conftest import MemoryKeyring

    proxy = ProxyServer("socks5", password=True)
    keyring = MemoryKeyring()
    store = CredentialStore(keyring)
    store.save(remote_emulator.sign_in())
    chosen = Proxy.manual(proxy.url, USER, PASSWORD)
    ProxyPasswords(keyring).save(chosen)
    settings_file.proxy = chosen  # the settings keep the URL and the user only
    session = Session(settings_file)
    try:
        session.start(origins=origins, make_store=lambda: store)
        qtbot.waitUntil(lambda: session.monitor.state is ConnectionState.ONLINE, timeout=15_000)
        source = tmp_path / "via socks.txt"
        source.write_bytes(b"x" * 5000)
        (item,) = session.queue.add_paths([source])
        qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=15_000)
        assert len(proxy.seen(host_name)) >= 2  # the heartbeat's and the upload's connections
        assert session.proxy == chosen
    finally:
        session.shutdown()
        proxy.close()
