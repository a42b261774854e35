"""One receiver process for the multi-process dedupe test: `python -m tests.webhook_worker REDIS_URL`.

Serves `WebhookReceiver` on a free loopback port (printed on stdout's first line) with a
`RedisDedupeStore`; its handler appends `scope hash pid` to the Redis list `handled` after a short
pause, so that two processes given one event at once really overlap.
"""

from __future__ import annotations

import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import redis

from bigcommerce_checkout.webhooks import Event, RedisDedupeStore, WebhookReceiver

SECRET = "worker-secret-3f81c2"


def main() -> None:
    url = sys.argv[1]
    log = redis.Redis.from_url(url)

    def handle(event: Event) -> None:
        time.sleep(0.02)
        log.rpush("handled", f"{event.scope} {event.hash} {os.getpid()}")

    receiver = WebhookReceiver(handle, header="X-Hook-Secret", secret=SECRET, store=RedisDedupeStore(url))

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
    print(server.server_address[1], flush=True)
    server.serve_forever(poll_interval=0.05)


if __name__ == "__main__":
    main()
