"""Running the emulator: in-process on a background thread, or in the foreground for the CLI."""

from __future__ import annotations

import contextlib
import copy
import logging
import signal
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import uvicorn

from gui.bili.credentials import Credentials
from gui.bili.limits import LINK_TTL_SECONDS, MAX_UPLOAD_BYTES
from gui.emulator.accounts import DEMO_ACCOUNT, Account, Ageing, Session, session_credentials
from gui.emulator.clock import EmulatorClock
from gui.emulator.faults import FaultQueue
from gui.emulator.qr_sign_in import QrKeys
from gui.emulator.routes import build_app
from gui.emulator.state import (
    DEFAULT_BLOCK_SECONDS,
    DEFAULT_RATE_LIMIT,
    EmulatorState,
    RequestRecord,
)

# uvicorn logs requests to stdout by default; stdout carries only the start-up JSON line.
_STDERR_LOGGING = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
_STDERR_LOGGING["handlers"]["access"]["stream"] = "ext://sys.stderr"


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


class Emulator:
    """A local stand-in for the Bilibili services, on a real loopback HTTP port.

    Usage: `with Emulator() as emu: BiliClient(emu.demo_credentials, emu.origins) ...`.
    `stop()` then `start()` brings it back on the same port with the same accounts and files.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        link_ttl: int = LINK_TTL_SECONDS,
        max_bytes: int = MAX_UPLOAD_BYTES,
        data_dir: Path | None = None,
        clock: EmulatorClock | None = None,
        qr_auto: float | None = None,
        access_log: bool = False,
        rate_limit: tuple[int, float] | None = DEFAULT_RATE_LIMIT,
        block_seconds: float = DEFAULT_BLOCK_SECONDS,
        ageing: Ageing | None = None,
    ) -> None:
        self._own_dir = None if data_dir else tempfile.TemporaryDirectory(prefix="bilidrop-emu-")
        directory = data_dir or Path(self._own_dir.name)  # type: ignore[union-attr]
        directory.mkdir(parents=True, exist_ok=True)
        self.state = EmulatorState(
            data_dir=directory,
            clock=clock or EmulatorClock(),
            link_ttl=link_ttl,
            max_bytes=max_bytes,
            rate_limit=rate_limit,
            block_seconds=block_seconds,
            ageing=ageing or Ageing(),
        )
        self.state.qr.auto = qr_auto
        # The demo account signed in as BiliDrop would by QR code, so it can be renewed.
        self.demo_session: Session = self.state.sessions.open(DEMO_ACCOUNT, via_qr=True)
        self.host = host
        self.port = port
        self._access_log = access_log
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # --- what tests and the app use ------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def clock(self) -> EmulatorClock:
        return self.state.clock

    @property
    def faults(self) -> FaultQueue:
        return self.state.faults

    @property
    def demo_credentials(self) -> Credentials:
        return session_credentials(self.demo_session)

    @property
    def requests(self) -> list[RequestRecord]:
        return list(self.state.requests)

    @property
    def data_dir(self) -> Path:
        return self.state.data_dir

    @property
    def qr(self) -> QrKeys:
        """The QR keys: `scan(key)` and `confirm(key)` stand in for the phone."""
        return self.state.qr

    def sign_in(self, account: Account = DEMO_ACCOUNT, *, via_qr: bool = False) -> Credentials:
        """A new session for `account`: a browser's (its cookie pasted), or with `via_qr` one
        made by a QR sign-in."""
        return session_credentials(self.state.sessions.open(account, via_qr=via_qr))

    def revoke(self, credentials: Credentials) -> None:
        self.state.sessions.revoke(credentials.sessdata)

    # --- running -------------------------------------------------------------------------------

    def _server_for(self) -> uvicorn.Server:
        config = uvicorn.Config(
            build_app(self.state),
            log_level="info" if self._access_log else "warning",
            access_log=self._access_log,
            lifespan="off",
            timeout_graceful_shutdown=2,
            date_header=False,  # ServiceClock writes Date in the emulator's clock
            log_config=_STDERR_LOGGING,
        )
        return uvicorn.Server(config)

    def bind(self) -> socket.socket:
        sock = _listen(self.host, self.port)
        self.port = sock.getsockname()[1]
        return sock

    def start(self, timeout: float = 10.0) -> Self:
        """Serve on a background thread; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        sock = self.bind()
        self._server = self._server_for()
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="emulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)  # polling a flag uvicorn sets; no event is offered
        return self

    def serve_forever(self, sock: socket.socket) -> None:
        """Serve in this (main) thread until SIGINT or SIGTERM, then return normally."""

        def stop_quietly(signum: int, frame: object) -> None:
            raise SystemExit(0)

        # uvicorn shuts down gracefully on these, then re-raises them with our handlers back.
        previous = {
            sig: signal.signal(sig, stop_quietly) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        self._server = self._server_for()
        try:
            self._server.run(sockets=[sock])
        except SystemExit:
            pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._server = None

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        # Requests still arriving (a slow upload) are cut after the grace period; uvicorn logs
        # that as an error, which is expected when the app or a test ends mid-upload.
        server_log = logging.getLogger("uvicorn.error")
        level = server_log.level
        server_log.setLevel(logging.CRITICAL)
        try:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        finally:
            server_log.setLevel(level)
        self._server = None
        self._thread = None

    def close(self) -> None:
        self.stop()
        if self._own_dir is not None:
            with contextlib.suppress(OSError):
                self._own_dir.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
