"""Small frictions a new user meets (issue 13): version, User-Agent, a logging switch, public names,
per-call options."""

from __future__ import annotations

import asyncio
import importlib.metadata
import os
import pickle
import subprocess
import sys
import textwrap
import traceback

import httpx
import pytest

import bigcommerce_checkout
from bigcommerce_checkout import AsyncCheckoutClient, CheckoutClient, NotFoundError, __version__
from tests.loopback import Answer, LoopbackServer
from tests.shapes import server_checkout

TOKEN = "tok_live_4f9a1c0e7b2d"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
OK = Answer.json(200, server_checkout(CART))
EXPECTED_AGENT = (
    f"bigcommerce-checkout/{__version__} python/{sys.version_info.major}.{sys.version_info.minor} "
    f"httpx/{httpx.__version__}"
)


def test_version_is_the_installed_distributions() -> None:
    assert __version__ == importlib.metadata.version("bigcommerce-checkout")
    assert bigcommerce_checkout.__version__ == __version__


def test_requests_name_the_package_in_user_agent(server: LoopbackServer) -> None:
    server.default = OK
    with CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url) as client:
        client.checkouts.get(CART)
        client.with_options(extra_headers={"User-Agent": "shop-backend/2.0"}).checkouts.get(CART)

    async def run() -> None:
        async with AsyncCheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url) as c:
            await c.checkouts.get(CART)

    asyncio.run(run())
    agents = [r.headers["user-agent"] for r in server.requests]
    assert agents == [EXPECTED_AGENT, "shop-backend/2.0", EXPECTED_AGENT]


def test_a_default_httpx_client_gets_our_user_agent_too(server: LoopbackServer) -> None:
    server.default = OK
    with httpx.Client() as http:
        CheckoutClient(
            store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, http_client=http
        ).checkouts.get(CART)
    assert server.requests[0].headers["user-agent"] == EXPECTED_AGENT


SCRIPT = textwrap.dedent(
    """
    import sys
    from bigcommerce_checkout import CheckoutClient

    with CheckoutClient(store_hash="k7x2q9rm", access_token=sys.argv[2], base_url=sys.argv[1]) as c:
        c.checkouts.get("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90")
    """
)


@pytest.mark.parametrize("level", ["DEBUG", ""])  # INFO differs only by the level set
def test_an_environment_variable_turns_on_redacted_logging(server: LoopbackServer, level: str) -> None:
    server.answers.append(Answer.json(503, {"status": 503, "title": "busy"}, **{"X-Retry-After": "0"}))
    server.default = Answer.json(
        200, server_checkout(CART), **{"Set-Cookie": "SHOP_SESSION_TOKEN=fresh_cookie_8d7c; Path=/"}
    )
    env = {k: v for k, v in os.environ.items() if k != "BIGCOMMERCE_CHECKOUT_LOG"}
    if level:
        env["BIGCOMMERCE_CHECKOUT_LOG"] = level
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, server.url, TOKEN],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    log = proc.stderr
    if not level:
        assert log == ""
        return
    assert "retrying" in log  # INFO: the retry after the 503
    assert "HTTP Request: GET" in log  # httpx's line per request
    assert f"/checkouts/{CART} -> 200" in log  # DEBUG: each answer
    assert TOKEN not in log
    assert "fresh_cookie_8d7c" not in log


def test_public_names_show_where_users_import_them() -> None:
    for name in bigcommerce_checkout.__all__:
        obj = getattr(bigcommerce_checkout, name)
        if isinstance(obj, type):
            assert obj.__module__ == "bigcommerce_checkout", name
    error = NotFoundError(httpx.Response(404, request=httpx.Request("GET", "https://x.test/")))
    shown = "".join(traceback.format_exception_only(error))
    assert shown.startswith("bigcommerce_checkout.NotFoundError: 404")
    assert type(pickle.loads(pickle.dumps(error))) is NotFoundError  # noqa: S301 - our own bytes


def test_per_call_options_point_to_with_options() -> None:
    with CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url="http://127.0.0.1:9") as client:
        with pytest.raises(TypeError, match=r"with_options\(timeout=") as info:
            client.checkouts.get(CART, timeout=5)  # type: ignore[call-arg]
        assert info.value.__cause__ is None
        with pytest.raises(TypeError, match=r"with_options\(extra_headers="):
            client.checkouts.coupons.add(CART, "AUTUMN15", extra_headers={})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="unexpected keyword") as other:
            client.checkouts.get(CART, colour="red")  # type: ignore[call-arg]
        assert "with_options" not in str(other.value)

    async def run() -> None:
        client = AsyncCheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url="http://127.0.0.1:9")
        with pytest.raises(TypeError, match=r"with_options\(timeout="):
            await client.checkouts.get(CART, timeout=5)  # type: ignore[call-arg]

    asyncio.run(run())


def test_a_title_ending_in_a_period_gives_one_period(server: LoopbackServer) -> None:
    server.default = Answer.json(404, {"status": 404, "title": "No operation has this path."})
    with (
        CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url) as client,
        pytest.raises(NotFoundError) as info,
    ):
        client.checkouts.get(CART)
    assert str(info.value).startswith("404 No operation has this path. Check the ids")
    assert ".." not in str(info.value)
