"""BiliClient against the emulator over loopback: every documented outcome."""

from __future__ import annotations

import hashlib
import os
import re
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from gui.bili.bad_reply import BadReply
from gui.bili.client import UPLOAD_PATH, BiliClient
from gui.bili.errors import FileChanged, NotSignedIn
from gui.emulator.server import Emulator
from tests.bili.client_helpers import MakeFile, client_for
from tests.conftest import wait_until


def test_heartbeat_signed_in_returns_latency(client: BiliClient) -> None:
    latency = client.heartbeat()
    assert 0 < latency < 5


def test_heartbeat_without_credentials_is_signed_out(emulator: Emulator) -> None:
    with client_for(emulator, None) as anonymous, pytest.raises(NotSignedIn) as caught:
        anonymous.heartbeat()
    assert caught.value.code == -101
    assert not caught.value.retryable


def test_heartbeat_with_revoked_session_is_signed_out(emulator: Emulator) -> None:
    credentials = emulator.sign_in()
    emulator.revoke(credentials)
    with client_for(emulator, credentials) as revoked, pytest.raises(NotSignedIn):
        revoked.heartbeat()


def test_heartbeat_sends_documented_query(client: BiliClient, emulator: Emulator) -> None:
    seen: list[httpx.Request] = []
    client._http.event_hooks["request"].append(seen.append)
    client.heartbeat()
    assert dict(seen[0].url.params) == {
        "shop_id": "0",
        "shop_father_id": "0",
        "build": "0",
        "mobi_app": "web",
    }
    assert "Mozilla/5.0" in seen[0].headers["User-Agent"]
    assert seen[0].headers["Referer"].startswith("https://www.bilibili.com")


# --- upload -------------------------------------------------------------------------------------


def test_upload_returns_working_link(
    client: BiliClient, make_file: MakeFile, tmp_path: Path
) -> None:
    source = make_file("clip.mp4", size=300_000)
    seen: list[int] = []
    before = datetime.now(UTC)
    result = client.upload(source, progress=seen.append)

    assert re.fullmatch(r"[0-9a-f]{32}\.mp4", result.key)
    assert result.size == 300_000
    assert seen == sorted(seen)
    assert seen[-1] == 300_000
    signed = parse_qs(urlsplit(result.url).query)
    signed_at = datetime.strptime(signed["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert result.expires_at == signed_at + timedelta(seconds=900)
    assert before - timedelta(seconds=2) < signed_at <= datetime.now(UTC)

    copy = tmp_path / "copy"
    assert client.download(result.url, copy) == 300_000
    assert copy.read_bytes() == source.read_bytes()


def test_upload_uses_given_filename_and_own_extension(
    client: BiliClient, make_file: MakeFile
) -> None:
    result = client.upload(make_file("xx-out.xcf"), filename="ihavenoname")
    assert result.filename == "ihavenoname"
    assert result.key.endswith(".xcf")


def test_upload_of_chinese_name(client: BiliClient, make_file: MakeFile, tmp_path: Path) -> None:
    result = client.upload(make_file("截图 2026.png", data=b"\x89PNG fake"))
    assert result.key.endswith(".png")
    assert client.download(result.url, tmp_path / "png") == len(b"\x89PNG fake")


def test_hash_is_of_the_bytes_sent_read_once(client: BiliClient, make_file: MakeFile) -> None:
    source = make_file("clip.bin", size=200_000)
    result = client.upload(source, hash_sent=True)
    assert result.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert client.upload(source).sha256 == ""  # the command line does not pay for it


@pytest.mark.parametrize("change", ["grow", "shrink"])
def test_file_changing_while_sent_is_refused(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, change: str
) -> None:
    source = make_file("growing.log", size=1 << 20)

    def edit_once(sent: int) -> None:
        if sent and source.stat().st_size == 1 << 20:
            with source.open("ab" if change == "grow" else "r+b") as handle:
                if change == "grow":
                    handle.write(b"more lines")
                else:
                    handle.truncate(100_000)

    with pytest.raises(FileChanged) as caught:
        client.upload(source, progress=edit_once)
    assert "changed while it was being sent" in caught.value.message
    wait_until(lambda: list(emulator.data_dir.iterdir()) == [])  # nothing half-sent is kept


@pytest.mark.skipif(os.name != "posix", reason="names that are not UTF-8 exist on POSIX")
def test_name_that_is_not_utf8_uploads(client: BiliClient, tmp_path: Path) -> None:
    source = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad-\xff.txt"))
    source.write_bytes(b"data")
    result = client.upload(source)
    assert result.filename == "bad-\ufffd.txt"
    assert result.key.endswith(".txt")


def test_link_is_403_after_expiry(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, tmp_path: Path
) -> None:
    result = client.upload(make_file())
    # X-Amz-Date counts whole seconds, so the link lives 899 to 900 s from the reply.
    emulator.clock.advance(898)
    assert client.download(result.url, tmp_path / "a") == 1000
    emulator.clock.advance(3)
    with pytest.raises(BadReply) as caught:
        client.download(result.url, tmp_path / "b")
    assert caught.value.status == 403


def test_altered_link_is_403(client: BiliClient, make_file: MakeFile, tmp_path: Path) -> None:
    result = client.upload(make_file())
    altered = result.url.replace("X-Amz-Expires=900", "X-Amz-Expires=90000")
    with pytest.raises(BadReply) as caught:
        client.download(altered, tmp_path / "x")
    assert caught.value.status == 403
    reply = httpx.get(altered)
    assert reply.status_code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in reply.text


def test_link_json_escapes_ampersand(emulator: Emulator, make_file: MakeFile) -> None:
    credentials = emulator.demo_credentials
    path = make_file()
    reply = httpx.post(
        emulator.base_url + UPLOAD_PATH,
        files={"file": (path.name, path.read_bytes())},
        data={"filename": path.name, "mid": credentials.dede_user_id, "csrf": credentials.bili_jct},
        cookies=credentials.cookies(),
    )
    assert "\\u0026X-Amz-" in reply.text
    assert "&" not in reply.text
    assert "&X-Amz-Date=" in reply.json()["data"]["url"]


def test_cookies_never_reach_the_link_host(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, tmp_path: Path
) -> None:
    result = client.upload(make_file())
    client.download(result.url, tmp_path / "d")
    link_path = urlsplit(result.url).path
    api = [r for r in emulator.requests if r.path == UPLOAD_PATH]
    link = [r for r in emulator.requests if r.path == link_path]
    assert api
    assert "SESSDATA" in api[0].cookie_names
    assert link
    assert link[0].cookie_names == frozenset()


# --- documented service codes ---------------------------------------------------------------


def test_loopback_service_is_never_reached_through_a_proxy(
    emulator: Emulator, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = socket.socket()
    proxy.bind(("127.0.0.1", 0))
    proxy.listen()
    proxy.setblocking(False)
    address = f"http://127.0.0.1:{proxy.getsockname()[1]}"
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, address)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        with client_for(emulator, emulator.demo_credentials) as client:
            result = client.upload(make_file())
            client.heartbeat()
        with pytest.raises(BlockingIOError):
            proxy.accept()  # nobody came to the proxy with the cookies
        assert result.url.startswith(emulator.base_url)
    finally:
        proxy.close()
