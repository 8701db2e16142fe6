"""The sign-in endpoints: QR login, the nav account check, sign-out, avatars, and the stand-in
for the phone (a scan page and control endpoints the real service does not have)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from gui.bili.account import QrState
from gui.emulator.accounts import Session
from gui.emulator.avatar import avatar_png
from gui.emulator.replies import bili_reply, go_json
from gui.emulator.state import EmulatorState

SCAN_PAGE_PATH = "/h5-app/passport/login/scan"
AVATAR_PATH = "/bfs/face/"
WBI_IMG = {
    "img_url": "https://i0.hdslb.com/bfs/wbi/653657f524a547ac981ded72ea172057.png",
    "sub_url": "https://i0.hdslb.com/bfs/wbi/6e4909c702f846728e64f6007736a338.png",
}
QR_MESSAGES = {
    QrState.WAITING: "未扫码",
    QrState.SCANNED: "二维码已扫码未确认",
    QrState.EXPIRED: "二维码已失效",
    QrState.CONFIRMED: "",
}
LOGIN_PATH = "/login"  # passport's login page, where a signed-out sign-out is sent
LOGIN_URL = LOGIN_PATH

LOGIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>登录 - 哔哩哔哩</title></head>
<body><h1>哔哩哔哩 (゜-゜)つロ 干杯~</h1><p>请先登录。</p></body></html>
"""


def origin_of(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers['host']}"


def passport_json(payload: dict, status: int = 200) -> Response:
    return Response(
        go_json(payload), status_code=status, media_type="application/json; charset=utf-8"
    )


async def qr_generate(request: Request, state: EmulatorState, throttle: float) -> Response:
    key = state.qr.create()
    url = f"{origin_of(request)}{SCAN_PAGE_PATH}?" + urlencode(
        {"navhide": "1", "qrcode_key": key, "from": ""}
    )
    return bili_reply(0, message="0", data={"url": url, "qrcode_key": key})


def set_signed_in_cookies(reply: Response, session: Session, now: float) -> None:
    """The Set-Cookie headers of a sign-in (or a renewal), valid 180 days."""
    expires = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 180 * 86400))
    for cookie in signed_in_cookies(session, expires):
        reply.raw_headers.append((b"set-cookie", cookie.encode("latin-1")))


def signed_in_cookies(session: Session, expires: str) -> list[str]:
    # The real service sets Domain=bilibili.com; the emulator is served from a loopback
    # address, where such a cookie would be refused, so it leaves the Domain out.
    values = {
        "SESSDATA": session.sessdata,
        "bili_jct": session.bili_jct,
        "DedeUserID": str(session.account.mid),
        "DedeUserID__ckMd5": session.ckmd5,
        "sid": session.bili_jct[:8],
    }
    return [
        f"{name}={value}; Path=/; Expires={expires}" + ("; HttpOnly" if name == "SESSDATA" else "")
        for name, value in values.items()
    ]


async def qr_poll(request: Request, state: EmulatorState, throttle: float) -> Response:
    key = request.query_params.get("qrcode_key")
    if not key:
        return bili_reply(-400)
    status, account = state.qr.poll(key)
    data = {
        "url": "",
        "refresh_token": "",
        "timestamp": 0,
        "code": status.value,
        "message": QR_MESSAGES[status],
    }
    if status is not QrState.CONFIRMED or account is None:
        return bili_reply(0, message="0", data=data)
    session = state.sessions.open(account, via_qr=True)
    now = state.clock.now()
    cross_domain = "https://passport.biligame.com/crossDomain?" + urlencode(
        {
            "DedeUserID": account.mid,
            "DedeUserID__ckMd5": session.ckmd5,
            "Expires": int(now + 180 * 86400),
            "SESSDATA": session.sessdata,
            "bili_jct": session.bili_jct,
            "gourl": "https://passport.bilibili.com",
        },
        safe="%*",
    )
    data |= {
        "url": cross_domain,
        "refresh_token": session.refresh_token,
        "timestamp": int(now * 1000),
    }
    reply = bili_reply(0, message="0", data=data)
    set_signed_in_cookies(reply, session, now)
    return reply


async def nav(request: Request, state: EmulatorState, throttle: float) -> Response:
    session = state.sessions.find(request.cookies.get("SESSDATA"))
    if session is None:
        return bili_reply(-101, message="账号未登录", data={"isLogin": False, "wbi_img": WBI_IMG})
    account = session.account
    return bili_reply(
        0,
        message="0",
        data={
            "isLogin": True,
            "email_verified": 1,
            "face": f"{origin_of(request)}{AVATAR_PATH}{account.mid}.png",
            "level_info": {
                "current_level": 4,
                "current_min": 4500,
                "current_exp": 6021,
                "next_exp": 10800,
            },
            "mid": account.mid,
            "mobile_verified": 1,
            "money": 12.5,
            "moral": 70,
            "official": {"role": 0, "title": "", "desc": "", "type": -1},
            "officialVerify": {"type": -1, "desc": ""},
            "scores": 0,
            "uname": account.uname,
            "vipDueDate": 0,
            "vipStatus": 0,
            "vipType": 0,
            "vip_pay_type": 0,
            "vip_theme_type": 0,
            "wallet": {
                "mid": account.mid,
                "bcoin_balance": 0,
                "coupon_balance": 0,
                "coupon_due_time": 0,
            },
            "has_shop": False,
            "shop_url": "",
            "allowance_count": 0,
            "answer_status": 0,
            "is_senior_member": 0,
            "wbi_img": WBI_IMG,
            "is_jury": False,
        },
    )


async def sign_out(request: Request, state: EmulatorState, throttle: float) -> Response:
    cookies = request.cookies
    session = state.sessions.find(cookies.get("SESSDATA"))
    if (
        session is None
        or cookies.get("bili_jct") != session.bili_jct
        or cookies.get("DedeUserID") != str(session.account.mid)
    ):
        # Documented: an invalid cookie ends on the login page; the service gets there by a
        # redirect, which a client that follows none sees as a 302.
        return RedirectResponse(LOGIN_URL, status_code=302)
    form = await request.form()
    now = int(state.clock.now())
    if form.get("biliCSRF") != session.bili_jct:
        return passport_json({"code": 2202, "status": False, "ts": now, "message": "csrf 请求非法"})
    state.sessions.revoke(session.sessdata)
    reply = passport_json(
        {
            "code": 0,
            "status": True,
            "ts": now,
            "data": {
                "redirectUrl": "https://passport.biligame.com/crossDomain?DedeUserID=&DedeUserID__ckMd5="
                "&SESSDATA=&bili_jct=&gourl=javascript%3Ahistory.go%28-1%29"
            },
        }
    )
    for name in ("SESSDATA", "bili_jct", "DedeUserID", "DedeUserID__ckMd5"):
        reply.raw_headers.append((b"set-cookie", f"{name}=; Path=/; Max-Age=0".encode()))
    return reply


async def avatar(request: Request) -> Response:
    name = request.path_params["name"]
    return Response(
        avatar_png(name), media_type="image/png", headers={"Cache-Control": "max-age=86400"}
    )


SCAN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>BiliDrop emulator: phone</title></head>
<body style="font-family: sans-serif; max-width: 28em; margin: 3em auto">
<h1>Emulated phone</h1>
<p>This page stands in for the Bilibili app that would scan the code.</p>
<form method="post" action="/_emulator/qr/{key}/scan"><button>1. Scan</button></form>
<form method="post" action="/_emulator/qr/{key}/confirm"><button>2. Confirm sign-in</button></form>
</body></html>
"""


async def scan_page(request: Request) -> Response:
    key = request.query_params.get("qrcode_key", "")
    return HTMLResponse(SCAN_PAGE.replace("{key}", "".join(c for c in key if c.isalnum())))


def control_qr(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        key, action = request.path_params["key"], request.path_params["action"]
        done = state.qr.scan(key) if action == "scan" else state.qr.confirm(key)
        return JSONResponse(
            {"key": key, "action": action, "done": done}, status_code=200 if done else 404
        )

    return endpoint


async def login_page(request: Request) -> Response:
    return HTMLResponse(LOGIN_PAGE)
