"""The HTTP layer: a ThreadingHTTPServer on loopback that records, routes, and plays faults.

Standard library only, so the fake adds nothing to install beyond pydantic. HTTP/1.1 with
keep-alive, as the real API gateway speaks; error pages of `http.server` itself (a malformed
request line, an unknown method) are JSON error bodies too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._dispatch import Answer, Credentials, dispatch
from ._errors import error_body
from ._faults import Fault, Faults
from ._payments import mask_body, mask_headers, mask_path
from ._routes import resolve
from ._state import Store
from ._validate import MAX_BODY

log = logging.getLogger("bigcommerce_checkout.testing")
HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} {phrase}</title></head>\n"
    "<body><h1>{status} {phrase}</h1><p>The server could not complete your request.</p></body></html>\n"
)
NOT_JSON = b"upstream connect error or disconnect/reset before headers. reset reason: connection termination"


@dataclass
class RecordedRequest:
    """A request as the fake received it; `fake.requests` keeps the last 10,000, in order."""

    method: str
    path: str  # as sent, percent-encoding kept
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    operation_id: str | None = None  # None when no route matched
    status: int | None = None  # None when the connection was dropped without an answer

    def json(self) -> Any:
        """The body parsed as JSON (None when empty)."""
        return json.loads(self.body) if self.body else None


MAX_RECORDED = 10_000
"""How many requests `fake.requests` keeps, the newest (about 2 KB each): a long run stays bounded."""


class FakeHTTPServer(ThreadingHTTPServer):
    """One thread per connection, as http.server does: a kept-alive connection holds its thread
    between requests, so a fixed pool of threads would stall as soon as more clients stay connected
    than it has threads. A client's pool bounds how many connections it opens (64 for ours)."""

    daemon_threads = True
    allow_reuse_address = True
    # The listen backlog: socketserver's default of 5 drops the connections of a burst (the client
    # then sees a reset, or a SYN retried after 1 s). The kernel caps it at net.core.somaxconn.
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        store: Store,
        credentials: Credentials,
        faults: Faults,
        max_recorded: int = MAX_RECORDED,
    ) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.credentials = credentials
        self.faults = faults
        self.records: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self.records_lock = threading.Lock()
        self.open_sockets: set[socket.socket] = set()
        self.verbose = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-answer is normal here (timeouts, faults); anything else is logged."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            log.exception("the fake failed while serving %s", client_address)

    def close_open_connections(self) -> None:
        """Shut down kept-alive connections so their threads end with the server."""
        with self.records_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # so even a garbled request line gets a status line and headers
    server_version = "FakeBigCommerce"
    sys_version = ""
    timeout = 60  # an idle kept-alive connection is closed after a minute
    # Buffered: the status line, headers and body leave in one send at the flush that ends each
    # answer, instead of one per part (each send gives up the GIL to the other connections' threads).
    wbufsize = 64 * 1024
    server: FakeHTTPServer

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes; without this, delayed ACKs cost 40 ms per request
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.records_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        with self.server.records_lock:
            self.server.open_sockets.discard(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_GET

    def __getattr__(self, name: str) -> Any:
        """Any other method (TRACE, BREW...) is routed too: 405 on a known path, 404 elsewhere, never 501."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        route, found = resolve(self.command, parts.path)
        operation_id = route.operation_id if route is not None else None
        headers = {k.lower(): v for k, v in self.headers.items()}
        record = RecordedRequest(
            self.command,
            mask_path(parts.path),  # a customer login token is never recorded
            parse_qs(parts.query, keep_blank_values=True),
            mask_headers(operation_id, headers),  # a payment's PAT is never recorded
            b"",
            operation_id,
        )
        with self.server.records_lock:
            self.server.records.append(record)
        if parts.path == "/cart.php":  # a cart's redirect URL, opened by the shopper's browser
            self._read_body()
            self._send(record, _redirect_login(self.server.store, self.command, record.query))
            return
        fault = self.server.faults.take(route.operation_id) if route is not None else None
        if fault is not None and fault.drop == "before_body":
            self._drop()
            return
        raw = self._read_body()
        if raw is None:
            answer = Answer.json(400, error_body(400, "The request body could not be read"))
            self.close_connection = True
            self._send(record, answer)
            return
        record.body = mask_body(operation_id, raw)  # nor its card data
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.drop == "after_body":
            self._drop()
            return
        if route is None:
            assert isinstance(found, list)
            answer = _no_route(found, parts.path, self._root_url())
        elif fault is not None and fault.replaces_answer:
            answer = _fault_answer(fault)
        else:
            assert isinstance(found, dict)
            s = self.server
            answer = dispatch(s.store, s.credentials, route, found, record.query, headers, raw)
            answer.headers.update(fault.headers if fault is not None else {})
        if fault is not None and fault.delay_answer:
            time.sleep(fault.delay_answer)  # applied already: the answer comes late, or never
        if fault is not None and fault.drop == "after_processing":
            self._drop()
            return
        truncate = fault is not None and fault.body == "truncated"
        self._send(record, answer, truncate=truncate)

    def _read_body(self) -> bytes | None:
        """The request body; None when its framing is broken (then the connection is closed)."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            return b""
        if not length_text.isdigit() or int(length_text) > MAX_BODY:
            return None
        return self.rfile.read(int(length_text))

    def _read_chunked(self) -> bytes | None:
        data = b""
        while True:
            line = self.rfile.readline(1024).split(b";")[0].strip()
            try:
                size = int(line, 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(1024).strip():
                    pass
                return data
            if len(data) + size > MAX_BODY:
                return None
            data += self.rfile.read(size)
            self.rfile.readline(1024)

    def _root_url(self) -> str:
        """The URL clients take as base_url (what `FakeBigCommerce.url` says)."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, record: RecordedRequest, answer: Answer, *, truncate: bool = False) -> None:
        record.status = answer.status
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if truncate:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body[: len(answer.body) // 2] if truncate else answer.body)
        self.wfile.flush()
        if truncate:
            self._drop()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (bad request line, unknown method) as JSON error bodies."""
        body = json.dumps(error_body(code, message)).encode()
        self.close_connection = True
        self.send_response(code, message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message("%s", mask_path(format % args))


# The API part of a path: /stores/{store_hash}/v3 or /api/storefront.
_API_PREFIX = re.compile(r"/stores/[^/]+/v3(?=/|$)|/api/storefront(?=/|$)")


def _no_route(allowed: list[str], path: str, root_url: str) -> Answer:
    if not allowed:
        detail = "No operation has this path."
        if len(_API_PREFIX.findall(path)) > 1:
            # The natural mistake: an API's own URL given to a client as its base_url.
            detail = (
                "No operation has this path: it holds an API prefix twice. A client's base_url is the "
                f"server's root, {root_url}; the client adds /stores/{{store_hash}}/v3 or /api/storefront."
            )
        return Answer.json(404, error_body(404, "Not Found", detail=detail))
    return Answer.json(
        405,
        error_body(405, "Method Not Allowed", detail=f"This path allows {', '.join(allowed)}."),
        {"Allow": ", ".join(allowed)},
    )


def _redirect_login(store: Store, method: str, query: dict[str, list[str]]) -> Answer:
    """Open a redirect URL: it works once and gives the browser the cart's storefront session.

    On BigCommerce the link loads the cart into a storefront session and shows the cart or the
    checkout page; the fake answers a small page and the session cookie, so a test (or a browser)
    can go on with the storefront API as that shopper.
    """
    from ._ops_storefront_carts import session_cookie, session_for  # the HTTP layer stays light

    if method not in ("GET", "HEAD"):
        return Answer.json(405, error_body(405, "Method Not Allowed"), {"Allow": "GET, HEAD"})
    token = (query.get("token") or [""])[0]
    with store.lock:
        cart_id = store.redirect_tokens.pop(token, None)
        checkout = store.checkouts.get(cart_id or "")
        if checkout is None or (query.get("id") or [""])[0] != checkout.id:
            return Answer.json(404, error_body(404, "This link is not valid", detail="Each link works once."))
        session = session_for(store, checkout)
    page = "checkout" if "loadInCheckout" in query.get("action", []) else "cart"
    html = f"<!DOCTYPE html>\n<html><body><p>The {page} of cart {checkout.id}.</p></body></html>\n"
    return Answer(
        200,
        html.encode(),
        {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": session_cookie(session)},
    )


def _fault_answer(fault: Fault) -> Answer:
    status = fault.status if fault.status is not None else 200
    headers = {"Content-Type": "application/json"}
    if fault.body == "html":
        phrase = error_body(status)["title"]
        body = HTML_PAGE.format(status=status, phrase=phrase).encode()
        headers["Content-Type"] = "text/html; charset=utf-8"
    elif fault.body == "not_json":
        body = NOT_JSON
    elif isinstance(fault.body, bytes):
        body = fault.body
    else:
        body = json.dumps(error_body(status) if status >= 400 else {}).encode()
    headers.update(fault.headers)
    return Answer(status, body, headers)
