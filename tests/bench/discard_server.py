"""A minimal HTTP server that reads and throws away request bodies: the floor for upload speed.

Run: python tests/bench/discard_server.py  -> prints its port, serves until killed.
Every POST gets a documented-shape upload reply, so the client accepts it.
"""

from __future__ import annotations

import asyncio
import json
import sys

REPLY = json.dumps(
    {
        "code": 0,
        "message": "ok",
        "ttl": 1,
        "data": {"key": "0" * 32 + ".bin", "url": "http://127.0.0.1/customer-video-upload/x.bin"},
    }
).encode()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:  # the client closed the connection
            writer.close()
            return
        headers = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("expect", "").lower() == "100-continue":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        remaining = int(headers.get("content-length", "0"))
        while remaining:
            chunk = await reader.read(min(remaining, 1 << 20))
            if not chunk:
                return
            remaining -= len(chunk)
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(REPLY)}\r\n\r\n".encode()
            + REPLY
        )
        await writer.drain()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
