"""A webhook receiver served over HTTP on loopback, in this process or in a process of its own.

`serve(receiver)` runs `WebhookReceiver.receive` behind a `ThreadingHTTPServer` on a free port
(what a web framework does, without one). `python -m tests.webhook_worker REDIS_URL` is one receiver
process of the multi-process dedupe test: it prints its port on stdout's first line, uses a
`RedisDedupeStore`, and its handler appends `scope hash pid` to the Redis list `handled` after a
short pause, so that two processes given one event at once really overlap.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bigcommerce_checkout.webhooks import Event, RedisDedupeStore, WebhookReceiver

SECRET = "worker-secret-3f81c2"


def server_for(receiver: WebhookReceiver) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            receipt = receiver.receive(dict(self.headers.items()), body)
            self.send_response(receipt.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


class serve:
    """Serve `receiver` in a background thread; the `with` block gets its URL."""

    def __init__(self, receiver: WebhookReceiver) -> None:
        self.server = server_for(receiver)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/bigcommerce/events"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def main() -> None:
    import redis

    url = sys.argv[1]
    log = redis.Redis.from_url(url)

    def handle(event: Event) -> None:
        time.sleep(0.02)
        log.rpush("handled", f"{event.scope} {event.hash} {os.getpid()}")

    receiver = WebhookReceiver(handle, header="X-Hook-Secret", secret=SECRET, store=RedisDedupeStore(url))
    server = server_for(receiver)
    print(server.server_address[1], flush=True)
    server.serve_forever(poll_interval=0.05)


if __name__ == "__main__":
    main()
