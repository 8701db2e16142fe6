"""The customer-service endpoints: heartbeat, upload, the presigned download links."""

from __future__ import annotations

import asyncio
import json
import mimetypes
import re
import secrets
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response

from gui.emulator.faults import Fault
from gui.emulator.plumbing import Handler, RefuseEarly, drain
from gui.emulator.replies import bili_reply, go_json, s3_error
from gui.emulator.signing import BUCKET_PATH
from gui.emulator.state import EmulatorState, StoredFile
from gui.emulator.upload_body import BodyTooLarge, MalformedBody, UploadBody

__all__ = ["Handler", "control_faults", "download", "heartbeat", "upload"]

REQUIRED_PARTS = ("file", "filename", "mid", "csrf")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


async def heartbeat(request: Request, state: EmulatorState, throttle: float) -> Response:
    if state.sessions.find(request.cookies.get("SESSDATA")) is None:
        return bili_reply(-101)
    return bili_reply(0, with_msg=True)


async def upload(request: Request, state: EmulatorState, throttle: float) -> Response:
    session = state.sessions.find(request.cookies.get("SESSDATA"))
    if session is None:
        await drain(request)
        return bili_reply(-101)
    try:
        body = UploadBody(request.headers.get("content-type", ""), state.data_dir, state.max_bytes)
    except MalformedBody:
        await drain(request)
        return bili_reply(-400)
    try:
        async for chunk in request.stream():
            body.feed(chunk)
            if throttle > 0:
                await asyncio.sleep(len(chunk) / throttle)
        body.finish()
    except BodyTooLarge:
        body.discard()
        return RefuseEarly(bili_reply(1000011))  # type: ignore[return-value]
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
    cookie_csrf = request.cookies.get("bili_jct")
    if cookie_csrf != session.bili_jct or fields["csrf"] != cookie_csrf:
        body.discard()
        return bili_reply(-111)  # the form's csrf must be the bili_jct cookie, as sent
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


def download(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
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


def control_faults(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            spec = json.loads(await request.body())["fault"]
            state.faults.add_fault(Fault.parse(str(spec)))
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return Response(go_json({"queued": spec}), media_type="application/json")

    return endpoint
