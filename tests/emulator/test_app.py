"""Emulator behaviour beyond the client's view: raw requests, limits, control endpoint."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import httpx
import pytest

from gui.bili.client import HEARTBEAT_PATH, UPLOAD_PATH
from gui.emulator.server import Emulator


def post_upload(emulator: Emulator, parts: dict[str, str], with_file: bool = True) -> dict:
    creds = emulator.demo_credentials
    files = {"file": ("a.txt", b"hello")} if with_file else None
    reply = httpx.post(
        emulator.base_url + UPLOAD_PATH, data=parts, files=files, cookies=creds.cookies()
    )
    assert reply.status_code == 200
    return reply.json()


@pytest.mark.parametrize("missing", ["filename", "mid", "csrf", "file"])
def test_missing_part_is_400(emulator: Emulator, missing: str) -> None:
    creds = emulator.demo_credentials
    parts = {"filename": "a.txt", "mid": str(creds.mid), "csrf": creds.bili_jct}
    parts.pop(missing, None)
    reply = post_upload(emulator, parts, with_file=missing != "file")
    assert reply == {"code": -400, "message": "请求错误", "ttl": 1}
    assert list(emulator.data_dir.iterdir()) == []


def test_not_multipart_is_400(emulator: Emulator) -> None:
    reply = httpx.post(
        emulator.base_url + UPLOAD_PATH,
        json={"file": "x"},
        cookies=emulator.demo_credentials.cookies(),
    )
    assert reply.json()["code"] == -400


def test_oversized_body_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A 1 GB request: the reply comes after ~2 MB is sent; nothing is kept."""
    with Emulator(max_bytes=1024 * 1024) as emu:
        creds = emu.demo_credentials
        boundary = "----bilidropboundary"
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="huge.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        request = (
            f"POST {UPLOAD_PATH} HTTP/1.1\r\nHost: 127.0.0.1:{emu.port}\r\n"
            f"Cookie: {creds.cookie_header()}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {1024**3}\r\n\r\n"
        ).encode() + head
        with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
            sock.sendall(request)
            chunk = bytes(64 * 1024)
            for _ in range(32):  # 2 MiB of the promised 1 GiB
                sock.sendall(chunk)
            sock.shutdown(socket.SHUT_WR)
            reply = b""
            while data := sock.recv(65536):
                reply += data
        head_text, _, body = reply.partition(b"\r\n\r\n")
        assert head_text.startswith(b"HTTP/1.1 200")
        assert json.loads(body) == {"code": 1000011, "message": "仅支持上传300M内的文件", "ttl": 1}
        assert list(emu.data_dir.iterdir()) == []


def test_control_endpoint_queues_faults(emulator: Emulator) -> None:
    queued = httpx.post(emulator.base_url + "/_emulator/faults", json={"fault": "code=-799x2"})
    assert queued.status_code == 200
    url = emulator.base_url + HEARTBEAT_PATH
    cookies = emulator.demo_credentials.cookies()
    codes = [httpx.get(url, cookies=cookies).json()["code"] for _ in range(3)]
    assert codes == [-799, -799, 0]
    refused = httpx.post(emulator.base_url + "/_emulator/faults", json={"fault": "flood"})
    assert refused.status_code == 400
    assert "unknown fault" in refused.json()["error"]


def test_throttle_fault_slows_the_body(emulator: Emulator, tmp_path: Path) -> None:
    from gui.bili.client import BiliClient
    from gui.bili.origins import ServiceOrigins

    path = tmp_path / "slow.bin"
    path.write_bytes(bytes(256 * 1024))
    emulator.faults.add("throttle", 1024 * 1024)  # 1 MiB/s: a quarter of a second at least
    with BiliClient(emulator.demo_credentials, ServiceOrigins.single(emulator.base_url)) as c:
        import time

        started = time.monotonic()
        c.upload(path)
        assert time.monotonic() - started >= 0.2


def test_restart_keeps_port_sessions_and_files(tmp_path: Path) -> None:
    emu = Emulator().start()
    try:
        port = emu.port
        cookies = emu.demo_credentials.cookies()
        emu.stop()
        with pytest.raises(httpx.ConnectError):
            httpx.get(emu.base_url + HEARTBEAT_PATH)
        emu.start()
        assert emu.port == port
        assert httpx.get(emu.base_url + HEARTBEAT_PATH, cookies=cookies).json()["code"] == 0
    finally:
        emu.close()
