"""The clients a worker uses: one BiliClient kept between jobs (replaced when the account or
origins change), or one per job; either way another thread can end their requests under way
at once (`abort`, as quitting does), so a worker's thread never outlives a quit."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from gui.bili.client import DEFAULT_TIMEOUT, BiliClient
from gui.bili.credentials import Credentials
from gui.workers.service import ServiceConfig


class LiveClients:
    """The clients in use; `abort()` (any thread) ends their requests and those of every
    client added after it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: set[BiliClient] = set()
        self._aborted = False

    def add(self, client: BiliClient) -> BiliClient:
        with self._lock:
            self._clients.add(client)
            aborted = self._aborted
        if aborted:
            client.abort()
        return client

    def discard(self, client: BiliClient) -> None:
        with self._lock:
            self._clients.discard(client)

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            clients = list(self._clients)
        for client in clients:
            client.abort()

    @contextmanager
    def one_for(
        self, service: ServiceConfig, credentials: Credentials | None, timeout: httpx.Timeout
    ) -> Iterator[BiliClient]:
        """A client for one job, closed after it."""
        client = self.add(
            BiliClient(credentials, service.origins, timeout=timeout, proxy=service.proxy)
        )
        try:
            yield client
        finally:
            self.discard(client)
            client.close()


class ClientCache:
    def __init__(self, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        self._timeout = timeout
        self._client: BiliClient | None = None
        self._service: ServiceConfig | None = None
        self.live = LiveClients()

    def client_for(self, service: ServiceConfig) -> BiliClient:
        if self._client is None or service != self._service:
            self.close()
            self._client = self.live.add(
                BiliClient(
                    service.credentials,
                    service.origins,
                    timeout=self._timeout,
                    clock=service.clock,
                    proxy=service.proxy,
                )
            )
            self._service = service
        return self._client

    def abort(self) -> None:
        """From any thread: end the request under way (the worker's thread then ends)."""
        self.live.abort()

    def close(self) -> None:
        if self._client is not None:
            self.live.discard(self._client)
            self._client.close()
            self._client = None
