"""QR sign-in, the nav account check and sign-out, against the emulator over loopback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from gui.bili.account import QrState, cookies_from_headers, qr_poll_from
from gui.bili.bad_reply import BadReply
from gui.bili.client import NAV_PATH, SIGN_OUT_PATH, BiliClient
from gui.bili.credentials import Credentials, SignInSource
from gui.bili.errors import CsrfRejected, NotSignedIn, ServiceError
from gui.bili.origins import ServiceOrigins
from gui.emulator.accounts import DEMO_ACCOUNT, Account
from gui.emulator.server import Emulator

MakeFile = Callable[..., Path]


def client_for(emulator: Emulator, credentials: Credentials | None = None) -> BiliClient:
    return BiliClient(credentials, ServiceOrigins.single(emulator.base_url))


def test_whole_qr_flow_then_the_credentials_work(
    emulator: Emulator, make_file: MakeFile, tmp_path: Path
) -> None:
    with client_for(emulator) as anonymous:
        code = anonymous.qr_generate()
        assert len(code.key) == 32
        assert f"qrcode_key={code.key}" in code.url
        assert anonymous.qr_poll(code.key).state is QrState.WAITING
        assert emulator.qr.scan(code.key)
        assert anonymous.qr_poll(code.key).state is QrState.SCANNED
        assert emulator.qr.confirm(code.key, Account(mid=777, uname="测试用户"))
        poll = anonymous.qr_poll(code.key)
    assert poll.state is QrState.CONFIRMED
    credentials = poll.credentials
    assert credentials is not None
    assert credentials.mid == 777
    assert credentials.refresh_token
    assert credentials.dede_user_id_ckmd5

    with client_for(emulator, credentials) as signed_in:
        assert signed_in.heartbeat() > 0
        account = signed_in.nav()
        assert (account.mid, account.uname) == (777, "测试用户")
        result = signed_in.upload(make_file())
        assert signed_in.download(result.url, tmp_path / "copy") == 1000
        avatar = signed_in.fetch_image(account.face)
    assert avatar.startswith(b"\x89PNG")


def test_confirmed_key_signs_in_once(emulator: Emulator) -> None:
    with client_for(emulator) as anonymous:
        code = anonymous.qr_generate()
        emulator.qr.confirm(code.key)
        assert anonymous.qr_poll(code.key).state is QrState.CONFIRMED
        assert anonymous.qr_poll(code.key).state is QrState.EXPIRED


def test_key_expires_after_180_seconds(emulator: Emulator) -> None:
    with client_for(emulator) as anonymous:
        code = anonymous.qr_generate()
        emulator.clock.advance(179)
        assert anonymous.qr_poll(code.key).state is QrState.WAITING
        emulator.clock.advance(2)
        assert anonymous.qr_poll(code.key).state is QrState.EXPIRED
        assert not emulator.qr.confirm(code.key)
        assert anonymous.qr_poll("0" * 32).state is QrState.EXPIRED


def test_qr_auto_scans_then_confirms() -> None:
    with Emulator(qr_auto=5) as emu, client_for(emu) as anonymous:
        code = anonymous.qr_generate()
        assert anonymous.qr_poll(code.key).state is QrState.WAITING
        emu.clock.advance(5)
        assert anonymous.qr_poll(code.key).state is QrState.SCANNED
        emu.clock.advance(5)
        poll = anonymous.qr_poll(code.key)
        assert poll.state is QrState.CONFIRMED
        assert poll.credentials is not None
        assert poll.credentials.mid == DEMO_ACCOUNT.mid


def test_poll_reply_shapes_are_documented(emulator: Emulator) -> None:
    code = client_for(emulator).qr_generate()
    waiting = httpx.get(
        emulator.base_url + "/x/passport-login/web/qrcode/poll", params={"qrcode_key": code.key}
    ).json()
    assert waiting == {
        "code": 0,
        "message": "0",
        "ttl": 1,
        "data": {
            "url": "",
            "refresh_token": "",
            "timestamp": 0,
            "code": 86101,
            "message": "未扫码",
        },
    }
    emulator.qr.confirm(code.key)
    reply = httpx.get(
        emulator.base_url + "/x/passport-login/web/qrcode/poll", params={"qrcode_key": code.key}
    )
    data = reply.json()["data"]
    assert set(data) == {"url", "refresh_token", "timestamp", "code", "message"}
    assert data["url"].startswith("https://passport.biligame.com/crossDomain?DedeUserID=")
    assert "\\u0026" in reply.text
    names = {h.split("=", 1)[0] for h in reply.headers.get_list("set-cookie")}
    assert names == {"SESSDATA", "bili_jct", "DedeUserID", "DedeUserID__ckMd5", "sid"}


def test_credentials_fall_back_to_the_url_query() -> None:
    data = {
        "code": 0,
        "refresh_token": "r",
        "url": "https://passport.biligame.com/crossDomain?"
        "DedeUserID=5&DedeUserID__ckMd5=ab&Expires=1&SESSDATA=s%2C1%2Cx*y&bili_jct=j",
    }
    poll = qr_poll_from(data, [])
    assert poll.credentials == Credentials(
        "s%2C1%2Cx*y", "j", "5", "ab", "r", source=SignInSource.QR
    )


def test_set_cookie_parsing_ignores_domain() -> None:
    jar = cookies_from_headers(
        [
            "SESSDATA=abc%2C1; Path=/; Domain=bilibili.com; HttpOnly; Secure",
            "bili_jct=def; Path=/; Domain=bilibili.com",
            "garbage",
        ]
    )
    assert jar == {"SESSDATA": "abc%2C1", "bili_jct": "def"}


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"code": 12345, "message": "odd"}, ServiceError),
        ({"code": 0, "url": ""}, BadReply),
        ({}, BadReply),
    ],
)
def test_odd_poll_replies(data: dict, error: type) -> None:
    with pytest.raises(error):
        qr_poll_from(data, [])


def test_nav_signed_out(emulator: Emulator) -> None:
    credentials = emulator.sign_in()
    emulator.revoke(credentials)
    with client_for(emulator, credentials) as c, pytest.raises(NotSignedIn):
        c.nav()
    reply = httpx.get(emulator.base_url + NAV_PATH).json()
    assert reply["code"] == -101
    assert reply["data"]["isLogin"] is False


def test_sign_out_revokes_the_session(emulator: Emulator) -> None:
    credentials = emulator.sign_in()
    with client_for(emulator, credentials) as c:
        assert c.heartbeat() > 0
        c.sign_out()
        with pytest.raises(NotSignedIn):
            c.heartbeat()
        c.sign_out()  # a second time: the login page comes back, which counts as signed out


def test_sign_out_with_wrong_csrf_is_2202(emulator: Emulator) -> None:
    good = emulator.sign_in()
    reply = httpx.post(
        emulator.base_url + SIGN_OUT_PATH, data={"biliCSRF": "wrong"}, cookies=good.cookies()
    )
    assert reply.json()["code"] == 2202
    transport = httpx.MockTransport(
        lambda r: httpx.Response(
            200, json={"code": 2202, "status": False, "ts": 1, "message": "csrf 请求非法"}
        )
    )
    with BiliClient(good, ServiceOrigins.single(emulator.base_url), transport=transport) as c:
        with pytest.raises(CsrfRejected):
            c.sign_out()
    with client_for(emulator, good) as c:
        assert c.heartbeat() > 0  # still signed in


def test_scan_page_and_control_endpoints(emulator: Emulator) -> None:
    code = client_for(emulator).qr_generate()
    page = httpx.get(code.url)
    assert page.status_code == 200
    assert f"/_emulator/qr/{code.key}/confirm" in page.text
    assert httpx.post(f"{emulator.base_url}/_emulator/qr/{code.key}/scan").json()["done"]
    assert client_for(emulator).qr_poll(code.key).state is QrState.SCANNED
    assert httpx.post(f"{emulator.base_url}/_emulator/qr/nope/confirm").status_code == 404
