from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.client import BiliClient
from gui.bili.credentials import Credentials
from gui.bili.links import checked_link, link_expiry
from gui.bili.origins import ServiceOrigins

DOC_LINK = (
    "https://jssz-boss.hdslb.com/customer-video-upload/1a0c88d240852155a111e4cc6893be39.xcf"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=f9TxwsagojnE1DWM%2F20240803%2Fjssz%2Fs3"
    "%2Faws4_request&X-Amz-Date=20240803T115447Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=cef962c8e503c6ff564fd485bdef1079df1b4a7e38f4fbd9c21a5667207f406e"
)
REPLIED = datetime(2030, 1, 1, tzinfo=UTC)


def test_expiry_of_the_documented_link() -> None:
    assert link_expiry(DOC_LINK, replied_at=REPLIED) == datetime(2024, 8, 3, 12, 9, 47, tzinfo=UTC)


def test_expiry_uses_the_links_own_lifetime() -> None:
    link = DOC_LINK.replace("X-Amz-Expires=900", "X-Amz-Expires=60")
    assert link_expiry(link, replied_at=REPLIED) == datetime(2024, 8, 3, 11, 55, 47, tzinfo=UTC)


def test_fallback_is_reply_time_plus_15_minutes() -> None:
    for link in ("https://example.invalid/file", DOC_LINK.replace("20240803T115447Z", "garbage")):
        assert link_expiry(link, replied_at=REPLIED) == REPLIED + timedelta(seconds=900)


EMULATOR = ServiceOrigins.single("http://127.0.0.1:8123")


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://evil.example/customer-video-upload/a.png",
        "https://evil.example/customer-video-upload/a.png",
        "http://jssz-boss.hdslb.com/a.png",  # not https
        "https://hdslb.com.evil.example/a.png",
        "https://evilhdslb.com/a.png",
        "https://user:pw@jssz-boss.hdslb.com/a.png",
        "https://jssz-boss.hdslb.com:8443/a.png",
        "https://jssz-boss.hdslb.com/a.png\nX-Injected: 1",
        "https://jssz-boss.hdslb.com/\u202egnp.exe",  # a right-to-left override
        "https://jssz-boss.hdslb.com/\x1b[2Ja.png",
        "https://jssz-boss.hdslb.com/" + "a" * 5000,
        "http://127.0.0.1:9999/a.png",  # loopback, but not the service's origin
    ],
)
def test_only_the_services_own_links_are_accepted(url: str) -> None:
    with pytest.raises(BadReply) as raised:
        checked_link(url, EMULATOR)
    assert raised.value.what is Reply.BAD_LINK
    assert "unexpected reply" in raised.value.message


def test_the_documented_link_and_the_emulators_own_are_accepted() -> None:
    real = ServiceOrigins()
    assert checked_link(DOC_LINK, real) == DOC_LINK
    assert checked_link("https://i0.hdslb.com/bfs/face/a.jpg", real)
    emulator_link = "http://127.0.0.1:8123/customer-video-upload/a.png?X-Amz-Expires=900"
    assert checked_link(emulator_link, EMULATOR) == emulator_link
    with pytest.raises(BadReply):  # the emulator's origin is no link host for the real one
        checked_link(emulator_link, real)


def test_an_upload_whose_reply_links_elsewhere_fails_and_gives_no_link(tmp_path) -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, json={"code": 0, "data": {"key": "k", "url": "javascript:alert(1)"}}
        )
    )
    file = tmp_path / "a.txt"
    file.write_text("a")
    credentials = Credentials(sessdata="s", bili_jct="j", dede_user_id="1")
    with BiliClient(credentials, EMULATOR, transport=transport) as client:
        with pytest.raises(BadReply) as raised:
            client.upload(file)
    assert raised.value.what is Reply.BAD_LINK
