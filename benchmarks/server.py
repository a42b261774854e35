"""A loopback HTTP/1.1 server in its own process that answers canned bytes, with keep-alive.

It parses only what it must (the request line, Content-Length) and writes a prebuilt response, so
its own cost is small next to the client's and it never competes for the client's GIL.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Mapping
from multiprocessing.connection import Connection
from types import TracebackType

# (method, path without query) -> full response bytes; a (method, path?query) key, with the query's
# parameters sorted (`target_key`), answers that query only: pages of a list.
Routes = Mapping[tuple[bytes, bytes], bytes]

NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


def target_key(target: bytes) -> bytes:
    """A request target with its query parameters sorted, so the order they are sent in does not matter."""
    path, _, query = target.partition(b"?")
    return path + b"?" + b"&".join(sorted(query.split(b"&"))) if query else path


def response_bytes(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


class _CannedHTTP(asyncio.Protocol):
    def __init__(self, routes: Routes) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buffer[:end])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            total = end + 4 + length
            if len(buffer) < total:
                return
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            del buffer[:total]
            assert self._transport is not None
            routes = self._routes
            answer = routes.get((method, target_key(target))) if b"?" in target else None
            self._transport.write(answer or routes.get((method, target.split(b"?", 1)[0]), NOT_FOUND))


def _serve(routes: Routes, ready: Connection) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _CannedHTTP(routes), "127.0.0.1", 0, backlog=512, reuse_address=True
        )
        ready.send(server.sockets[0].getsockname()[1])
        ready.close()
        await server.serve_forever()

    asyncio.run(main())


class CannedServer:
    """`with CannedServer(routes) as url:` runs the server in a child process until the block ends."""

    def __init__(self, routes: Routes) -> None:
        context = multiprocessing.get_context("spawn")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(dict(routes), send), daemon=True)

    def __enter__(self) -> str:
        self._process.start()
        if not self._receive.poll(30):
            self._process.kill()
            raise RuntimeError("the benchmark server did not start within 30 s")
        port: int = self._receive.recv()
        return f"http://127.0.0.1:{port}"

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._process.terminate()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __repr__(self) -> str:
        return f"CannedServer(pid={self._process.pid})"
