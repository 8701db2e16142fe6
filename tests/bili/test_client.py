"""BiliClient against the emulator over loopback: every documented outcome."""

from __future__ import annotations

import hashlib
import os
import re
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from gui.bili.client import UPLOAD_PATH, BiliClient
from gui.bili.credentials import Credentials
from gui.bili.errors import (
    BadReply,
    CsrfRejected,
    FileChanged,
    FileEmpty,
    FileMissing,
    FileTooLarge,
    FileUnreadable,
    NotAFile,
    NotSignedIn,
    RateLimited,
    ServiceError,
    TransportError,
    UploadCancelled,
    UserInfoFailed,
)
from gui.bili.files import MAX_UPLOAD_BYTES
from gui.bili.origins import ServiceOrigins
from gui.bili.replies import parse_reply, retry_after
from gui.bili.retry import RetryPolicy, call_with_retry
from gui.emulator import Emulator
from tests.conftest import wait_until

MakeFile = Callable[..., Path]


def client_for(emulator: Emulator, credentials: Credentials | None, **kw) -> BiliClient:
    return BiliClient(credentials, ServiceOrigins.single(emulator.base_url), **kw)


# --- heartbeat ----------------------------------------------------------------------------------


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


def test_csrf_mismatch_is_111(emulator: Emulator, make_file: MakeFile) -> None:
    good = emulator.demo_credentials
    bad = Credentials(good.sessdata, "0" * 32, good.dede_user_id)
    with client_for(emulator, bad) as c, pytest.raises(CsrfRejected) as caught:
        c.upload(make_file())
    assert caught.value.code == -111


def test_mid_mismatch_is_1200201(emulator: Emulator, make_file: MakeFile) -> None:
    good = emulator.demo_credentials
    other = Credentials(good.sessdata, good.bili_jct, "42")
    with client_for(emulator, other) as c, pytest.raises(UserInfoFailed) as caught:
        c.upload(make_file())
    assert caught.value.code == 1200201


def test_upload_signed_out_is_101(emulator: Emulator, make_file: MakeFile) -> None:
    credentials = emulator.sign_in()
    emulator.revoke(credentials)
    with client_for(emulator, credentials) as c, pytest.raises(NotSignedIn):
        c.upload(make_file())
    assert list(emulator.data_dir.iterdir()) == []


def test_server_size_limit_is_1000011(make_file: MakeFile) -> None:
    with Emulator(max_bytes=10_000) as emu, client_for(emu, emu.demo_credentials) as c:
        with pytest.raises(FileTooLarge) as caught:
            c.upload(make_file(size=10_001))
        assert caught.value.code == 1000011
        assert "too large" in caught.value.message
        assert caught.value.message.startswith("the service refused it as too large")
        assert list(emu.data_dir.iterdir()) == []
        assert c.upload(make_file(size=10_000)).size == 10_000


# --- faults ---------------------------------------------------------------------------------


def test_http_500_html_is_retryable_bad_reply(client: BiliClient, emulator: Emulator) -> None:
    emulator.faults.add("http500")
    with pytest.raises(BadReply) as caught:
        client.heartbeat()
    assert caught.value.status == 500
    assert caught.value.retryable
    assert "HTML page" in caught.value.message
    assert client.heartbeat() > 0  # one request only


def test_invalid_json_is_bad_reply(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("invalid_json")
    with pytest.raises(BadReply) as caught:
        client.upload(make_file())
    assert not caught.value.retryable


def test_dropped_connection_is_transport_error(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("drop")
    with pytest.raises(TransportError) as caught:
        client.upload(make_file())
    assert caught.value.retryable
    assert "dropped" in caught.value.message


def test_delay_beyond_timeout_is_transport_error(emulator: Emulator) -> None:
    emulator.faults.add("delay", 1.0)
    quick = httpx.Timeout(5.0, read=0.2)
    with client_for(emulator, emulator.demo_credentials, timeout=quick) as c:
        with pytest.raises(TransportError) as caught:
            c.heartbeat()
    assert "timed out" in caught.value.message


def test_delay_within_timeout_succeeds(client: BiliClient, emulator: Emulator) -> None:
    emulator.faults.add("delay", 0.3)
    assert client.heartbeat() >= 0.3


@pytest.mark.parametrize(
    ("code", "status", "first_wait"), [(-412, 412, 300), (-799, 200, 60), (-509, 200, 60)]
)
def test_rate_limit_codes(
    client: BiliClient, emulator: Emulator, code: int, status: int, first_wait: float
) -> None:
    emulator.faults.add("code", code)
    with pytest.raises(RateLimited) as caught:
        client.heartbeat()
    assert caught.value.code == code
    assert caught.value.status == status
    # Asked to slow down: never tried again at once (that prolongs a block), but waited out.
    assert not caught.value.retryable
    assert caught.value.first_wait == first_wait


@pytest.mark.parametrize("code", [-500, -503, -504])
def test_server_side_codes_are_retried(emulator: Emulator, make_file: MakeFile, code: int) -> None:
    emulator.faults.add("code", code, endpoint="upload")
    with client_for(emulator, emulator.demo_credentials) as client:
        result = call_with_retry(
            lambda: client.upload(make_file()),
            RetryPolicy(attempts=2, base_delay=0.01),
            sleep=lambda s: None,
        )
    assert result.url.startswith(emulator.base_url)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("Sun, 29 Nov 2026 16:02:00 GMT", 120.0), ("soon", None)],
)
def test_retry_after_is_read_from_the_reply(header: str, seconds: float | None) -> None:
    reply = httpx.Response(429, headers={"Retry-After": header})
    with pytest.raises(RateLimited) as caught:
        parse_reply(reply)
    if header.isdigit() or seconds is None:
        assert caught.value.retry_after == seconds
    else:
        now = datetime(2026, 11, 29, 16, 0, tzinfo=UTC)
        assert retry_after(reply, now) == seconds


def test_unknown_code_is_never_success(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("code", 12345)
    with pytest.raises(ServiceError) as caught:
        client.upload(make_file())
    assert caught.value.code == 12345
    assert "12345" in caught.value.message


def test_unreachable_service_is_transport_error(make_file: MakeFile) -> None:
    emu = Emulator().start()
    base = emu.base_url
    credentials = emu.demo_credentials
    emu.close()
    with BiliClient(credentials, ServiceOrigins.single(base)) as c:
        with pytest.raises(TransportError) as caught:
            c.heartbeat()
    assert "connection refused" in caught.value.message


# --- replies the emulator cannot send, on a mock transport --------------------------------


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (429, b"", RateLimited),
        (200, b'{"code": "0"}', BadReply),
        (200, b"[1, 2]", BadReply),
        (502, b'{"code": 0}', BadReply),
        (200, b"plain text", BadReply),
    ],
)
def test_parse_reply_rejects_odd_replies(status: int, body: bytes, expected: type) -> None:
    with pytest.raises(expected):
        parse_reply(httpx.Response(status, content=body))


def test_upload_reply_without_data_is_bad_reply(emulator: Emulator, make_file: MakeFile) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"code": 0}))
    with client_for(emulator, emulator.demo_credentials, transport=transport) as c:
        with pytest.raises(BadReply):
            c.upload(make_file())


# --- the local file is checked before a byte is sent ----------------------------------------


def assert_nothing_sent(emulator: Emulator) -> None:
    assert [r for r in emulator.requests if r.path == UPLOAD_PATH] == []


def test_missing_file(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        client.upload(tmp_path / "gone.txt")
    assert_nothing_sent(emulator)


def test_folder(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    with pytest.raises(NotAFile):
        client.upload(tmp_path)
    assert_nothing_sent(emulator)


def test_empty_file(client: BiliClient, emulator: Emulator, make_file: MakeFile) -> None:
    with pytest.raises(FileEmpty):
        client.upload(make_file(data=b""))
    assert_nothing_sent(emulator)


def test_oversized_file(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    big = tmp_path / "big.iso"
    with big.open("wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_UPLOAD_BYTES + 1)
    with pytest.raises(FileTooLarge) as caught:
        client.upload(big)
    assert caught.value.code is None
    assert caught.value.size == MAX_UPLOAD_BYTES + 1
    assert "300.0 MiB" in caught.value.message
    assert_nothing_sent(emulator)


def test_unreadable_file(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, who reads any file, so the refusal is simulated at open().
    path = make_file()
    original = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FileUnreadable) as caught:
        client.upload(path)
    assert "Permission denied" in caught.value.message
    assert_nothing_sent(emulator)


def test_upload_without_credentials_sends_nothing(emulator: Emulator, make_file: MakeFile) -> None:
    with client_for(emulator, None) as c, pytest.raises(NotSignedIn):
        c.upload(make_file())
    assert_nothing_sent(emulator)


# --- cancel and retry -----------------------------------------------------------------------


def test_cancel_stops_the_request(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    source = make_file("big.bin", size=8 * 1024 * 1024)
    sent: list[int] = []
    with pytest.raises(UploadCancelled):
        client.upload(source, progress=sent.append, cancel=lambda: len(sent) >= 2)
    assert 0 < sent[-1] < source.stat().st_size
    # The server saw the connection go and kept nothing of the partial file.
    wait_until(lambda: list(emulator.data_dir.iterdir()) == [])
    assert client.heartbeat() > 0  # the client is still usable


def test_transient_failure_is_retried_and_rereads_file(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, tmp_path: Path
) -> None:
    source = make_file(size=50_000)
    emulator.faults.add("http500")
    waits: list[float] = []
    progress: list[int] = []
    retries: list[int] = []
    result = call_with_retry(
        lambda: client.upload(source, progress=progress.append),
        RetryPolicy(attempts=3, base_delay=0.5),
        sleep=waits.append,
        on_retry=lambda error, number, delay: retries.append(number),
    )
    assert retries == [1]
    assert len(waits) == 1
    assert 0.25 <= waits[0] <= 0.5
    assert progress.count(50_000) == 2  # the body was sent in full twice
    assert client.download(result.url, tmp_path / "r") == 50_000


def test_non_transient_failure_is_not_retried(emulator: Emulator, make_file: MakeFile) -> None:
    good = emulator.demo_credentials
    attempts: list[int] = []
    with client_for(emulator, Credentials(good.sessdata, "f" * 32, good.dede_user_id)) as c:

        def attempt():
            attempts.append(1)
            return c.upload(make_file())

        with pytest.raises(CsrfRejected):
            call_with_retry(attempt, sleep=lambda s: None)
    assert len(attempts) == 1


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
