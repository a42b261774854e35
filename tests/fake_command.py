"""`python -m bigcommerce_checkout.testing` run as users run it: a subprocess on a free loopback port.

`fake_command()` starts it, waits for its banner and stops it with Ctrl-C (SIGINT) afterwards. The
banner is parsed the way a user reads it: the root URL, the Python snippet, the token's `export`
line, the demo cart. Request log lines (stderr) go to a file, so a busy test never fills a pipe.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.conftest import ROOT

# http.server's access log: 127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 -
LOG_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.1" (?P<status>\d{3}) ')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Command:
    banner: str
    stdout_after: str = ""
    stderr: str = ""
    returncode: int | None = None
    requests: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def url(self) -> str:
        found = re.match(r"Fake BigCommerce is listening on (\S+), ", self.banner)
        assert found is not None, self.banner
        return found[1]

    @property
    def snippet(self) -> str:
        """The Python the banner says to paste: the lines after "Point the clients at it"."""
        block = self.banner.split("Point the clients at it", 1)[1].split("\n", 1)[1]
        return block.split("\nTo run the docs' examples", 1)[0].strip() + "\n"

    def exported(self, name: str) -> str:
        """The value of an `export NAME=value` line of the banner."""
        found = re.search(rf"^export {name}=(\S+)$", self.banner, flags=re.M)
        assert found is not None, self.banner
        return found[1]

    @property
    def token(self) -> str:
        found = re.search(r"^export BIGCOMMERCE_ACCESS_TOKEN=(\S+)$", self.banner, flags=re.M)
        assert found is not None, self.banner
        return found[1]

    @property
    def demo_cart(self) -> str:
        found = re.search(r"^  cart +(\S+): ", self.banner, flags=re.M)
        assert found is not None, self.banner
        return found[1]


@contextmanager
def fake_command(*args: str) -> Iterator[Command]:
    """The command with `args`; without `--port` it picks a free port itself (no race with other tests)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bigcommerce_checkout.testing", *args],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert process.stdout is not None
            lines = []
            for line in process.stdout:
                if line.startswith("Press Ctrl-C"):
                    break
                lines.append(line.rstrip("\n"))
            else:
                process.wait(10)
                log.seek(0)
                raise AssertionError(f"the command stopped before serving:\n{''.join(lines)}\n{log.read()}")
            command = Command("\n".join(lines))
            yield command
        finally:
            process.send_signal(signal.SIGINT)
            try:
                out, _ = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()  # never leave a server behind on its port
                out, _ = process.communicate()
        log.seek(0)
        command.stdout_after, command.stderr, command.returncode = out, log.read(), process.returncode
        command.requests = [
            (m["method"], m["path"], int(m["status"]))
            for m in map(LOG_LINE.search, command.stderr.splitlines())
            if m
        ]
