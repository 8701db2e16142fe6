"""What a worker needs to reach the service: the account and where the service lives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins
from gui.bili.proxy import Proxy
from gui.clock import utc_now


@dataclass(frozen=True)
class ServiceConfig:
    credentials: Credentials | None
    origins: ServiceOrigins = field(default_factory=ServiceOrigins)
    clock: Callable[[], datetime] = utc_now  # the window's clock: link expiries are in it
    proxy: Proxy = field(default_factory=Proxy)
