"""A real `redis-server` (Debian's package) on a free loopback port, for the tests of Redis-backed stores.

No persistence (`--save ''`, `--appendonly no`), its files in a temporary directory, stopped and
removed at the end. `scripts/bootstrap` installs the binary; without it the tests that need Redis
skip and say how to get it. Use the `redis_url` fixture (one server per test session and worker),
and `fresh_redis`, which empties the database before the test.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

MISSING = "redis-server is not installed: run scripts/bootstrap as root, or 'apt-get install redis-server'"


def binary() -> str | None:
    return shutil.which("redis-server") or next(
        (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if Path(p).is_file()), None
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """`with RedisServer() as redis: redis.url` -> `redis://127.0.0.1:<port>/0`."""

    def __init__(self) -> None:
        found = binary()
        if found is None:
            raise FileNotFoundError(MISSING)
        self._binary = found
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, port: int | None = None) -> RedisServer:
        """Start on a free port, or on `port` again (a test that stops Redis and brings it back)."""
        self._dir = tempfile.TemporaryDirectory(prefix="redis-test-")
        for _attempt in range(3):  # another process may take the free port between the probe and the bind
            self.port = _free_port() if port is None else port
            self._proc = subprocess.Popen(
                [self._binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", self._dir.name, "--daemonize", "no", "--loglevel", "warning"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self._proc.poll() is None:
                if _ping(self.port):
                    return self
                time.sleep(0.02)
            self._stop_process()
        raise RuntimeError("redis-server did not start on a loopback port")

    def _stop_process(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stderr is not None:
            proc.stderr.close()

    def stop(self) -> None:
        self._stop_process()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
