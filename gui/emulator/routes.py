"""The emulator's HTTP application: the documented endpoints on one origin."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Route
from starlette.types import ASGIApp

from gui.bili.client import (
    HEARTBEAT_PATH,
    NAV_PATH,
    QR_GENERATE_PATH,
    QR_POLL_PATH,
    SIGN_OUT_PATH,
    UPLOAD_PATH,
)
from gui.bili.cookie_refresh import (
    CONFIRM_REFRESH_PATH,
    COOKIE_INFO_PATH,
    COOKIE_REFRESH_PATH,
    CORRESPOND_PATH,
    EMULATOR_KEY_PATH,
)
from gui.emulator import cookie_refresh as cr
from gui.emulator import customer_service, passport
from gui.emulator.plumbing import RateLimiter, Recorder, ServiceClock, with_faults
from gui.emulator.signing import BUCKET_PATH
from gui.emulator.state import EmulatorState

CONTROL_PREFIX = "/_emulator"  # not a path of the real service


def build_app(state: EmulatorState) -> ASGIApp:
    cs, pp = customer_service, passport

    def api(path: str, name: str, handler: customer_service.Handler, method: str = "GET") -> Route:
        return Route(path, with_faults(state, name, handler), methods=[method])

    routes = [
        api(HEARTBEAT_PATH, "heartbeat", cs.heartbeat),
        api(UPLOAD_PATH, "upload", cs.upload, "POST"),
        api(QR_GENERATE_PATH, "qr", pp.qr_generate),
        api(QR_POLL_PATH, "qr", pp.qr_poll),
        api(NAV_PATH, "nav", pp.nav),
        api(SIGN_OUT_PATH, "sign_out", pp.sign_out, "POST"),
        api(COOKIE_INFO_PATH, "cookie_info", cr.cookie_info),
        api(COOKIE_REFRESH_PATH, "cookie_refresh", cr.cookie_refresh, "POST"),
        api(CONFIRM_REFRESH_PATH, "confirm_refresh", cr.confirm_refresh, "POST"),
        Route(CORRESPOND_PATH + "{path}", cr.correspond(state), methods=["GET"]),
        Route(EMULATOR_KEY_PATH, cr.refresh_key(state), methods=["GET"]),
        Route(BUCKET_PATH + "{key}", cs.download(state), methods=["GET", "HEAD"]),
        Route(pp.AVATAR_PATH + "{name}", pp.avatar, methods=["GET"]),
        Route(pp.SCAN_PAGE_PATH, pp.scan_page, methods=["GET"]),
        Route(pp.LOGIN_PATH, pp.login_page, methods=["GET"]),
        Route(CONTROL_PREFIX + "/faults", cs.control_faults(state), methods=["POST"]),
        Route(CONTROL_PREFIX + "/qr/{key}/{action:str}", pp.control_qr(state), methods=["POST"]),
    ]
    exempt = (CONTROL_PREFIX, BUCKET_PATH, pp.AVATAR_PATH, pp.SCAN_PAGE_PATH)
    return Recorder(
        ServiceClock(RateLimiter(Starlette(routes=routes), state, exempt), state), state
    )
