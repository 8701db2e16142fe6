"""The emulator's side of cookie refresh: cookie/info, the correspond page (it decrypts the
path with its own key and checks the timestamp), cookie/refresh and confirm/refresh."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from gui.emulator.accounts import Session
from gui.emulator.passport import set_signed_in_cookies
from gui.emulator.replies import bili_reply
from gui.emulator.state import EmulatorState

CORRESPOND_TOLERANCE_MS = 10 * 60 * 1000  # a path older (or newer) than this is stale: 404
NOT_FOUND_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>出错啦! - bilibili.com</title></head>
<body><h1>404</h1><p>你所访问的页面不存在</p></body></html>
"""
CORRESPOND_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta name="spm_prefix" content="333.1193"></head>
<title>Correspond</title>
<body>
  <div id="1-name">{csrf}</div>
  <div id="token-iframe-app"></div>
</body></html>
"""


async def cookie_info(request: Request, state: EmulatorState, throttle: float) -> Response:
    session = state.sessions.find(request.cookies.get("SESSDATA"))
    if session is None:
        return bili_reply(-101, message="账号未登录")
    return bili_reply(
        0,
        message="0",
        data={
            "refresh": state.sessions.due_for_refresh(session),
            "timestamp": int(state.clock.now() * 1000),
        },
    )


def correspond(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        session = state.sessions.find(request.cookies.get("SESSDATA"))
        path = request.path_params["path"]
        try:
            message = state.refresh_key.decrypt(
                bytes.fromhex(path),
                padding.OAEP(
                    mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None
                ),
            ).decode()
            stamp = int(message.removeprefix("refresh_"))
        except ValueError:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
        now_ms = state.clock.now() * 1000
        fresh = message.startswith("refresh_") and abs(now_ms - stamp) <= CORRESPOND_TOLERANCE_MS
        if session is None or not fresh:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
        return HTMLResponse(CORRESPOND_PAGE.format(csrf=state.sessions.issue_refresh_csrf(session)))

    return endpoint


async def _signed_form(
    request: Request, state: EmulatorState
) -> tuple[Session, FormData] | Response:
    """The session and the form of a POST whose csrf matches its bili_jct cookie, or the
    refusal (-101 signed out, -111 csrf)."""
    session = state.sessions.find(request.cookies.get("SESSDATA"))
    if session is None:
        return bili_reply(-101, message="账号未登录")
    form = await request.form()
    if request.cookies.get("bili_jct") != session.bili_jct or form.get("csrf") != session.bili_jct:
        return bili_reply(-111)
    return session, form


async def cookie_refresh(request: Request, state: EmulatorState, throttle: float) -> Response:
    signed = await _signed_form(request, state)
    if isinstance(signed, Response):
        return signed
    session, form = signed
    if form.get("source") != "main_web":
        return bili_reply(-400)
    new = state.sessions.renew(
        session, str(form.get("refresh_csrf", "")), str(form.get("refresh_token", ""))
    )
    if new is None:
        return bili_reply(86095, message="refresh_csrf 错误或 refresh_token 与 cookie 不匹配")
    reply = bili_reply(
        0,
        message="0",
        data={"status": 0, "message": "", "refresh_token": new.refresh_token},
    )
    set_signed_in_cookies(reply, new, state.clock.now())
    return reply


async def confirm_refresh(request: Request, state: EmulatorState, throttle: float) -> Response:
    signed = await _signed_form(request, state)
    if isinstance(signed, Response):
        return signed
    session, form = signed
    if not state.sessions.confirm(session, str(form.get("refresh_token", ""))):
        return bili_reply(-400)
    return bili_reply(0, message="0")


def refresh_key(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        from cryptography.hazmat.primitives import serialization

        pem = state.refresh_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return Response(pem, media_type="application/x-pem-file")

    return endpoint
