"""The four clients users construct: server-to-server and storefront, sync and async."""

from __future__ import annotations

import copy
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._base_client import (
    _HEADER_NAME,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    BaseAPIClient,
    Options,
    SyncAPIClient,
    TokenAuth,
    check_base_url,
    check_header_value,
    checked_headers,
    to_size,
    to_timeout,
)
from ._inputs import path_id
from ._logging import register_secret
from ._resource import Context
from ._response import RateLimit
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._pacing import Pacer
    from ._redis_pacing import RedisRateLimiter
    from .resources import carts as carts_resources
    from .resources import orders as orders_resources
    from .resources import payments as payments_resources
    from .resources import storefront_carts as storefront_carts_resources
    from .resources import webhooks as webhooks_resources

SERVER_BASE_URL = "https://api.bigcommerce.com"
PAYMENTS_BASE_URL = "https://payments.bigcommerce.com"
_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?")


def _options(
    timeout: float | httpx.Timeout,
    max_retries: int | None,
    retry: RetryPolicy | None,
    extra_headers: Mapping[str, str] | None,
    max_response_size: int,
) -> Options:
    policy = retry if retry is not None else RetryPolicy()
    if max_retries is not None:
        policy = replace(policy, max_retries=max_retries)
    return Options(
        to_timeout(timeout), policy, checked_headers(extra_headers or {}), to_size(max_response_size)
    )


class _Client:
    """What all four clients share: options, rate-limit state, repr without secrets."""

    _api: BaseAPIClient

    @property
    def rate_limit(self) -> RateLimit | None:
        """X-Rate-Limit-* values of the last response that carried them."""
        return self._api.rate_limit

    @property
    def options(self) -> Options:
        """The timeout, retry policy and extra headers this client sends requests with."""
        return self._api.options

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_budget: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = None,
    ) -> Self:
        """A copy sharing this client's connection pool, with some options changed.

        For one call or a group of calls: `client.with_options(timeout=60).checkouts.get(cart_id)`.
        Options not given keep this client's values; `extra_headers` are added to its own.
        Closing the copy leaves the pool open; close the original when you are done.

        Args:
            timeout: Seconds, or an `httpx.Timeout`, allowed for each request.
            max_retries: How many times a call that is safe to repeat is retried.
            retry_budget: The most time, in seconds, a call may take across all its attempts.
            extra_headers: Headers added to those the client already sends.
            max_response_size: The largest answer, in bytes, the copy reads.
        """
        clone = copy.copy(self)
        clone._api = self._api.with_options(
            timeout=timeout,
            max_retries=max_retries,
            retry_budget=retry_budget,
            extra_headers=extra_headers,
            max_response_size=max_response_size,
        )
        clone._bind()
        return clone

    # Sections built on first use (cached_property), so a client that never touches them never
    # loads their modules: the first client and its first call start faster.
    _LAZY: tuple[str, ...] = ()

    def _bind(self) -> None:
        """Build the sections for this client's `_api` (again after a copy changed it)."""
        for name in self._LAZY:
            self.__dict__.pop(name, None)  # a copy must not keep sections bound to the old _api

    def __repr__(self) -> str:  # says where it talks to, never the token or the cookies
        target = getattr(self, "store_hash", None)
        where = f"store_hash={target!r}" if target else f"base_url={getattr(self, 'base_url', None)!r}"
        return f"{type(self).__name__}({where}, credentials=<redacted>)"


class _SyncClient(_Client):
    _api: SyncAPIClient

    def close(self) -> None:
        """Close the connection pool (unless you passed your own httpx client)."""
        self._api.close()

    def __enter__(self) -> Self:
        """A `with` block uses the client and closes it at the end."""
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        """Close the client when the `with` block ends, also when it ends with an exception."""
        self.close()


class _AsyncClient(_Client):
    _api: AsyncAPIClient

    async def close(self) -> None:
        """Close the connection pool (unless you passed your own httpx client)."""
        await self._api.close()

    async def __aenter__(self) -> Self:
        """An `async with` block uses the client and closes it at the end."""
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        """Close the client when the `async with` block ends, also when it ends with an exception."""
        await self.close()


class CheckoutClient(_SyncClient):
    """Server-to-server Checkout API: `https://api.bigcommerce.com/stores/{store_hash}/v3`.

    Authenticates with a store API account's access token (scope `store_checkouts`). Use it as a
    context manager, or call `close()`, to release its connections.

    Args:
        store_hash: The store's hash, the short code in its API path (`k7x2q9rm` in
            `/stores/k7x2q9rm/v3`).
        access_token: The access token of a store API account. Sent in the `X-Auth-Token`
            header, never shown in a repr, a log line or an error.
        timeout: Seconds, or an `httpx.Timeout`, allowed for each request. Default: 30 s, of
            which at most 5 s to connect.
        max_retries: How many times a call that is safe to repeat is retried; shorthand for
            `retry=RetryPolicy(max_retries=...)`. Default: 2.
        retry: The whole retry policy: backoff, waits for rate limits, the time budget of a call.
        extra_headers: Headers sent with every request (not the token, cookies or the headers
            that frame a request, such as Content-Length).
        max_response_size: The largest answer, in bytes, the client reads; a larger one raises
            `ResponseTooLargeError`. Default: 10 MiB.
        base_url: Where the API is. Change it only to reach a proxy or the local fake
            (`bigcommerce_checkout.testing`).
        payments_base_url: Where BigCommerce's payments host is (`payments.process` only; it
            gets the payment access token, never `access_token`). Change it only to reach a
            proxy or a fake.
        max_connections: The most calls this client and its `with_options()` copies have on
            the wire at once: the size of its connection pool, every connection kept alive.
            More calls wait for a free connection before anything is sent, at most the timeout's
            `pool` part; the wait is not counted in a call's time budget. Default: 64. Not with
            `http_client` (set `limits` on yours).
        http_client: Your own `httpx.Client` (its pool, proxies, transport). The client uses it as
            given and never closes it.
        rate_limiter: A `RedisRateLimiter`, to pace the store's calls across processes and
            machines. Without it, the client paces its own threads: once an answer says the store's
            rate-limit window is spent, calls wait for the reset instead of being refused.
    """

    _api: SyncAPIClient

    def __init__(
        self,
        *,
        store_hash: str,
        access_token: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        base_url: str = SERVER_BASE_URL,
        payments_base_url: str = PAYMENTS_BASE_URL,
        max_connections: int | None = None,
        http_client: httpx.Client | None = None,
        rate_limiter: RedisRateLimiter | None = None,
    ) -> None:
        self._payments_base_url = check_base_url(payments_base_url)
        self.store_hash = path_id(check_header_value("store_hash", store_hash), "store_hash")
        self._api = SyncAPIClient(
            base_url=base_url,
            auth=TokenAuth(access_token),
            options=_options(timeout, max_retries, retry, extra_headers, max_response_size),
            http_client=http_client,
            max_connections=max_connections,
            pacer=_pacer(rate_limiter, self.store_hash),
        )
        self._bind()

    _LAZY = ("carts", "payments", "orders", "webhooks")

    def _bind(self) -> None:
        from .resources import checkouts  # loads with the first client, not on import

        super()._bind()
        context = self._context = Context(self.store_hash, self._payments_base_url)
        self.checkouts = checkouts.Checkouts(self._api, context)
        self.settings = checkouts.Settings(self._api, context)

    @cached_property
    def carts(self) -> carts_resources.Carts:
        """`/carts`: carts, their line items, redirect URLs, settings and metafields."""
        from .resources import carts

        return carts.Carts(self._api, self._context)

    @cached_property
    def payments(self) -> payments_resources.Payments:
        """`/payments`: accepted methods, payment access tokens, and processing a payment."""
        from .resources import payments

        return payments.Payments(self._api, self._context)

    @cached_property
    def orders(self) -> orders_resources.Orders:
        """Orders (v2 reads, lists, counts, updates) and their transactions, refunds and metafields."""
        from .resources import orders

        return orders.Orders(self._api, self._context)

    @cached_property
    def webhooks(self) -> webhooks_resources.Webhooks:
        """`/hooks`: subscribe your URLs to store events (`bigcommerce_checkout.webhooks` receives them)."""
        from .resources import webhooks

        return webhooks.Webhooks(self._api, self._context)


class AsyncCheckoutClient(_AsyncClient):
    """The server-to-server API with `async`/`await`; same methods as `CheckoutClient`.

    Use it as an async context manager, or await `close()`, to release its connections.

    Args:
        store_hash: The store's hash, the short code in its API path (`k7x2q9rm` in
            `/stores/k7x2q9rm/v3`).
        access_token: The access token of a store API account. Sent in the `X-Auth-Token`
            header, never shown in a repr, a log line or an error.
        timeout: Seconds, or an `httpx.Timeout`, allowed for each request. Default: 30 s, of
            which at most 5 s to connect.
        max_retries: How many times a call that is safe to repeat is retried; shorthand for
            `retry=RetryPolicy(max_retries=...)`. Default: 2.
        retry: The whole retry policy: backoff, waits for rate limits, the time budget of a call.
        extra_headers: Headers sent with every request (not the token, cookies or the headers
            that frame a request, such as Content-Length).
        max_response_size: The largest answer, in bytes, the client reads; a larger one raises
            `ResponseTooLargeError`. Default: 10 MiB.
        base_url: Where the API is. Change it only to reach a proxy or the local fake
            (`bigcommerce_checkout.testing`).
        payments_base_url: Where BigCommerce's payments host is (`payments.process` only; it
            gets the payment access token, never `access_token`). Change it only to reach a
            proxy or a fake.
        max_connections: The most calls this client and its `with_options()` copies have on
            the wire at once: the size of its connection pool, every connection kept alive.
            More calls wait for a free connection before anything is sent, at most the timeout's
            `pool` part; the wait is not counted in a call's time budget. Default: 64. Not with
            `http_client` (set `limits` on yours).
        http_client: Your own `httpx.AsyncClient` (its pool, proxies, transport). The client uses it as
            given and never closes it.
        rate_limiter: A `RedisRateLimiter`, to pace the store's calls across processes and
            machines. Without it, the client paces its own tasks: once an answer says the store's
            rate-limit window is spent, calls wait for the reset instead of being refused.
    """

    _api: AsyncAPIClient

    def __init__(
        self,
        *,
        store_hash: str,
        access_token: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        base_url: str = SERVER_BASE_URL,
        payments_base_url: str = PAYMENTS_BASE_URL,
        max_connections: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limiter: RedisRateLimiter | None = None,
    ) -> None:
        self._payments_base_url = check_base_url(payments_base_url)
        self.store_hash = path_id(check_header_value("store_hash", store_hash), "store_hash")
        self._api = AsyncAPIClient(
            base_url=base_url,
            auth=TokenAuth(access_token),
            options=_options(timeout, max_retries, retry, extra_headers, max_response_size),
            http_client=http_client,
            max_connections=max_connections,
            pacer=_pacer(rate_limiter, self.store_hash),
        )
        self._bind()

    _LAZY = ("carts", "payments", "orders", "webhooks")

    def _bind(self) -> None:
        from .resources import checkouts  # loads with the first client, not on import

        super()._bind()
        context = self._context = Context(self.store_hash, self._payments_base_url)
        self.checkouts = checkouts.AsyncCheckouts(self._api, context)
        self.settings = checkouts.AsyncSettings(self._api, context)

    @cached_property
    def carts(self) -> carts_resources.AsyncCarts:
        """`/carts`: carts, their line items, redirect URLs, settings and metafields."""
        from .resources import carts

        return carts.AsyncCarts(self._api, self._context)

    @cached_property
    def payments(self) -> payments_resources.AsyncPayments:
        """`/payments`: accepted methods, payment access tokens, and processing a payment."""
        from .resources import payments

        return payments.AsyncPayments(self._api, self._context)

    @cached_property
    def orders(self) -> orders_resources.AsyncOrders:
        """Orders (v2 reads, lists, counts, updates) and their transactions, refunds and metafields."""
        from .resources import orders

        return orders.AsyncOrders(self._api, self._context)

    @cached_property
    def webhooks(self) -> webhooks_resources.AsyncWebhooks:
        """`/hooks`: subscribe your URLs to store events (`bigcommerce_checkout.webhooks` receives them)."""
        from .resources import webhooks

        return webhooks.AsyncWebhooks(self._api, self._context)


def _pacer(rate_limiter: RedisRateLimiter | None, store_hash: str) -> Pacer:
    """The client's pacer: the shared one of a `RedisRateLimiter`, or its own."""
    if rate_limiter is None:
        from ._pacing import LocalPacer

        return LocalPacer()
    from ._redis_pacing import RedisRateLimiter

    if not isinstance(rate_limiter, RedisRateLimiter):
        raise TypeError(f"rate_limiter must be a RedisRateLimiter, not {type(rate_limiter).__name__}")
    return rate_limiter.pacer(store_hash)


def _storefront_url(store_domain: str | None, base_url: str | None) -> str:
    if base_url is not None:
        return base_url
    if not isinstance(store_domain, str) or not _DOMAIN.fullmatch(store_domain):
        raise ValueError("store_domain must be a host name such as 'shop.example.com' (no scheme or path)")
    return f"https://{store_domain}"


_COOKIES_EXPECTED = (
    "cookies must be a mapping of cookie names to values (such as {'SHOP_SESSION_TOKEN': ...}), "
    "an httpx.Cookies, or a Cookie header string such as 'SHOP_SESSION_TOKEN=...; other=...'"
)


def _cookie_pairs(cookies: str) -> list[tuple[str, str]]:
    """Name/value pairs of a Cookie header string: 'a=1; b=2'."""
    pairs = []
    for part in cookies.split(";"):
        part = part.strip(" \t")  # only the optional white space: a CR or LF must reach the check
        if not part:
            continue
        name, equals, value = part.partition("=")
        if not equals:
            raise ValueError(f"{_COOKIES_EXPECTED}; one part of the string has no '=' (not shown)")
        pairs.append((name.strip(" \t"), value.strip(" \t")))
    return pairs


def check_cookie(name: object, value: object) -> tuple[str, str]:
    """Refuse a name or value that would break the Cookie header or smuggle another cookie in.

    Names are HTTP tokens (so no '=', ';', spaces or control characters); values are printable
    ASCII without ';'. Messages never show a value, nor a name that is not valid (it may be one).
    """
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        raise ValueError(
            "a cookie name is not valid (the name is not shown): names are letters, digits and "
            "!#$%&'*+-.^_`|~, without '=', ';', spaces or control characters"
        )
    if (
        not isinstance(value, str)
        or not value.strip()
        or not (value.isascii() and value.isprintable())
        or ";" in value
    ):
        raise ValueError(
            f"cookie {name!r}: the value must be a non-empty string of printable ASCII characters "
            "without ';' (the value is not shown)"
        )
    return name, value


def _register_cookies_of(http_client: httpx.Client | httpx.AsyncClient | None) -> None:
    """Cookies a caller put on their own client are secrets too: mask them while it lives."""
    if http_client is not None:
        for cookie in http_client.cookies.jar:
            if cookie.value:
                register_secret(cookie.value, http_client)


def _cookie_host(base_url: str) -> str:
    """The domain http.cookiejar files a Set-Cookie without Domain under (a dotless host gets .local)."""
    host = re.sub(r":\d+$", "", urllib.parse.urlsplit(base_url).netloc, count=1).lower()
    return host if "." in host else f"{host}.local"


def _cookie_jar(cookies: Mapping[str, str] | httpx.Cookies | str | None, base_url: str) -> httpx.Cookies:
    """A new jar of the shopper's cookies, filed under the storefront's host.

    Always a new jar, never the one passed in: two views made from one jar (or from a view's
    `cookies`) each keep their own session, and the caller's jar never receives a session the
    storefront sets. A cookie given without a domain is filed where the storefront's own
    Set-Cookie puts it (its host, path /), so the session cookie the storefront sets later
    replaces the one given instead of standing beside it.
    """
    jar = httpx.Cookies()
    if cookies is None:
        return jar
    if isinstance(cookies, httpx.Cookies):
        given = [(c.name, c.value, c.domain, c.path) for c in cookies.jar]
    elif isinstance(cookies, str):
        given = [(name, value, "", "") for name, value in _cookie_pairs(cookies)]
    elif isinstance(cookies, Mapping):
        given = [(name, value, "", "") for name, value in cookies.items()]
    else:
        raise TypeError(f"{_COOKIES_EXPECTED}, not {type(cookies).__name__}")
    host = _cookie_host(base_url)
    names: set[str] = set()
    for name, value, domain, path in given:
        name, value = check_cookie(name, value)
        if name in names:  # a shopper has one cookie of a name; which one to send is not ours to guess
            raise ValueError(f"cookies: {name!r} is given twice (values not shown); pass one of them")
        names.add(name)
        jar.set(name, value, domain=domain or host, path=path or "/")
        register_secret(value, jar)
    return jar


class _Shoppers(_Client):
    base_url: str

    def for_shopper(self, cookies: Mapping[str, str] | httpx.Cookies | str | None = None) -> Self:
        """A view of this client for one shopper: the same connection pool, its own cookies.

        A server acting for many shoppers builds one storefront client and, per request of a
        shopper, uses `client.for_shopper(cookies_from_their_browser)`: cheap (no new pool, no
        TLS set-up) and isolated. The view sends only these cookies and keeps the cookies the
        storefront sets in its answers (a new cart's session) to itself: never in the shared
        pool, never in another view. Read them from `view.cookies` to hand them to the browser.
        Closing a view leaves the pool open; close the client when you are done.

        Args:
            cookies: The shopper's cookies, in any form the constructor takes; None for a
                shopper without a session yet (creating a cart gives them one).
        """
        clone = copy.copy(self)
        clone._api = self._api.for_shopper(_cookie_jar(cookies, self.base_url))
        clone._bind()
        return clone

    @property
    def cookies(self) -> httpx.Cookies:
        """This shopper's cookies as the client holds them now, with those the storefront set.

        Empty when a caller's own `http_client` keeps the cookies (then read its `cookies`).
        """
        jar = self._api._jar
        return httpx.Cookies() if jar is None else jar


class StorefrontClient(_SyncClient, _Shoppers):
    """Storefront Checkout API: `https://{store_domain}/api/storefront`.

    BigCommerce documents this API for the shopper's own browser session on the storefront's
    domain: it authenticates with the shopper's session cookies, not a token. Server-side use
    needs those cookies; prefer `CheckoutClient` for back-office work.

    Args:
        store_domain: The storefront's host name, for example `shop.example.com` (no scheme,
            no path). Not needed when `base_url` is given.
        cookies: The shopper's cookies, as their browser sent them to your server: a mapping
            of name to value, an `httpx.Cookies`, or a Cookie header string
            (`"SHOP_SESSION_TOKEN=...; XSRF-TOKEN=..."`). A name or value that would break the
            header raises `ValueError` here; values are never logged or shown.
        timeout: Seconds, or an `httpx.Timeout`, allowed for each request. Default: 30 s, of
            which at most 5 s to connect.
        max_retries: How many times a call that is safe to repeat is retried; shorthand for
            `retry=RetryPolicy(max_retries=...)`. Default: 2.
        retry: The whole retry policy: backoff, waits for rate limits, the time budget of a call.
        extra_headers: Headers sent with every request (not the token, cookies or the headers
            that frame a request, such as Content-Length).
        max_response_size: The largest answer, in bytes, the client reads; a larger one raises
            `ResponseTooLargeError`. Default: 10 MiB.
        base_url: Where the API is. Change it only to reach a proxy or the local fake
            (`bigcommerce_checkout.testing`).
        max_connections: The most calls this client, its `for_shopper()` views and its
            `with_options()` copies have on the wire at once: the size of its connection pool, every connection kept alive.
            More calls wait for a free connection before anything is sent, at most the timeout's
            `pool` part; the wait is not counted in a call's time budget. Default: 64. Not with
            `http_client` (set `limits` on yours).
        http_client: Your own `httpx.Client` (its pool, proxies, transport). The client uses it as
            given and never closes it.
    """

    _api: SyncAPIClient

    def __init__(
        self,
        *,
        store_domain: str | None = None,
        cookies: Mapping[str, str] | httpx.Cookies | str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        base_url: str | None = None,
        max_connections: int | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.base_url = _storefront_url(store_domain, base_url)
        _register_cookies_of(http_client)
        self._api = SyncAPIClient(
            base_url=self.base_url,
            auth=None,
            options=_options(timeout, max_retries, retry, extra_headers, max_response_size),
            http_client=http_client,
            max_connections=max_connections,
            cookies=_cookie_jar(cookies, self.base_url),
        )
        self._bind()

    _LAZY = ("carts", "orders")

    def _bind(self) -> None:
        from .resources import storefront  # loads with the first client, not on import

        super()._bind()
        self.checkouts = storefront.StorefrontCheckouts(self._api, Context())

    @cached_property
    def carts(self) -> storefront_carts_resources.StorefrontCarts:
        """`/carts`: the shopper's cart, its line items and its currency."""
        from .resources import storefront_carts

        return storefront_carts.StorefrontCarts(self._api, Context())

    @cached_property
    def orders(self) -> storefront_carts_resources.StorefrontOrders:
        """`/orders`: an order the shopper placed (the confirmation page's data)."""
        from .resources import storefront_carts

        return storefront_carts.StorefrontOrders(self._api, Context())


class AsyncStorefrontClient(_AsyncClient, _Shoppers):
    """The storefront API with `async`/`await`; same methods as `StorefrontClient`.

    Use it as an async context manager, or await `close()`, to release its connections.

    Args:
        store_domain: The storefront's host name, for example `shop.example.com` (no scheme,
            no path). Not needed when `base_url` is given.
        cookies: The shopper's cookies, as their browser sent them to your server: a mapping
            of name to value, or an `httpx.Cookies`. Their values are never logged or shown.
        timeout: Seconds, or an `httpx.Timeout`, allowed for each request. Default: 30 s, of
            which at most 5 s to connect.
        max_retries: How many times a call that is safe to repeat is retried; shorthand for
            `retry=RetryPolicy(max_retries=...)`. Default: 2.
        retry: The whole retry policy: backoff, waits for rate limits, the time budget of a call.
        extra_headers: Headers sent with every request (not the token, cookies or the headers
            that frame a request, such as Content-Length).
        max_response_size: The largest answer, in bytes, the client reads; a larger one raises
            `ResponseTooLargeError`. Default: 10 MiB.
        base_url: Where the API is. Change it only to reach a proxy or the local fake
            (`bigcommerce_checkout.testing`).
        max_connections: The most calls this client, its `for_shopper()` views and its
            `with_options()` copies have on the wire at once: the size of its connection pool, every connection kept alive.
            More calls wait for a free connection before anything is sent, at most the timeout's
            `pool` part; the wait is not counted in a call's time budget. Default: 64. Not with
            `http_client` (set `limits` on yours).
        http_client: Your own `httpx.AsyncClient` (its pool, proxies, transport). The client uses it as
            given and never closes it.
    """

    _api: AsyncAPIClient

    def __init__(
        self,
        *,
        store_domain: str | None = None,
        cookies: Mapping[str, str] | httpx.Cookies | str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        base_url: str | None = None,
        max_connections: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = _storefront_url(store_domain, base_url)
        _register_cookies_of(http_client)
        self._api = AsyncAPIClient(
            base_url=self.base_url,
            auth=None,
            options=_options(timeout, max_retries, retry, extra_headers, max_response_size),
            http_client=http_client,
            max_connections=max_connections,
            cookies=_cookie_jar(cookies, self.base_url),
        )
        self._bind()

    _LAZY = ("carts", "orders")

    def _bind(self) -> None:
        from .resources import storefront  # loads with the first client, not on import

        super()._bind()
        self.checkouts = storefront.AsyncStorefrontCheckouts(self._api, Context())

    @cached_property
    def carts(self) -> storefront_carts_resources.AsyncStorefrontCarts:
        """`/carts`: the shopper's cart, its line items and its currency."""
        from .resources import storefront_carts

        return storefront_carts.AsyncStorefrontCarts(self._api, Context())

    @cached_property
    def orders(self) -> storefront_carts_resources.AsyncStorefrontOrders:
        """`/orders`: an order the shopper placed (the confirmation page's data)."""
        from .resources import storefront_carts

        return storefront_carts.AsyncStorefrontOrders(self._api, Context())


__all__ = ["AsyncCheckoutClient", "AsyncStorefrontClient", "CheckoutClient", "StorefrontClient"]
