"""The connection states the indicator shows (kept apart: the window imports it before the
network stack has loaded)."""

from __future__ import annotations

from enum import Enum


class ConnectionState(Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    SLOW = "slow"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"
    COOLING_DOWN = "cooling_down"  # the service asked to slow down: no requests until a time
