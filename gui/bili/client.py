"""The client for the Bilibili web API BiliDrop uses: customer-service heartbeat and upload,
QR sign-in, the account check and sign-out. One httpx.Client, cookies sent by hand."""

from __future__ import annotations

import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

from gui.bili.account import (
    Account,
    QrCode,
    QrPoll,
    account_from,
    cookies_from_headers,
    qr_code_from,
    qr_poll_from,
)
from gui.bili.bad_reply import BadReply, Reply
from gui.bili.cookie_refresh import (
    BILIBILI_REFRESH_KEY,
    CONFIRM_REFRESH_PATH,
    COOKIE_INFO_PATH,
    COOKIE_REFRESH_PATH,
    CORRESPOND_PATH,
    EMULATOR_KEY_PATH,
    correspond_path,
    refresh_csrf_from,
)
from gui.bili.credentials import Credentials, CredentialsError, SignInSource
from gui.bili.errors import BiliError, CsrfRejected, FileUnreadable, NotSignedIn
from gui.bili.files import check_uploadable
from gui.bili.links import LinkClient, checked_link, link_expiry
from gui.bili.origins import OriginError, ServiceOrigins
from gui.bili.proxy import Proxy
from gui.bili.redaction import install as install_log_redaction
from gui.bili.replies import parse_reply, server_clock_offset, upload_reply
from gui.bili.sending import NO_KEEP_ALIVE, Sender, deadline_for
from gui.bili.upload_body import Abort, Cancelled, Progress, StreamingFile, sendable_name
from gui.clock import utc_now

HEARTBEAT_PATH = "/x/custom/session_svr/v1/heart_beat"
UPLOAD_PATH = "/x/custom/msg_svr/v1/upload"
QR_GENERATE_PATH = "/x/passport-login/web/qrcode/generate"
QR_POLL_PATH = "/x/passport-login/web/qrcode/poll"
NAV_PATH = "/x/web-interface/nav"
SIGN_OUT_PATH = "/login/exit/v2"
HEARTBEAT_QUERY = {"shop_id": "0", "shop_father_id": "0", "build": "0", "mobi_app": "web"}

# The real service answers odd clients with -352/-412, so we look like the web page does.
BROWSER_HEADERS = {
    "User-Agent": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    ),
    "Referer": "https://www.bilibili.com/",
    "Accept": "application/json, text/plain, */*",
}
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)

install_log_redaction()


@dataclass(frozen=True)
class UploadResult:
    """A finished upload: the link and when it stops working (UTC)."""

    filename: str
    key: str
    url: str
    size: int
    expires_at: datetime
    sha256: str = ""  # of the bytes that were sent


class BiliClient:
    """Speaks the customer-service API. One instance per account; safe to reuse, not to share
    across threads while a request is running.

    Cookies are put on each request by hand and only for `origins`; the link host gets a
    separate, cookie-less connection.
    """

    def __init__(
        self,
        credentials: Credentials | None,
        origins: ServiceOrigins | None = None,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], datetime] = utc_now,
        proxy: Proxy | None = None,
    ) -> None:
        self.credentials = credentials
        self.clock = clock  # ours: what the countdowns run on
        self.origins = origins or ServiceOrigins()
        # The system's proxy, none or one given by hand; never one for a loopback service
        # (the emulator): the cookies would travel to the proxy in plain http.
        self._connection_options = (proxy or Proxy()).client_options(loopback=self.origins.loopback)
        self._http = httpx.Client(
            headers=BROWSER_HEADERS,
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
            limits=NO_KEEP_ALIVE,  # a connection per request: each can be ended (sending.py)
            **self._connection_options,
        )
        self._sender = Sender(self._http)
        self._links: LinkClient | None = None
        self._aborted = False
        self._timeout = timeout
        # The service's clock minus ours, from the last reply's Date header: a link's expiry
        # is in the service's clock, the countdowns run on ours.
        self.clock_offset = 0.0

    # --- lifecycle --------------------------------------------------------------------------

    def abort(self) -> None:
        """From any thread: end every request under way now (a quit), and send no more."""
        self._aborted = True
        self._sender.abort_all()
        if self._links is not None:
            self._links.abort()

    def close(self) -> None:
        self._sender.abort_all()
        self._http.close()
        if self._links is not None:
            self._links.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- requests ----------------------------------------------------------------------------

    def _send(
        self,
        request: httpx.Request,
        *,
        web_page: bool = False,
        deadline: float | None = None,
        abort: Abort | None = None,
    ) -> httpx.Response:
        """Send with the cookies, to the configured API origins only (and, for the one
        cookie-refresh page, `web_page`, to the web site's origin), within `deadline`
        seconds; the reply is read whole but bounded (gui/bili/sending.py)."""
        origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}".lower()
        allowed = self.origins.all() | ({self.origins.www} if web_page else set())
        if origin not in allowed:
            raise OriginError("credentials are only ever sent to the configured origins")
        if self.credentials is not None:
            request.headers["Cookie"] = self.credentials.cookie_header()
        try:
            response = self._sender.send(request, page=web_page, deadline=deadline, abort=abort)
        finally:
            self._http.cookies.clear()  # never let a reply's Set-Cookie ride along elsewhere
        offset = server_clock_offset(response, self.clock())
        if offset is not None:
            self.clock_offset = offset
        return response

    def heartbeat(self) -> float:
        """One heartbeat; returns the round-trip time in seconds or raises a BiliError."""
        request = self._http.build_request(
            "GET", self.origins.customerservice + HEARTBEAT_PATH, params=HEARTBEAT_QUERY
        )
        started = time.perf_counter()
        response = self._send(request)
        latency = time.perf_counter() - started
        parse_reply(response)
        return latency

    def upload(
        self,
        path: Path,
        filename: str | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancelled | None = None,
        hash_sent: bool = False,
        abort: Abort | None = None,
    ) -> UploadResult:
        """Send one file, streamed from disk; returns its link and expiry.

        `progress(bytes_sent)` is called as the body goes out; `cancel()` is asked before each
        chunk and, when true, stops the request with UploadCancelled. Every call re-reads the
        file from its start, so retrying is calling again. `hash_sent`: the result carries the
        SHA-256 of the bytes sent, computed as they go (the file is read once). `abort`: lets
        another thread end the request at once (`Abort.trigger`).
        """
        path = Path(path)
        size = check_uploadable(path)
        if self.credentials is None:
            raise NotSignedIn()
        file_name = sendable_name(path)
        name = filename or file_name
        content_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        try:
            handle = path.open("rb")
        except OSError as exc:  # vanished or locked since the check
            raise FileUnreadable(path, exc) from None
        with handle:
            body = StreamingFile(path, handle, size, progress, cancel, hash_sent)
            request = self._http.build_request(
                "POST",
                self.origins.customerservice + UPLOAD_PATH,
                data={
                    "filename": name,
                    "mid": str(self.credentials.mid),
                    "csrf": self.credentials.bili_jct,
                },
                files={"file": (file_name, body, content_type)},  # type: ignore[dict-item]
            )
            response = self._send(request, deadline=deadline_for(size), abort=abort)
        replied_at = self.clock()
        key, url = upload_reply(response, path, size)
        url = checked_link(url, self.origins)
        return UploadResult(
            filename=name,
            key=key,
            url=url,
            size=size,
            expires_at=link_expiry(url, replied_at=replied_at, clock_offset=self.clock_offset),
            sha256=body.digest.hexdigest() if hash_sent else "",
        )

    # --- sign-in and account ------------------------------------------------------------------

    def qr_generate(self) -> QrCode:
        """A new QR sign-in code (draw `url`, poll with `key`; valid 180 s)."""
        request = self._http.build_request("GET", self.origins.passport + QR_GENERATE_PATH)
        return qr_code_from(parse_reply(self._send(request)).get("data"))

    def qr_poll(self, key: str) -> QrPoll:
        """Where the QR sign-in stands; on CONFIRMED it carries the new credentials."""
        request = self._http.build_request(
            "GET", self.origins.passport + QR_POLL_PATH, params={"qrcode_key": key}
        )
        response = self._send(request)
        body = parse_reply(response)
        return qr_poll_from(body.get("data"), response.headers.get_list("set-cookie"))

    def nav(self) -> Account:
        """Who these credentials belong to; NotSignedIn (-101) when they no longer work."""
        if self.credentials is None:
            raise NotSignedIn()
        request = self._http.build_request("GET", self.origins.api + NAV_PATH)
        return account_from(parse_reply(self._send(request)).get("data"))

    def sign_out(self) -> None:
        """Revoke the session on the server. Already-invalid credentials count as signed out."""
        if self.credentials is None:
            return
        request = self._http.build_request(
            "POST",
            self.origins.passport + SIGN_OUT_PATH,
            data={"biliCSRF": self.credentials.bili_jct},
        )
        response = self._send(request)
        if response.is_redirect or (
            response.status_code == 200 and response.text.lstrip().startswith("<")
        ):
            return  # documented: a signed-out session is sent to the login page, not JSON
        try:
            parse_reply(response)
        except BiliError as error:
            if error.code == 2202:
                raise CsrfRejected(2202) from None
            raise

    # --- keeping a QR sign-in alive (gui/bili/cookie_refresh.py) -----------------------------

    def cookie_info(self) -> tuple[bool, int]:
        """Whether the sign-in should be renewed, and the service's time (ms)."""
        if self.credentials is None:
            raise NotSignedIn()
        request = self._http.build_request(
            "GET",
            self.origins.passport + COOKIE_INFO_PATH,
            params={"csrf": self.credentials.bili_jct},
        )
        data = parse_reply(self._send(request)).get("data")
        if not isinstance(data, dict) or not isinstance(data.get("timestamp"), int):
            raise BadReply(Reply.NO_CODE)
        return bool(data.get("refresh")), int(data["timestamp"])

    def refresh_key(self) -> bytes:
        """Bilibili's published key; a loopback service (the emulator) serves its own."""
        if not self.origins.loopback:
            return BILIBILI_REFRESH_KEY
        reply = self._link_client().get(self.origins.passport + EMULATOR_KEY_PATH)
        if reply.status_code != 200:
            raise BadReply(Reply.NO_REFRESH_PAGE, status=reply.status_code)
        return reply.content

    def refresh_csrf(self, timestamp_ms: int) -> str:
        """refresh_csrf from the correspond page for the service's `timestamp_ms`."""
        path = correspond_path(timestamp_ms, self.refresh_key())
        request = self._http.build_request("GET", self.origins.www + CORRESPOND_PATH + path)
        reply = self._send(request, web_page=True)
        if reply.status_code != 200:
            raise BadReply(Reply.NO_REFRESH_PAGE, status=reply.status_code)
        token = refresh_csrf_from(reply.text)
        if token is None:  # seen on the real service: a page without it; try again later
            raise BadReply(Reply.NO_REFRESH_CSRF, status=200)
        return token

    def renew(self, keep: Callable[[Credentials], None]) -> Credentials | None:
        """Renew this QR sign-in if the service says it is due; None if not due.

        The order the notes give: refresh (new cookies and token), `keep(new)` stores them,
        and only then confirm with the new cookies and the old token (which ends the old
        session). If anything before the confirm fails, the old sign-in still works."""
        old = self.credentials
        if old is None:
            raise NotSignedIn()
        if not old.renewable:
            return None
        due, timestamp = self.cookie_info()
        if not due:
            return None
        token = self.refresh_csrf(timestamp)
        request = self._http.build_request(
            "POST",
            self.origins.passport + COOKIE_REFRESH_PATH,
            data={
                "csrf": old.bili_jct,
                "refresh_csrf": token,
                "source": "main_web",
                "refresh_token": old.refresh_token,
            },
        )
        response = self._send(request)
        data = parse_reply(response).get("data")
        jar = cookies_from_headers(response.headers.get_list("set-cookie"))
        new_token = data.get("refresh_token") if isinstance(data, dict) else None
        try:
            new = Credentials(
                sessdata=jar.get("SESSDATA", ""),
                bili_jct=jar.get("bili_jct", ""),
                dede_user_id=jar.get("DedeUserID", old.dede_user_id),
                dede_user_id_ckmd5=jar.get("DedeUserID__ckMd5", old.dede_user_id_ckmd5),
                refresh_token=str(new_token or ""),
                source=SignInSource.QR,
                renewed_at=self.clock().isoformat(timespec="seconds"),
            )
        except CredentialsError:
            raise BadReply(Reply.NO_NEW_COOKIES) from None
        if not new.refresh_token:
            raise BadReply(Reply.NO_NEW_COOKIES)
        keep(new)
        self.credentials = new
        confirm = self._http.build_request(
            "POST",
            self.origins.passport + CONFIRM_REFRESH_PATH,
            data={"csrf": new.bili_jct, "refresh_token": old.refresh_token},
        )
        parse_reply(self._send(confirm))
        return new

    def _link_client(self) -> LinkClient:
        """The cookie-less connection for links and images."""
        if self._links is None:
            self._links = LinkClient(
                BROWSER_HEADERS["User-Agent"], self._timeout, self._connection_options
            )
            if self._aborted:
                self._links.abort()
        return self._links

    def fetch_image(self, url: str) -> bytes:
        """A small image such as the avatar, without cookies (it lives on a CDN): only from a
        host the service's links use, never one a reply names at will."""
        return self._link_client().fetch_image(checked_link(url, self.origins))

    def download(self, url: str, destination: Path) -> int:
        """Fetch a link to a file, without any cookie; returns the bytes written."""
        return self._link_client().download(url, destination)
