"""The emulator's HTTP application: the documented endpoints on one origin."""

from __future__ import annotations

import asyncio
import json
import mimetypes
import re
import secrets
import shutil
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from gui.bili.client import HEARTBEAT_PATH, UPLOAD_PATH
from gui.emulator.accounts import SessionTable
from gui.emulator.clock import EmulatorClock
from gui.emulator.faults import Fault, FaultKind, FaultQueue
from gui.emulator.replies import ERROR_PAGE, bili_reply, go_json, s3_error
from gui.emulator.signing import BUCKET_PATH, LinkSigner
from gui.emulator.upload_body import BodyTooLarge, MalformedBody, UploadBody

CONTROL_PREFIX = "/_emulator"  # not a path of the real service
REQUIRED_PARTS = ("file", "filename", "mid", "csrf")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


@dataclass(frozen=True)
class RequestRecord:
    """What tests may ask about a past request. Cookie names only, never values."""

    method: str
    path: str
    cookie_names: frozenset[str]


@dataclass(frozen=True)
class StoredFile:
    path: Path
    size: int
    content_type: str


class EmulatorState:
    """Everything the endpoints share; safe to change from other threads."""

    def __init__(self, *, data_dir: Path, clock: EmulatorClock, link_ttl: int, max_bytes: int):
        self.data_dir = data_dir
        self.clock = clock
        self.max_bytes = max_bytes
        self.sessions = SessionTable()
        self.faults = FaultQueue()
        self.signer = LinkSigner(
            access_key=secrets.token_urlsafe(12), secret_key=secrets.token_hex(20), ttl=link_ttl
        )
        self.files: dict[str, StoredFile] = {}
        self.requests: deque[RequestRecord] = deque(maxlen=1000)


class _DropConnection:
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


class _RefuseEarly:
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


async def _drain(request: Request) -> None:
    try:
        async for _ in request.stream():
            pass
    except ClientDisconnect:
        pass


Handler = Callable[[Request, EmulatorState, float], Awaitable[Response]]


def _with_faults(
    state: EmulatorState, name: str, handler: Handler
) -> Callable[[Request], Awaitable[Any]]:
    async def endpoint(request: Request) -> Any:
        fault: Fault | None = state.faults.take(name)
        kind = fault.kind if fault else None
        if fault and kind is FaultKind.DELAY:
            await asyncio.sleep(fault.value)
        if kind is FaultKind.DROP:
            return _DropConnection()
        if fault and kind in (FaultKind.HTTP_500, FaultKind.INVALID_JSON, FaultKind.CODE):
            await _drain(request)
            if kind is FaultKind.HTTP_500:
                return HTMLResponse(ERROR_PAGE, status_code=500)
            if kind is FaultKind.INVALID_JSON:
                return Response(
                    b'{"code":0,"message":"ok","ttl":1,"data":{"key":',
                    media_type="application/json",
                )
            return bili_reply(int(fault.value))
        throttle = fault.value if fault and kind is FaultKind.THROTTLE else 0.0
        return await handler(request, state, throttle)

    return endpoint


async def heartbeat(request: Request, state: EmulatorState, throttle: float) -> Response:
    if state.sessions.find(request.cookies.get("SESSDATA")) is None:
        return bili_reply(-101)
    return bili_reply(0, with_msg=True)


async def upload(request: Request, state: EmulatorState, throttle: float) -> Response:
    session = state.sessions.find(request.cookies.get("SESSDATA"))
    if session is None:
        await _drain(request)
        return bili_reply(-101)
    try:
        body = UploadBody(request.headers.get("content-type", ""), state.data_dir, state.max_bytes)
    except MalformedBody:
        await _drain(request)
        return bili_reply(-400)
    try:
        async for chunk in request.stream():
            body.feed(chunk)
            if throttle > 0:
                await asyncio.sleep(len(chunk) / throttle)
        body.finish()
    except BodyTooLarge:
        body.discard()
        return _RefuseEarly(bili_reply(1000011))  # type: ignore[return-value]
    except (MalformedBody, ClientDisconnect):
        body.discard()
        return bili_reply(-400)
    except asyncio.CancelledError:
        # The emulator is stopping with this upload still arriving (a slow or throttled
        # client): drop the partial file and end quietly instead of logging a traceback.
        body.discard()
        return bili_reply(-500)
    fields = body.fields
    if body.file_path is None or any(fields.get(p) is None for p in REQUIRED_PARTS[1:]):
        body.discard()
        return bili_reply(-400)
    if fields["csrf"] != session.bili_jct:
        body.discard()
        return bili_reply(-111)
    if fields["mid"].strip() != str(session.account.mid):
        body.discard()
        return bili_reply(1200201)
    suffix = Path(body.file_name or "").suffix
    key = secrets.token_hex(16) + (suffix if _SUFFIX.fullmatch(suffix) else "")
    stored = state.data_dir / key
    shutil.move(body.file_path, stored)
    content_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
    state.files[key] = StoredFile(stored, body.file_size, content_type)
    origin = f"{request.url.scheme}://{request.headers['host']}"
    url = state.signer.sign(origin, key, state.clock.now())
    return bili_reply(0, data={"key": key, "url": url})


def _download(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        key = request.path_params["key"]
        refusal = state.signer.check(
            request.headers.get("host", ""),
            BUCKET_PATH + key,
            dict(request.query_params),
            state.clock.now(),
        )
        if refusal is not None:
            return s3_error(refusal, key)
        stored = state.files.get(key)
        if stored is None or not stored.path.exists():
            return s3_error("NoSuchKey", key, status=404)
        return FileResponse(stored.path, media_type=stored.content_type)

    return endpoint


def _control_faults(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            spec = json.loads(await request.body())["fault"]
            state.faults.add_fault(Fault.parse(str(spec)))
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return Response(go_json({"queued": spec}), media_type="application/json")

    return endpoint


class _Recorder:
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


def build_app(state: EmulatorState) -> ASGIApp:
    routes = [
        Route(HEARTBEAT_PATH, _with_faults(state, "heartbeat", heartbeat), methods=["GET"]),
        Route(UPLOAD_PATH, _with_faults(state, "upload", upload), methods=["POST"]),
        Route(BUCKET_PATH + "{key}", _download(state), methods=["GET", "HEAD"]),
        Route(CONTROL_PREFIX + "/faults", _control_faults(state), methods=["POST"]),
    ]
    return _Recorder(Starlette(routes=routes), state)
