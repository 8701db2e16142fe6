"""Request plumbing shared by the endpoints: fault injection, early refusal, request records."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gui.emulator.faults import Fault, FaultKind
from gui.emulator.replies import ERROR_PAGE, TOO_LARGE_PAGE, bili_reply, risk_control_reply
from gui.emulator.state import EmulatorState, RequestRecord


class DropConnection:
    """Starts a reply and returns without finishing it: the server closes the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"code":0,', "more_body": True})


class RefuseEarly:
    """Sends a complete reply before the request body has arrived, then closes.

    Closing a socket with unread data makes the kernel send a reset, which can destroy the
    reply before the client reads it. So, as web servers do ("lingering close"), the rest of
    the body is read and thrown away for a short, bounded while before the close: it is
    never kept in memory or written anywhere.
    """

    LINGER_SECONDS = 2.0
    LINGER_BYTES = 32 * 1024 * 1024

    def __init__(self, reply: Response) -> None:
        self.reply = reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in self.reply.raw_headers if k != b"connection"]
        await send(
            {
                "type": "http.response.start",
                "status": self.reply.status_code,
                "headers": [*headers, (b"connection", b"close")],
            }
        )
        # The whole body now, but the reply stays open while we linger (see above).
        await send({"type": "http.response.body", "body": self.reply.body, "more_body": True})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.LINGER_SECONDS
        drained = 0
        while drained < self.LINGER_BYTES:
            try:
                message = await asyncio.wait_for(receive(), max(deadline - loop.time(), 0))
            except TimeoutError:
                break
            if message["type"] != "http.request" or not message.get("more_body"):
                break
            drained += len(message.get("body", b""))
        await send({"type": "http.response.body", "body": b""})


async def drain(request: Request) -> None:
    try:
        async for _ in request.stream():
            pass
    except ClientDisconnect:
        pass


Handler = Callable[[Request, EmulatorState, float], Awaitable[Any]]
ANSWERS_AT_ONCE = frozenset(
    {FaultKind.HTTP_500, FaultKind.INVALID_JSON, FaultKind.CODE, FaultKind.HTTP_412}
)
RISK_CODES = frozenset({-412, -352, -799, -509})


def with_faults(
    state: EmulatorState, name: str, handler: Handler
) -> Callable[[Request], Awaitable[Any]]:
    async def endpoint(request: Request) -> Any:
        fault: Fault | None = state.faults.take(name)
        kind = fault.kind if fault else None
        if fault and kind is FaultKind.DELAY:
            await asyncio.sleep(fault.value)
        if kind is FaultKind.DROP:
            return DropConnection()
        if fault and kind is FaultKind.HTTP_413:
            return RefuseEarly(HTMLResponse(TOO_LARGE_PAGE, status_code=413))
        if fault and kind in ANSWERS_AT_ONCE:
            await drain(request)
            if kind is FaultKind.HTTP_500:
                return HTMLResponse(ERROR_PAGE, status_code=500)
            if kind is FaultKind.INVALID_JSON:
                return Response(
                    b'{"code":0,"message":"ok","ttl":1,"data":{"key":',
                    media_type="application/json",
                )
            if kind is FaultKind.HTTP_412:
                return risk_control_reply(-412, html=bool(fault.value))
            code = int(fault.value)
            return risk_control_reply(code) if code in RISK_CODES else bili_reply(code)
        throttle = fault.value if fault and kind is FaultKind.THROTTLE else 0.0
        return await handler(request, state, throttle)

    return endpoint


class Recorder:
    """Keeps a RequestRecord of every request (cookie names only)."""

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope)
            self.state.requests.append(
                RequestRecord(scope["method"], scope["path"], frozenset(request.cookies))
            )
        await self.app(scope, receive, send)


class ServiceClock:
    """Every reply's Date header in the emulator's clock (which may run off the machine's:
    --clock-skew), as the real service's replies carry its own."""

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def dated(message: Message) -> None:
            if message["type"] == "http.response.start":
                date = formatdate(self.state.clock.now(), usegmt=True).encode()
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                message = {**message, "headers": [*headers, (b"date", date)]}
            await send(message)

        await self.app(scope, receive, dated)


class RateLimiter:
    """Risk control per client address: more than `limit` API requests within `window`
    seconds blocks that address for `block` seconds, and every request during a block gets
    HTTP 412 and starts the block again (the real service's blocks are prolonged the same way).
    The emulator's own control paths, links and avatars are not counted."""

    def __init__(self, app: ASGIApp, state: EmulatorState, exempt: tuple[str, ...]) -> None:
        self.app = app
        self.state = state
        self.exempt = exempt
        self._seen: dict[str, deque[float]] = {}
        self._blocked_until: dict[str, float] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.state.rate_limit
        if scope["type"] != "http" or limit is None or scope["path"].startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        count, window = limit
        host = (scope.get("client") or ("?", 0))[0]
        now = self.state.clock.now()
        if self._blocked_until.get(host, 0.0) > now:
            self._blocked_until[host] = now + self.state.block_seconds
            self.state.blocked_requests += 1
            await RefuseEarly(risk_control_reply(html=True))(scope, receive, send)
            return
        seen = self._seen.setdefault(host, deque())
        while seen and seen[0] <= now - window:
            seen.popleft()
        seen.append(now)
        if len(seen) > count:
            seen.clear()
            self._blocked_until[host] = now + self.state.block_seconds
            self.state.blocked_requests += 1
            await RefuseEarly(risk_control_reply(-412))(scope, receive, send)
            return
        await self.app(scope, receive, send)
