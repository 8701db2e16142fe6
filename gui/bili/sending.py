"""Sending a request to the service as something hostile might answer it: every request has
an overall deadline (connect, send and receive together: a reply trickled a byte a second
ends like any time-out), its reply is read streamed and decoded with a cap on the decoded
size (a gzip bomb is refused before it inflates), and another thread can end every request
under way at once (`abort_all`, as quitting does).

Each request has a connection of its own (no keep-alive): `Abort` learns its socket when
it connects, and shutting that socket down is what ends a request blocked anywhere."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.errors import Transport, TransportError
from gui.bili.replies import transport_error
from gui.bili.upload_body import Abort

REQUEST_DEADLINE = 40.0  # seconds for a request without a body worth the name
FLOOR_SPEED = 32 * 1024  # bytes per second an upload may not fall below for its deadline
REPLY_LIMIT = 256 * 1024  # decoded bytes: the API's replies are a few hundred bytes to ~10 KB
PAGE_LIMIT = 2 * 1024 * 1024  # the cookie-refresh web page
RAW_CHUNK = 16 * 1024

NO_KEEP_ALIVE = httpx.Limits(max_keepalive_connections=0)


def deadline_for(body_bytes: int) -> float:
    """A request's whole time: the base, plus its body sent at the floor speed."""
    return REQUEST_DEADLINE + body_bytes / FLOOR_SPEED


class Sender:
    """Sends through `http` (made with NO_KEEP_ALIVE) under a deadline, reading at most
    REPLY_LIMIT (or PAGE_LIMIT) decoded bytes of the reply; `abort_all()` from any thread."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http
        self._lock = threading.Lock()
        self._in_flight: set[Abort] = set()
        self._closed = False

    def send(
        self,
        request: httpx.Request,
        *,
        page: bool = False,
        limit: int | None = None,
        deadline: float | None = None,
        abort: Abort | None = None,
    ) -> httpx.Response:
        """`page`: a web page (larger than an API reply), or `limit` decoded bytes at most;
        `deadline`: seconds for it all (REQUEST_DEADLINE unless given); `abort`: the
        request's own, to end it from outside."""
        limit = limit or (PAGE_LIMIT if page else REPLY_LIMIT)
        with self._guarded(request, deadline, abort):
            response = self._http.send(request, stream=True)
            try:
                body = read_capped(response, limit)
            finally:
                response.close()
        return decoded(response, body, request)

    def download(
        self, request: httpx.Request, destination: Path, limit: int, deadline: float
    ) -> httpx.Response:
        """The reply's body into `destination` (at most `limit` bytes: more is TOO_LARGE),
        when its status is 200; the response, read, for its status."""
        with self._guarded(request, deadline, None):
            response = self._http.send(request, stream=True)
            try:
                if response.status_code == 200:
                    _write_capped(response, destination, limit)
            finally:
                response.close()
        return response

    @contextmanager
    def _guarded(
        self, request: httpx.Request, deadline: float | None, abort: Abort | None
    ) -> Iterator[None]:
        """The request under its deadline, endable by `abort_all`; httpx's transport errors
        as ours (a deadline's as a time-out)."""
        abort = abort or Abort()
        request.extensions["trace"] = abort.trace
        timer = threading.Timer(deadline or REQUEST_DEADLINE, abort.time_out)
        timer.daemon = True
        with self._lock:
            if self._closed:
                raise TransportError(Transport.DROPPED)
            self._in_flight.add(abort)
        timer.start()
        try:
            yield
        except httpx.TransportError as exc:
            if abort.timed_out:
                raise TransportError(Transport.TIMED_OUT) from None
            raise transport_error(exc) from None
        finally:
            timer.cancel()
            with self._lock:
                self._in_flight.discard(abort)

    def abort_all(self) -> None:
        """End every request under way now, and refuse new ones (the client is closing)."""
        with self._lock:
            self._closed = True
            under_way = list(self._in_flight)
        for abort in under_way:
            abort.trigger()


def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The body decoded as its Content-Encoding says, never more than `limit` bytes of it:
    a reply over the limit is a BadReply (TOO_LARGE), found before it is all in memory."""
    try:
        body = response.content  # already in memory (a reply made in-process, as in tests)
    except httpx.ResponseNotRead:
        pass
    else:
        if len(body) > limit:
            raise BadReply(Reply.TOO_LARGE, status=response.status_code)
        return body
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise BadReply(Reply.NOT_JSON, status=response.status_code)
    inflate = None if encoding in ("", "identity") else zlib.decompressobj(wbits=47)
    out = bytearray()
    for chunk in response.iter_raw(RAW_CHUNK):
        if inflate is None:
            out += chunk
        else:
            _inflate_into(out, inflate, chunk, limit, response.status_code)
        if len(out) > limit:
            raise BadReply(Reply.TOO_LARGE, status=response.status_code)
    return bytes(out)


def _write_capped(response: httpx.Response, destination: Path, limit: int) -> None:
    written = 0
    with destination.open("wb") as out:
        for chunk in response.iter_bytes(RAW_CHUNK):
            written += len(chunk)
            if written > limit:
                raise BadReply(Reply.TOO_LARGE, status=response.status_code)
            out.write(chunk)


def _inflate_into(
    out: bytearray, inflate: zlib._Decompress, data: bytes, limit: int, status: int
) -> None:
    """Inflate `data` into `out`, at most up to one byte past `limit` (that byte says it is
    too large): a few kilobytes of gzip never become a gigabyte here."""
    try:
        while data:
            out += inflate.decompress(data, limit + 1 - len(out))
            if len(out) > limit:
                return
            data = inflate.unconsumed_tail
    except zlib.error:
        raise BadReply(Reply.NOT_JSON, status=status) from None


def decoded(response: httpx.Response, body: bytes, request: httpx.Request) -> httpx.Response:
    """The reply as if read whole, with its body already decoded."""
    skip = {"content-encoding", "content-length", "transfer-encoding"}
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in skip]
    return httpx.Response(response.status_code, headers=headers, content=body, request=request)
