"""How the client reads what goes wrong: service codes, bad replies, the transport, rate
limits, retries."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from gui.bili.bad_reply import BadReply
from gui.bili.client import BiliClient
from gui.bili.credentials import Credentials
from gui.bili.errors import (
    CsrfRejected,
    FileTooLarge,
    NotSignedIn,
    RateLimited,
    ServiceError,
    TransportError,
    UserInfoFailed,
)
from gui.bili.origins import ServiceOrigins
from gui.bili.replies import parse_reply, retry_after
from gui.bili.retry import RetryPolicy, call_with_retry
from gui.emulator.server import Emulator
from tests.bili.client_helpers import MakeFile, client_for


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
