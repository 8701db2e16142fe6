"""The replies by which the service asks a client to slow down, and the clocks it keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from gui.bili.client import UPLOAD_PATH, BiliClient
from gui.bili.cool_down import LONGEST_WAIT, CoolDown
from gui.bili.credentials import Credentials
from gui.bili.errors import FileTooLarge, RateLimited
from gui.bili.origins import ServiceOrigins
from gui.emulator.clock import EmulatorClock
from gui.emulator.server import Emulator

MakeFile = Callable[..., Path]


def client_for(emulator: Emulator, credentials: Credentials | None = None) -> BiliClient:
    return BiliClient(
        credentials or emulator.demo_credentials, ServiceOrigins.single(emulator.base_url)
    )


@pytest.mark.parametrize("html", [0, 1])
def test_http_412_is_risk_control_whatever_the_body(
    client: BiliClient, emulator: Emulator, html: int
) -> None:
    emulator.faults.add("http412", html)
    with pytest.raises(RateLimited) as caught:
        client.heartbeat()
    error = caught.value
    assert error.status == 412
    assert error.risk_control
    assert error.first_wait == 300
    assert not error.retryable
    assert "risk control" in error.message


def test_352_carries_its_voucher_and_says_what_a_person_can_do(
    client: BiliClient, emulator: Emulator
) -> None:
    emulator.faults.add("code", -352)
    with pytest.raises(RateLimited) as caught:
        client.heartbeat()
    assert caught.value.code == -352
    assert caught.value.v_voucher.startswith("voucher_")
    assert "Open bilibili.com in a browser" in caught.value.message
    assert "Try now" in caught.value.message


def test_gateway_413_is_file_too_large_and_not_retried(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("http413", endpoint="upload")
    with pytest.raises(FileTooLarge) as caught:
        client.upload(make_file(size=300_000))
    assert caught.value.code == 413
    assert not caught.value.retryable
    assert caught.value.message.startswith("the service refused it as too large")


def test_rate_limiter_blocks_and_every_request_prolongs_the_block() -> None:
    with Emulator(rate_limit=(3, 60.0), block_seconds=100) as emulator:
        with client_for(emulator) as client:
            for _ in range(3):
                client.heartbeat()
            with pytest.raises(RateLimited) as first:
                client.heartbeat()
            assert first.value.code == -412
            emulator.clock.advance(90)
            with pytest.raises(RateLimited) as again:  # still blocked, and now for 100 s more
                client.heartbeat()
            assert again.value.status == 412
            emulator.clock.advance(90)
            with pytest.raises(RateLimited):
                client.heartbeat()
            emulator.clock.advance(101)
            client.heartbeat()
        assert emulator.state.blocked_requests == 3


def test_rate_limit_can_be_turned_off() -> None:
    with Emulator(rate_limit=(3, 60.0)) as emulator, client_for(emulator) as client:
        emulator.state.rate_limit = None  # `--rate-limit off`: a limit of 3 no longer applies
        for _ in range(30):
            client.heartbeat()
        assert emulator.state.blocked_requests == 0


def test_upload_csrf_must_match_the_bili_jct_cookie(
    emulator: Emulator, make_file: MakeFile
) -> None:
    demo = emulator.demo_credentials
    with client_for(emulator) as client:
        request = client._http.build_request(
            "POST",
            emulator.base_url + UPLOAD_PATH,
            data={"filename": "a.txt", "mid": str(demo.mid), "csrf": demo.bili_jct},
            files={"file": ("a.txt", b"data", "text/plain")},
            headers={"Cookie": f"SESSDATA={demo.sessdata}; DedeUserID={demo.dede_user_id}"},
        )
        reply = client._http.send(request)
    assert reply.json()["code"] == -111  # no bili_jct cookie: refused, as the service does


@pytest.mark.parametrize("skew", [600, -600])
def test_link_expiry_is_right_on_a_machine_whose_clock_is_off(
    make_file: MakeFile, skew: int
) -> None:
    with Emulator(clock=EmulatorClock(skew=skew)) as emulator, client_for(emulator) as client:
        before = datetime.now(UTC)
        result = client.upload(make_file())
        after = datetime.now(UTC)
    signed = parse_qs(urlsplit(result.url).query)["X-Amz-Date"][0]
    signed_at = datetime.strptime(signed, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert abs((signed_at - before).total_seconds() - skew) < 2  # the service's clock is off
    # In our clock the link lives 15 minutes from the upload, whatever the service's says.
    assert before + timedelta(seconds=898) <= result.expires_at <= after + timedelta(seconds=902)
    assert abs(client.clock_offset - skew) < 2


def test_cool_down_doubles_up_to_half_an_hour_and_a_success_resets_it() -> None:
    now = [1000.0]
    cool = CoolDown(clock=lambda: now[0], rng=lambda: 0.5)  # no jitter at 0.5
    frequent = RateLimited(-799)
    waits = []
    for _ in range(7):
        waits.append(cool.start(frequent) - now[0])
        now[0] = cool.until or now[0]
    assert waits == [60, 120, 240, 480, 960, LONGEST_WAIT, LONGEST_WAIT]
    cool.succeeded()
    blocked = RateLimited(-412, status=412)
    assert cool.start(blocked) - now[0] == 300
    assert cool.active()
    told = RateLimited(None, status=429)
    told.retry_after = 900
    assert cool.start(told) - now[0] == 900  # Retry-After when longer
    cool.end_early()
    assert not cool.active()
