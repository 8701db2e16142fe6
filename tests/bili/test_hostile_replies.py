"""Whatever a hostile server sends, a request ends within its deadline, holds a bounded
amount of the reply in memory, and fails as an ordinary BiliError: a gzip bomb, an endless
JSON body, a reply trickled a byte at a time, JSON nested 100,000 deep, a server that says
nothing while BiliDrop quits."""

from __future__ import annotations

import gzip
import threading
import time
import zlib

import pytest

from gui.bili import sending
from gui.bili.bad_reply import BadReply, Reply
from gui.bili.client import BiliClient
from gui.bili.errors import BiliError, Transport, TransportError
from gui.bili.origins import ServiceOrigins
from tests.bili.hostile_server import Connection, HostileServer, forever, head


def client_of(server: HostileServer) -> BiliClient:
    return BiliClient(None, ServiceOrigins.single(server.base_url))


def gzip_bomb(connection: Connection) -> None:
    """64 KiB on the wire that inflate to 64 MiB (and it would go on)."""
    squeeze = zlib.compressobj(1, zlib.DEFLATED, 31)
    body = squeeze.compress(b"\0" * (64 << 20)) + squeeze.flush()
    connection.sendall(head(Content_Encoding="gzip", Content_Length=str(len(body))) + body)


def endless_json(connection: Connection) -> None:
    connection.sendall(head(Content_Length=str(200 << 20)) + b'{"code": 0, "data": "')
    for block in forever(b"x" * 65536):
        connection.sendall(block)


def trickle(connection: Connection) -> None:
    connection.sendall(head(Content_Length="100000"))
    for _ in range(10_000):
        connection.sendall(b" ")
        time.sleep(0.05)


def trickled_headers(connection: Connection) -> None:
    for byte in head(Content_Length="2"):
        connection.sendall(bytes([byte]))
        time.sleep(0.05)


def deep_json(connection: Connection) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    connection.sendall(head(Content_Length=str(len(body))) + body)


def silence(connection: Connection) -> None:
    time.sleep(3)  # longer than the test waits; the server's thread is a daemon


@pytest.mark.parametrize("answer", [gzip_bomb, endless_json], ids=["gzip-bomb", "200-MB-JSON"])
def test_a_reply_too_large_is_refused_before_it_is_read_whole(answer) -> None:
    with HostileServer(answer) as server, client_of(server) as client:
        with pytest.raises(BadReply) as raised:
            client.heartbeat()
    assert raised.value.what is Reply.TOO_LARGE
    assert raised.value.retryable  # retried later like the other bad replies
    assert "unexpected reply" in raised.value.message


def test_the_cap_is_on_the_decoded_size_and_an_honest_gzip_reply_reads() -> None:
    body = b'{"code": 0, "message": "0", "ttl": 1, "data": null}'

    def honest(connection: Connection) -> None:
        packed = gzip.compress(body)
        connection.sendall(head(Content_Encoding="gzip", Content_Length=str(len(packed))) + packed)

    with HostileServer(honest) as server, client_of(server) as client:
        assert client.heartbeat() >= 0


@pytest.mark.parametrize("answer", [trickle, trickled_headers], ids=["body", "headers"])
def test_a_trickled_reply_ends_at_the_request_deadline(answer, monkeypatch) -> None:
    monkeypatch.setattr(sending, "REQUEST_DEADLINE", 0.6)  # 40 s in use
    with HostileServer(answer) as server, client_of(server) as client:
        started = time.monotonic()
        with pytest.raises(TransportError) as raised:
            client.heartbeat()
        took = time.monotonic() - started
    assert raised.value.what is Transport.TIMED_OUT
    print(f"ended {took:.2f} s after it began (deadline 0.6 s, the read time-out 60 s)")


def test_an_upload_deadline_grows_with_its_body_at_the_floor_speed() -> None:
    assert sending.deadline_for(0) == sending.REQUEST_DEADLINE
    hundred_mib = sending.deadline_for(100 << 20)
    assert hundred_mib == sending.REQUEST_DEADLINE + (100 << 20) / sending.FLOOR_SPEED


def test_json_nested_100000_deep_is_an_unexpected_reply_not_an_internal_error() -> None:
    with HostileServer(deep_json) as server, client_of(server) as client:
        with pytest.raises(BadReply) as raised:
            client.heartbeat()
    assert raised.value.what is Reply.NOT_JSON


def test_abort_ends_a_request_that_waits_for_a_silent_server_at_once() -> None:
    with HostileServer(silence) as server, client_of(server) as client:
        errors: list[BiliError] = []

        def ask() -> None:
            try:
                client.heartbeat()
            except BiliError as error:
                errors.append(error)

        asking = threading.Thread(target=ask)
        asking.start()
        deadline = time.monotonic() + 10
        while not client._sender._in_flight and time.monotonic() < deadline:
            time.sleep(0.01)  # until the request is under way
        started = time.monotonic()
        client.abort()  # what quitting does, from another thread
        asking.join(10)
        took = time.monotonic() - started
    assert not asking.is_alive()
    assert isinstance(errors[0], TransportError)
    print(f"aborted in {took * 1000:.0f} ms")
    with pytest.raises(TransportError):  # and an aborted client sends nothing more
        client.heartbeat()


def test_an_avatar_is_fetched_only_from_the_services_hosts_and_within_a_deadline(
    monkeypatch,
) -> None:
    monkeypatch.setattr(sending, "REQUEST_DEADLINE", 0.6)
    with HostileServer(trickle) as server, client_of(server) as client:
        with pytest.raises(BadReply) as elsewhere:
            client.fetch_image("http://evil.example/face.png")  # a nav reply names it at will
        assert elsewhere.value.what is Reply.BAD_LINK
        with pytest.raises(TransportError) as raised:
            client.fetch_image(server.base_url + "/face.png")  # the service's own: trickled
    assert raised.value.what is Transport.TIMED_OUT


def test_a_download_that_inflates_past_the_upload_limit_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("gui.bili.links.MAX_UPLOAD_BYTES", 1 << 20)
    with HostileServer(gzip_bomb) as server, client_of(server) as client:
        with pytest.raises(BadReply) as raised:
            client.download(server.base_url + "/link", tmp_path / "file")
    assert raised.value.what is Reply.TOO_LARGE
    assert (tmp_path / "file").stat().st_size <= 1 << 20
