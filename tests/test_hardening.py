"""What a hostile or broken server cannot get past the clients (issue 12), over real sockets.

Credentials never follow a redirect; cookie names, values and framing headers are refused at
construction; secrets a server echoes are masked; every bad body becomes a typed error (with the
order-creation semantics where it matters); the time budget bounds reading; answers are capped.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import pickle
import socket
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    BadRequestError,
    CheckoutClient,
    InternalServerError,
    NotFoundError,
    OrderConnectionError,
    OrderMayExistError,
    OrderResponseError,
    OrderServerError,
    OrderTimeoutError,
    RedirectError,
    ResponseTooLargeError,
    RetryPolicy,
    StorefrontClient,
)
from tests.loopback import Answer, LoopbackServer
from tests.shapes import server_checkout, storefront_checkout

TOKEN = "tok_live_4f9a1c0e7b2d"
SESSION = "sess_8c1d2e3f4a5b"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
ORDER_OK = Answer.json(200, {"data": {"id": 40127}, "meta": {}})
CHECKOUT_OK = Answer.json(200, server_checkout(CART))
NO_RETRY = RetryPolicy(max_retries=0)


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    """A second origin (another port) that must never hear from the client."""
    with LoopbackServer() as srv:
        yield srv


def _server_client(url: str, **kwargs: Any) -> CheckoutClient:
    kwargs.setdefault("retry", NO_RETRY)
    return CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=url, **kwargs)


def _run(coro: Awaitable[Any]) -> Any:
    async def main() -> Any:
        return await coro

    return asyncio.run(main())


# --- 1. redirects ---------------------------------------------------------------------------


REDIRECTS = [301, 302, 303, 307, 308]


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_token_never_follows_a_redirect_even_with_a_following_client(
    server: LoopbackServer, other: LoopbackServer, status: int, asynchronous: bool
) -> None:
    server.default = Answer(status, b"", {"Location": f"{other.url}/x"})

    if asynchronous:

        async def call() -> None:
            async with httpx.AsyncClient(follow_redirects=True) as http:
                client = AsyncCheckoutClient(
                    store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, http_client=http
                )
                await client.checkouts.coupons.add(CART, "AUTUMN15")

        with pytest.raises(RedirectError) as info:
            _run(call())
    else:
        with (
            httpx.Client(follow_redirects=True) as http,
            pytest.raises(RedirectError) as info,
        ):
            _server_client(server.url, http_client=http).checkouts.coupons.add(CART, "AUTUMN15")

    assert other.requests == []
    assert len(server.requests) == 1
    assert info.value.status_code == status
    assert info.value.location == f"{other.url}/x"
    assert "base_url" in str(info.value)
    assert isinstance(info.value, APIStatusError)


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_shopper_cookies_never_follow_a_redirect(
    server: LoopbackServer, other: LoopbackServer, status: int, asynchronous: bool
) -> None:
    server.default = Answer(status, b"", {"Location": f"{other.url}/api/storefront/checkouts/{CART}"})
    jar = {"SHOP_SESSION_TOKEN": SESSION}

    if asynchronous:

        async def call() -> None:
            async with httpx.AsyncClient(cookies=jar, follow_redirects=True) as http:
                client = AsyncStorefrontClient(base_url=server.url, http_client=http, max_retries=0)
                await client.checkouts.get(CART)

        with pytest.raises(RedirectError):
            _run(call())
    else:
        with httpx.Client(cookies=jar, follow_redirects=True) as http, pytest.raises(RedirectError):
            StorefrontClient(base_url=server.url, http_client=http, max_retries=0).checkouts.get(CART)

    assert other.requests == []
    assert server.requests[0].headers["cookie"] == f"SHOP_SESSION_TOKEN={SESSION}"


def test_a_redirect_to_create_order_says_the_order_may_exist(server: LoopbackServer) -> None:
    server.default = Answer(307, b"", {"Location": "https://elsewhere.example/v3/orders"})
    with _server_client(server.url) as client, pytest.raises(RedirectError, match="find_by_cart"):
        client.checkouts.orders.create(CART)
    assert len(server.requests) == 1


# --- 2. cookies checked at construction --------------------------------------------------------


@pytest.mark.parametrize(
    "cookies",
    [
        {"a\r\nb": "SECRET_VALUE"},
        {"SHOP_SESSION_TOKEN=SECRET_VALUE": "x"},
        {"a;SECRET_VALUE": "x"},
        {"a SECRET_VALUE": "x"},
        {"": "SECRET_VALUE"},
        {"SHOP_SESSION_TOKEN": "SECRET_VALUE; admin=1"},
        {"SHOP_SESSION_TOKEN": "SECRET_VALUE\r\nX-Evil: 1"},
        {"SHOP_SESSION_TOKEN": "SECRET_VALUE\x00"},
        {"SHOP_SESSION_TOKEN": "caf\xe9SECRET_VALUE"},
        {"SHOP_SESSION_TOKEN": ""},
        "SHOP_SESSION_TOKEN=SECRET_VALUE; admin",
        "SHOP_SESSION_TOKEN=SECRET_VALUE\r\n; a=b",
    ],
)
def test_bad_cookies_are_refused_without_showing_them(cookies: Any) -> None:
    with pytest.raises(ValueError, match="cookie") as info:
        StorefrontClient(base_url="http://127.0.0.1:9", cookies=cookies)
    assert "SECRET" not in str(info.value)


def test_bad_cookies_in_an_httpx_jar_are_refused_too() -> None:
    jar = httpx.Cookies()
    jar.set("SHOP_SESSION_TOKEN", "SECRET_VALUE;admin=1")
    with pytest.raises(ValueError, match="cookie") as info:
        StorefrontClient(base_url="http://127.0.0.1:9", cookies=jar)
    assert "SECRET" not in str(info.value)


def test_a_cookie_header_string_is_accepted(server: LoopbackServer) -> None:
    server.default = Answer.json(200, storefront_checkout(CART))
    cookies = f"SHOP_SESSION_TOKEN={SESSION}; XSRF-TOKEN=abc=="
    with StorefrontClient(base_url=server.url, cookies=cookies) as client:
        client.checkouts.get(CART)
    sent = dict(part.split("=", 1) for part in server.requests[0].headers["cookie"].split("; "))
    assert sent == {"SHOP_SESSION_TOKEN": SESSION, "XSRF-TOKEN": "abc=="}


@pytest.mark.parametrize("cookies", [[("SHOP_SESSION_TOKEN", "x")], 42, b"SHOP_SESSION_TOKEN=x"])
def test_cookies_of_another_type_say_what_is_expected(cookies: Any) -> None:
    with pytest.raises(TypeError, match="Cookie header string"):
        StorefrontClient(base_url="http://127.0.0.1:9", cookies=cookies)


# --- 3. framing and hop-by-hop headers -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Content-Length",
        "Transfer-Encoding",
        "Connection",
        "Keep-Alive",
        "Upgrade",
        "TE",
        "Trailer",
        "Host",
        "Proxy-Authorization",
        "Proxy-Connection",
        "Expect",
        "Content-Type",
        "content-encoding",
        "Cookie",
    ],
)
def test_framing_headers_are_refused_in_extra_headers(server: LoopbackServer, name: str) -> None:
    with pytest.raises(ValueError, match="must not set"):
        _server_client(server.url, extra_headers={name: "0"})
    with _server_client(server.url) as client, pytest.raises(ValueError, match="must not set"):
        client.with_options(extra_headers={name: "0"})
    assert server.requests == []


# --- 4. secrets a server echoes ----------------------------------------------------------------


def test_a_token_echoed_by_the_server_is_masked_in_the_error(server: LoopbackServer) -> None:
    body = {
        "status": 401,
        "title": f"Token {TOKEN} is not valid",
        "detail": f"X-Auth-Token: {TOKEN}",
        "errors": {"token": TOKEN},
    }
    server.default = Answer.json(401, body, **{"X-Debug-Token": TOKEN})
    with _server_client(server.url) as client, pytest.raises(APIStatusError) as info:
        client.checkouts.get(CART)
    error = info.value
    rendered = [str(error), repr(error), repr(error.body), error.response.text, str(error.response.headers)]
    assert all(TOKEN not in text for text in rendered)
    assert "<redacted>" in str(error)
    assert error.title == "Token <redacted> is not valid"
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert TOKEN not in str(copy)


def test_a_session_cookie_echoed_by_the_server_is_masked_in_the_error(server: LoopbackServer) -> None:
    server.default = Answer(400, f"bad session {SESSION}".encode(), {"Content-Type": "text/plain"})
    with (
        StorefrontClient(base_url=server.url, cookies={"SHOP_SESSION_TOKEN": SESSION}) as client,
        pytest.raises(BadRequestError) as info,
    ):
        client.checkouts.get(CART)
    assert SESSION not in str(info.value)
    assert info.value.body == "bad session <redacted>"


def test_http_library_debug_logs_mask_cookies_and_known_secrets(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fresh_session = "rotated_9b8a7c6d5e"  # never given to the client: only the header says it is secret
    server.default = Answer.json(
        200,
        storefront_checkout(CART),
        **{"Set-Cookie": f"SHOP_SESSION_TOKEN={fresh_session}; Path=/; HttpOnly", "X-Echo": SESSION},
    )
    with StorefrontClient(base_url=server.url, cookies={"SHOP_SESSION_TOKEN": SESSION}) as client:
        client.checkouts.get(CART)
    http_records = [r for r in caplog.records if r.name.startswith(("httpcore", "httpx"))]
    assert any("Set-Cookie" in r.getMessage() for r in http_records)  # httpcore did log the headers
    assert fresh_session not in caplog.text
    assert SESSION not in caplog.text


# --- 5, 6, 7. bodies that cannot be read -------------------------------------------------------

BAD_GZIP = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
DEEP = b"[" * 100_000


@pytest.mark.parametrize(
    "answer",
    [
        Answer(200, b'{"data": {"id": 1}}', BAD_GZIP),
        Answer(200, DEEP),
        Answer(200, b'{"data": ' + DEEP),
        Answer(200, b'{"data": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"),
    ],
    ids=["bad-gzip", "deep", "deep-under-data", "deep-but-complete"],
)
def test_unreadable_success_bodies_raise_a_validation_error(server: LoopbackServer, answer: Answer) -> None:
    server.default = answer
    with _server_client(server.url) as client, pytest.raises(APIResponseValidationError) as info:
        client.checkouts.get(CART)
    assert info.value.status_code == 200
    assert not isinstance(info.value, OrderMayExistError)


@pytest.mark.parametrize(
    "answer",
    [Answer(200, b'{"data": {"id": 1}}', BAD_GZIP), Answer(200, DEEP), Answer(200, b"{not json")],
    ids=["bad-gzip", "deep", "not-json"],
)
def test_create_order_with_an_unreadable_200_says_the_order_was_created(
    server: LoopbackServer, answer: Answer
) -> None:
    server.default = answer
    with _server_client(server.url) as client, pytest.raises(OrderResponseError, match="WAS created") as info:
        client.checkouts.orders.create(CART)
    assert isinstance(info.value, OrderMayExistError)
    assert isinstance(info.value, APIResponseValidationError)
    assert len(server.requests) == 1


def test_the_documented_except_clause_catches_every_uncertain_order(server: LoopbackServer) -> None:
    answers = [
        Answer(200, b'{"data": {"id": 1}}', BAD_GZIP),
        Answer(500, b'{"title": "x"}', BAD_GZIP),
        Answer(503, b'{"title": "down"}'),
        Answer(200, DEEP),
        Answer(drop=True),
    ]
    caught = []
    with _server_client(server.url) as client:
        for answer in answers:
            server.default = answer
            try:
                client.checkouts.orders.create(CART)
            except (OrderMayExistError, InternalServerError) as exc:
                caught.append(type(exc))
    assert caught == [
        OrderResponseError,
        OrderServerError,
        OrderServerError,
        OrderResponseError,
        OrderConnectionError,
    ]
    assert all(issubclass(cls, OrderMayExistError) for cls in caught)  # one clause would do too


def test_bad_gzip_on_an_error_answer_keeps_its_status(server: LoopbackServer) -> None:
    server.default = Answer(500, b"definitely not gzip", BAD_GZIP)
    with _server_client(server.url) as client, pytest.raises(InternalServerError) as info:
        client.checkouts.get(CART)
    assert "Content-Encoding" in str(info.value)
    assert not isinstance(info.value, OrderMayExistError)


def test_a_real_gzip_error_body_is_decoded_once(server: LoopbackServer) -> None:
    body = {"status": 404, "title": "Checkout not found"}
    server.default = Answer(404, gzip.compress(json.dumps(body).encode()), BAD_GZIP)
    with _server_client(server.url) as client, pytest.raises(NotFoundError) as info:
        client.checkouts.get(CART)
    assert info.value.body == body


def test_a_deeply_nested_error_body_is_kept_raw(server: LoopbackServer) -> None:
    server.default = Answer(400, DEEP)
    with _server_client(server.url) as client, pytest.raises(BadRequestError) as info:
        client.checkouts.get(CART)
    assert info.value.body == DEEP.decode()
    assert len(str(info.value)) < 1000


def test_create_order_timeout_is_both_a_timeout_and_an_uncertain_order(server: LoopbackServer) -> None:
    server.default = Answer.json(200, {"data": {"id": 1}}, delay=2.0)
    with _server_client(server.url, timeout=0.3) as client, pytest.raises(APITimeoutError) as info:
        client.checkouts.orders.create(CART)
    assert isinstance(info.value, OrderTimeoutError)
    assert isinstance(info.value, OrderMayExistError)
    assert "may or may not" in str(info.value)


def test_create_order_dropped_is_a_connection_error_not_a_timeout(server: LoopbackServer) -> None:
    server.default = Answer(drop=True)
    with _server_client(server.url) as client, pytest.raises(OrderConnectionError) as info:
        client.checkouts.orders.create(CART)
    assert isinstance(info.value, APIConnectionError)
    assert not isinstance(info.value, APITimeoutError)


# --- 8. the budget bounds reading ---------------------------------------------------------------


def test_a_trickling_body_cannot_outlive_the_budget(server: LoopbackServer) -> None:
    server.default = Answer(200, b'{"data": {"x":1}}'[:16], trickle=0.5)
    with _server_client(server.url, timeout=1, retry=RetryPolicy(max_retries=0, budget=3)) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="timed out"):
            client.checkouts.get(CART)
        elapsed = time.monotonic() - started
    assert 2.9 < elapsed < 3.6  # the budget, not 16 bytes at 0.5 s each (8 s)


def test_a_trickling_body_cannot_outlive_the_budget_async(server: LoopbackServer) -> None:
    server.default = Answer(200, b'{"data": {"x":1}}'[:16], trickle=0.2)

    async def call() -> None:
        async with AsyncCheckoutClient(
            store_hash="k7x2q9rm",
            access_token=TOKEN,
            base_url=server.url,
            timeout=0.5,
            retry=RetryPolicy(max_retries=0, budget=1.2),
        ) as client:
            await client.checkouts.get(CART)

    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        _run(call())
    assert time.monotonic() - started < 2.0  # 16 bytes at 0.2 s each would take 3.2 s


def test_a_caller_pool_still_stops_reading_a_trickle_at_the_budget(server: LoopbackServer) -> None:
    # A pool the caller passes in keeps its own network backend: the budget is checked between chunks.
    server.default = Answer(200, b'{"data": {"x":1}}'[:16], trickle=0.3)
    started = time.monotonic()
    with (
        httpx.Client() as http,
        _server_client(
            server.url, http_client=http, timeout=1, retry=RetryPolicy(max_retries=0, budget=1.2)
        ) as client,
        pytest.raises(APITimeoutError),
    ):
        client.checkouts.get(CART)
    assert time.monotonic() - started < 2.5  # 16 bytes at 0.3 s each would take 4.8 s


@pytest.fixture
def header_trickler() -> Iterator[str]:
    """A server that answers every request with a status line, then headers one byte per 0.2 s."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for byte in b"X-Slow: " + b"z" * 200:
                    if stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.2)
            except OSError:  # the client hung up: what the test wants
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


def _header_trickle_call(url: str, asynchronous: bool) -> None:
    policy = RetryPolicy(max_retries=0, budget=1.0)
    if not asynchronous:
        with _server_client(url, timeout=0.5, retry=policy) as client:
            client.checkouts.get(CART)
        return

    async def call() -> None:
        async with AsyncCheckoutClient(
            store_hash="k7x2q9rm", access_token=TOKEN, base_url=url, timeout=0.5, retry=policy
        ) as client:
            await client.checkouts.get(CART)

    _run(call())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_trickling_headers_cannot_outlive_the_budget(header_trickler: str, asynchronous: bool) -> None:
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        _header_trickle_call(header_trickler, asynchronous)
    assert time.monotonic() - started < 1.8  # 200 header bytes at 0.2 s each would take 40 s


def test_a_trickling_create_order_answer_is_an_uncertain_order(server: LoopbackServer) -> None:
    server.default = Answer(200, b'{"data": {"id": 1}}', trickle=0.2)
    policy = RetryPolicy(max_retries=0, budget=1.0)
    with _server_client(server.url, timeout=0.5, retry=policy) as client, pytest.raises(OrderTimeoutError):
        client.checkouts.orders.create(CART)


# --- 9. the size cap ------------------------------------------------------------------------------


def _big_checkout(size: int) -> bytes:
    body = server_checkout(CART)
    body["data"]["pad"] = "x" * size  # an unknown field: ignored when parsed, counted by the cap
    return json.dumps(body).encode()


def test_an_announced_body_over_the_cap_is_refused_unread(server: LoopbackServer) -> None:
    server.default = Answer(200, _big_checkout(2_000_000))
    with (
        _server_client(server.url, max_response_size=1_000_000) as client,
        pytest.raises(ResponseTooLargeError, match="max_response_size") as info,
    ):
        client.checkouts.get(CART)
    assert info.value.response.content == b""
    assert isinstance(info.value, APIResponseValidationError)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_unannounced_body_is_cut_at_the_cap_while_streaming(
    server: LoopbackServer, asynchronous: bool
) -> None:
    server.default = Answer(200, _big_checkout(3_000_000), length=False)
    if asynchronous:

        async def call() -> None:
            async with AsyncCheckoutClient(
                store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, max_response_size=65_536
            ) as client:
                await client.checkouts.get(CART)

        with pytest.raises(ResponseTooLargeError) as info:
            _run(call())
    else:
        with (
            _server_client(server.url, max_response_size=65_536) as client,
            pytest.raises(ResponseTooLargeError) as info,
        ):
            client.checkouts.get(CART)
    assert len(info.value.response.content) == 65_536


def test_the_default_cap_bounds_memory(server: LoopbackServer) -> None:
    server.default = Answer(200, _big_checkout(40 * 1024 * 1024), length=False)
    with _server_client(server.url) as client:
        assert client.options.max_response_size == 10 * 1024 * 1024
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError):
                client.checkouts.get(CART)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 25 * 1024 * 1024  # the cap, joined once; not the 40 MiB body (let alone 3 copies)


def test_an_error_body_over_the_cap_is_kept_truncated(server: LoopbackServer) -> None:
    server.default = Answer(404, b"Not found " + b"!" * 100_000)
    with (
        _server_client(server.url, max_response_size=1_000) as client,
        pytest.raises(NotFoundError, match="max_response_size") as info,
    ):
        client.checkouts.get(CART)
    assert len(info.value.response.content) == 1_000


def test_with_options_changes_the_cap_for_one_call(server: LoopbackServer) -> None:
    server.default = Answer(200, _big_checkout(5_000))
    with _server_client(server.url) as client:
        assert str(client.checkouts.get(CART).id) == CART
        with pytest.raises(ResponseTooLargeError):
            client.with_options(max_response_size=1_000).checkouts.get(CART)
        assert client.options.max_response_size == 10 * 1024 * 1024


@pytest.mark.parametrize("size", [0, -1, 1.5, True, "10"])
def test_a_bad_cap_is_refused(size: Any) -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, max_response_size=size)


# --- 11. Content-Type on every POST and PUT -------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        (lambda c: c.checkouts.orders.create(CART), ORDER_OK),
        (lambda c: c.checkouts.get(CART), CHECKOUT_OK),
    ],
    ids=["POST-without-body", "GET"],
)
def test_content_type_goes_with_every_post_and_put_without_a_body(
    server: LoopbackServer, call: Callable[[CheckoutClient], Any], answer: Answer
) -> None:
    server.default = answer
    with _server_client(server.url) as client:
        call(client)
    [sent] = server.requests
    if sent.method in ("POST", "PUT"):
        assert sent.headers["content-type"] == "application/json"
        assert sent.body == b""
    else:
        assert "content-type" not in sent.headers


def test_cookies_on_a_callers_client_are_masked_too(server: LoopbackServer) -> None:
    echoed = "sess_on_caller_client_51e2"
    server.default = Answer.json(400, {"status": 400, "title": f"session {echoed} expired"})
    with (
        httpx.Client(cookies={"SHOP_SESSION_TOKEN": echoed}) as http,
        pytest.raises(BadRequestError) as info,
    ):
        StorefrontClient(base_url=server.url, http_client=http, max_retries=0).checkouts.get(CART)
    assert server.requests[0].headers["cookie"] == f"SHOP_SESSION_TOKEN={echoed}"
    assert echoed not in str(info.value)
    assert info.value.title == "session <redacted> expired"
