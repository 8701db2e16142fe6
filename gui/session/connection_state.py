"""The connection's state and its words: one vocabulary for the status-bar indicator, the
tray and `bilidrop status` (kept apart and light: the window imports it before the network
stack has loaded, and the command line without Qt)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from gui.bili.errors import BiliError, NotSignedIn, RateLimited
from gui.clock import clock_time
from gui.i18n import tr


class ConnectionState(Enum):
    """The value is the machine word `bilidrop status --json` prints."""

    CONNECTING = "connecting"
    ONLINE = "online"
    SLOW = "slow"
    OFFLINE = "unreachable"
    SIGNED_OUT = "signed_out"
    COOLING_DOWN = "slowed_down"  # the service asked to slow down: no requests until a time


def state_name(state: ConnectionState) -> str:
    """The state in one or a few words ("Online"), in the UI language."""
    return {
        ConnectionState.CONNECTING: tr("Connecting"),
        ConnectionState.ONLINE: tr("Online"),
        ConnectionState.SLOW: tr("Slow"),
        ConnectionState.OFFLINE: tr("Offline"),
        ConnectionState.SIGNED_OUT: tr("Signed out"),
        ConnectionState.COOLING_DOWN: tr("Slowed down by Bilibili"),
    }[state]


def state_line(
    state: ConnectionState,
    *,
    latency: float | None = None,
    retry_in: int | None = None,
    until: datetime | None = None,
) -> str:
    """The state with its figure, as the indicator and the tray show it ("Online · 42 ms")."""
    if state is ConnectionState.CONNECTING:
        return tr("Connecting…")
    if state is ConnectionState.ONLINE:
        return tr("Online · {ms} ms").format(ms=round((latency or 0) * 1000))
    if state is ConnectionState.SLOW:
        return tr("Slow · {s:.1f} s").format(s=latency or 0)
    if state is ConnectionState.SIGNED_OUT:
        return tr("Signed out")
    if state is ConnectionState.COOLING_DOWN:
        if until is None:
            return tr("Slowed down · checking…")
        return tr("Slowed down by Bilibili · until {time}").format(time=clock_time(until))
    if retry_in is None:
        return tr("Offline · checking…")
    return tr("Offline · retrying in {n} s").format(n=retry_in)


def state_of(error: BiliError) -> ConnectionState:
    """What an error says of the connection: the one map from error type to state (and so,
    through gui/cli_common.py, to the command line's exit code)."""
    if isinstance(error, NotSignedIn):
        return ConnectionState.SIGNED_OUT
    if isinstance(error, RateLimited):
        return ConnectionState.COOLING_DOWN
    return ConnectionState.OFFLINE
