"""What a worker needs to reach the service: the account and where the service lives."""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins


@dataclass(frozen=True)
class ServiceConfig:
    credentials: Credentials | None
    origins: ServiceOrigins = field(default_factory=ServiceOrigins)
