"""One BiliClient kept per worker between jobs, replaced when the account or origins change
(its connection pool then starts fresh)."""

from __future__ import annotations

import httpx

from gui.bili.client import DEFAULT_TIMEOUT, BiliClient
from gui.workers.service import ServiceConfig


class ClientCache:
    def __init__(self, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        self._timeout = timeout
        self._client: BiliClient | None = None
        self._service: ServiceConfig | None = None

    def client_for(self, service: ServiceConfig) -> BiliClient:
        if self._client is None or service != self._service:
            self.close()
            self._client = BiliClient(
                service.credentials,
                service.origins,
                timeout=self._timeout,
                clock=service.clock,
                proxy=service.proxy,
            )
            self._service = service
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
