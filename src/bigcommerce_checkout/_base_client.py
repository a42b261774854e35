"""The one place where requests are sent: auth, options, the retry loop, errors and parsing.

The sync and async clients share everything but the loop itself, which differs only in `await`.
Answers are streamed: the body is read chunk by chunk against the call's time budget and the
client's size limit, and redirects are never followed (credentials stay with their origin).
"""

from __future__ import annotations

import functools
import http.cookiejar
import logging
import re
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    OrderConnectionError,
    OrderPaymentActionConnectionError,
    OrderPaymentActionResponseError,
    OrderPaymentActionServerError,
    OrderPaymentActionTimeoutError,
    OrderResponseError,
    OrderServerError,
    OrderTimeoutError,
    OrderUpdateConnectionError,
    OrderUpdateResponseError,
    OrderUpdateServerError,
    OrderUpdateTimeoutError,
    PaymentConnectionError,
    PaymentResponseError,
    PaymentServerError,
    PaymentTimeoutError,
    RefundConnectionError,
    RefundResponseError,
    RefundServerError,
    RefundTimeoutError,
    ResponseTooLargeError,
    scrub_chain,
    status_error,
)
from ._logging import REDACTED, log, register_secret
from ._response import NO_HEADERS, RateLimit, record
from ._retry import (
    RetryPolicy,
    call_deadline,
    may_retry_error,
    may_retry_status,
    wait_before_retry,
    was_never_sent,
)
from ._version import version

if TYPE_CHECKING:
    from ._pacing import Pacer
    from ._slots import TaskSlots, ThreadSlots  # loaded with the first client's own pool

T = TypeVar("T")
Paced = tuple["Pacer", int]  # the pacer that let an attempt go, and the attempt's ticket
_sleep = time.sleep  # module-level so tests can replace the waits without touching `time`


async def _async_sleep(seconds: float) -> None:
    import anyio  # httpx's async layer: works under asyncio and trio; loaded on the first retry

    await anyio.sleep(seconds)


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""The generated client has no timeout; ours fails a call that hangs instead of hanging with it."""

DEFAULT_MAX_RESPONSE_SIZE = 10 * 1024 * 1024
"""10 MiB: a checkout with hundreds of line items is a few hundred KiB; a larger answer is refused."""


def _limit_of(response: httpx.Response | None) -> RateLimit | None:
    """What a pacer is told of an attempt: no answer (None), or the window its answer reports."""
    if response is None:
        return None
    return RateLimit.from_headers(response.headers) or NO_HEADERS


async def _reserve_in_thread(pacer: Pacer) -> tuple[float, int]:
    """A pacer that does I/O (Redis) asks from a worker thread, so the event loop keeps running."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(lambda: pacer.reserve(time.monotonic()))


async def _tell_in_thread(pacer: Pacer) -> None:
    import anyio.to_thread

    await anyio.to_thread.run_sync(pacer.tell)


@functools.cache
def _jitter() -> Any:
    """The random source of retry jitter, made with the first retry (not with every client)."""
    import random

    return random.Random()  # noqa: S311 - jitter, not cryptography


@functools.cache
def user_agent() -> str:
    """`bigcommerce-checkout/<version> python/<x.y> httpx/<version>`, built with the first client."""
    major, minor = sys.version_info[:2]
    return f"bigcommerce-checkout/{version()} python/{major}.{minor} httpx/{httpx.__version__}"


_HTTPX_USER_AGENT = "python-httpx/"

# Errors a parser may raise on a body that is not what it expects: json's and the models' own,
# and RecursionError for nesting deeper than the interpreter allows.
PARSE_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    RecursionError,
)


def parse_errors() -> tuple[type[BaseException], ...]:
    """PARSE_ERRORS, plus msgspec's errors once a parser has loaded msgspec (looked up on failure)."""
    msgspec = sys.modules.get("msgspec")
    return PARSE_ERRORS if msgspec is None else (*PARSE_ERRORS, msgspec.MsgspecError)


ORDER_HINT = (
    "The order may or may not have been created, so the call was not retried. Look for it with "
    "client.orders.find_by_cart(cart_id) (it works after the cart is gone) before creating it again."
)


PAYMENT_HINT = (
    "The payment may have been taken, so it was not sent again. Call "
    "client.orders.payment_state(order_id): it reads the order's status and its payment "
    "transactions and says whether money was taken, before you pay again."
)
REFUND_HINT = (
    "The refund may have been made, so it was not sent again. List the order's refunds with "
    "client.orders.refunds.list(order_id) before refunding again."
)
PAYMENT_ACTION_HINT = (
    "The capture or void may have happened, so it was not sent again. Read the order's "
    "transactions with client.orders.payment_state(order_id) before trying again."
)
ORDER_UPDATE_HINT = (
    "The order may have been changed (a status change can email the shopper), so the update was "
    "not sent again. Read it with client.orders.get(order_id) before sending it again."
)
CART_HINT = (
    "The cart may or may not have been created, so the call was not retried. A second cart is "
    "harmless but confusing: look for it (the customer's carts, or the storefront's current cart) "
    "before creating another."
)


class Once:
    """A call that must not happen twice: sent at most once after it may have reached the server.

    Which errors say so, and what to tell the caller when the outcome is unknown. (Plain slotted
    classes here and in `Call`/`Options`: a dataclass costs about 1 ms of start-up each.)
    """

    __slots__ = (
        "connection_error",
        "hint",
        "retry_rate_limited",
        "server_error",
        "timeout_error",
        "unreadable_error",
        "unreadable_note",
    )

    def __init__(
        self,
        hint: str,
        connection_error: type[APIConnectionError] = APIConnectionError,
        timeout_error: type[APITimeoutError] = APITimeoutError,
        server_error: type[InternalServerError] = InternalServerError,
        unreadable_error: type[APIResponseValidationError] | None = None,  # a 2xx that cannot be read
        unreadable_note: str = "",
        retry_rate_limited: bool = True,  # a 429 says nothing was done; money is not sent twice even so
    ) -> None:
        self.hint = hint
        self.connection_error = connection_error
        self.timeout_error = timeout_error
        self.server_error = server_error
        self.unreadable_error = unreadable_error
        self.unreadable_note = unreadable_note
        self.retry_rate_limited = retry_rate_limited


CREATES_ORDER = Once(
    ORDER_HINT,
    OrderConnectionError,
    OrderTimeoutError,
    OrderServerError,
    OrderResponseError,
    "so the order WAS created, but {why}. Do not create it again: get the checkout and read its "
    "order_id to find the order.",
)
TAKES_PAYMENT = Once(
    PAYMENT_HINT,
    PaymentConnectionError,
    PaymentTimeoutError,
    PaymentServerError,
    PaymentResponseError,
    "so the payment WAS taken, but {why}. Do not pay again: read the order's status and its "
    "payment transactions.",
    retry_rate_limited=False,
)
CREATES_CART = Once(CART_HINT)
REFUNDS = Once(
    REFUND_HINT,
    RefundConnectionError,
    RefundTimeoutError,
    RefundServerError,
    RefundResponseError,
    "so the refund WAS made, but {why}. Do not refund again: list the order's refunds.",
    retry_rate_limited=False,
)
MOVES_PAYMENT = Once(
    PAYMENT_ACTION_HINT,
    OrderPaymentActionConnectionError,
    OrderPaymentActionTimeoutError,
    OrderPaymentActionServerError,
    OrderPaymentActionResponseError,
    "so the action WAS scheduled, but {why}. Do not send it again: read the order's transactions.",
    retry_rate_limited=False,
)
UPDATES_ORDER = Once(
    ORDER_UPDATE_HINT,
    OrderUpdateConnectionError,
    OrderUpdateTimeoutError,
    OrderUpdateServerError,
    OrderUpdateResponseError,
    "so the order WAS changed, but {why}. Read it with client.orders.get(order_id).",
)


class Credential:
    """A per-call credential header (the payment access token); its repr never shows the value."""

    __slots__ = ("header",)

    def __init__(self, name: str, value: str) -> None:
        self.header = {name: value}

    def __repr__(self) -> str:
        return "Credential(<redacted>)"


class Call(Generic[T]):
    """One prepared operation: the generated request description and how to decode its answer.

    `base_url`, `credential` and `accept` are for an operation on another host (process payment):
    they replace the client's base URL, its `X-Auth-Token` and `application/json`. `secrets` are
    values of the request (card data) that are masked in whatever an error keeps of the answer,
    headers included, and in log records for as long as the call lives.
    """

    __slots__ = (
        "__weakref__",
        "accept",
        "base_url",
        "creates_order",
        "credential",
        "decode",
        "kwargs",
        "once",
        "secrets",
    )

    def __init__(
        self,
        kwargs: Mapping[str, Any],  # what a generated module's `_get_kwargs()` returns
        decode: Callable[[bytes], T],  # JSON bytes into the public model (_models.py)
        creates_order: bool = False,
        once: Once | None = None,
        base_url: str | None = None,
        credential: Credential | None = None,
        accept: str = "application/json",
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.kwargs = kwargs
        self.decode = decode
        self.creates_order = creates_order
        self.once = once
        self.base_url = base_url
        self.credential = credential
        self.accept = accept
        self.secrets = secrets
        for secret in secrets:  # httpcore logs what a gateway echoes before any error is built
            register_secret(secret, self)

    def __repr__(self) -> str:  # never the body, the credential or the secrets
        return f"Call({self.kwargs.get('method', '?')} {self.kwargs.get('url', '?')})"

    @property
    def at_most_once(self) -> Once | None:
        return CREATES_ORDER if self.creates_order else self.once


class Options:
    """Per-client settings; `with_options()` makes a copy with some of them changed."""

    __slots__ = ("extra_headers", "max_response_size", "retry", "timeout")

    timeout: httpx.Timeout
    retry: RetryPolicy
    extra_headers: Mapping[str, str]
    max_response_size: int

    def __init__(
        self,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        set_ = object.__setattr__  # read-only afterwards, as copies share nothing mutable
        set_(self, "timeout", timeout)
        set_(self, "retry", RetryPolicy() if retry is None else retry)
        set_(self, "extra_headers", {} if extra_headers is None else extra_headers)
        set_(self, "max_response_size", max_response_size)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Options are read-only; use client.with_options({name}=...) for a copy")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Options):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Options(timeout={self.timeout!r}, retry={self.retry!r}, "
            f"extra_headers={self.extra_headers!r}, max_response_size={self.max_response_size!r})"
        )

    def replace(
        self,
        *,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = None,
    ) -> Options:
        """A copy with the given settings changed (None keeps this one's)."""
        return Options(
            self.timeout if timeout is None else timeout,
            self.retry if retry is None else retry,
            self.extra_headers if extra_headers is None else extra_headers,
            self.max_response_size if max_response_size is None else max_response_size,
        )


class _SharedState:
    """What copies made by `with_options()` (and shopper views) share with their original."""

    def __init__(self, pacer: Pacer | None) -> None:
        self.rate_limit: RateLimit | None = None
        self.pacer = pacer  # the store's rate-limit window, for every thread and task (see _pacing)


class TokenAuth:
    """Holds the access token and adds it to each request; its repr never shows the token.

    The token is set per request rather than in the httpx client's default headers, so it is not
    in a user-supplied client's headers, and not in their repr.
    """

    __slots__ = ("__weakref__", "header")

    def __init__(self, token: str) -> None:
        register_secret(check_header_value("access_token", token), self)  # masked while it is in use
        self.header = {"X-Auth-Token": token}

    def __repr__(self) -> str:
        return "TokenAuth(<redacted>)"


class _NoCookiesPolicy(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


def NoCookies() -> http.cookiejar.CookieJar:
    """A cookie jar that stores nothing (for the connection pools the clients make)."""
    return http.cookiejar.CookieJar(policy=_NoCookiesPolicy())


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token


def check_header_value(name: str, value: object) -> str:
    """Refuse what would break or inject headers: CR/LF, control and non-ASCII characters.

    Caught here, at construction, a bad value raises a clear ValueError instead of failing every
    request later with an encoding error whose message would contain the value.
    """
    if not isinstance(value, str) or not value.strip() or not (value.isascii() and value.isprintable()):
        raise ValueError(f"{name} must be a non-empty string of printable ASCII characters")
    return value


def check_header_name(name: object) -> str:
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        raise ValueError(f"header name {name!r} is not a valid HTTP header name")
    return name


def check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, not {base_url!r}")
    return str(url.copy_with(query=None, fragment=None)).rstrip("/") + "/"


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


def to_size(max_response_size: object) -> int:
    if (
        isinstance(max_response_size, bool)
        or not isinstance(max_response_size, int)
        or max_response_size <= 0
    ):
        raise ValueError("max_response_size must be a positive number of bytes")
    return max_response_size


# Headers that frame the message or belong to one connection: the HTTP layer sets them, and a
# caller's value would desynchronise the body from its length or the connection from its peer.
FRAMING_HEADERS = frozenset(
    {
        "connection",
        "content-length",
        "content-encoding",
        "content-type",
        "expect",
        "host",
        "keep-alive",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    for name in headers:
        lowered = check_header_name(name).lower()
        if lowered == "x-auth-token":
            raise ValueError("extra_headers must not set X-Auth-Token; pass access_token instead")
        if lowered == "cookie":
            raise ValueError("extra_headers must not set Cookie; pass cookies= to a storefront client")
        if lowered in FRAMING_HEADERS or lowered.startswith("proxy-"):
            raise ValueError(
                f"extra_headers must not set {name}: the client and the HTTP layer set the headers "
                "that frame a request or belong to its connection"
            )
    return {k: check_header_value(f"header {k!r}", v) for k, v in headers.items()}


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value is not None and value.isdigit() else None


# httpx's stream of a sent response refers back to the response, a reference cycle: the body
# (kept in `_content`) would live until the next cyclic garbage collection instead of going with
# its last reference, and paging through orders would hold several pages at once. Once the body
# is read and the stream closed, the stream is replaced by this empty one.
_SPENT = httpx.ByteStream(b"")


class _Body:
    """Collects an answer's body chunk by chunk, within the size limit and the call's deadline."""

    __slots__ = ("chunks", "deadline", "limit", "problem", "size", "too_large")

    def __init__(self, limit: int, deadline: float) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.limit = limit
        self.deadline = deadline
        self.problem: str | None = None  # why the body is missing or cut short
        self.too_large = False

    def wanted(self, response: httpx.Response) -> bool:
        """False when a 2xx announces more than the limit: it is refused without being read."""
        length = _declared_length(response)
        if response.is_success and length is not None and length > self.limit:
            self.problem = self._too_large()
            return False
        return True

    def add(self, chunk: bytes, request: httpx.Request) -> bool:
        """Keep `chunk`; False once the limit is passed (the rest is not read)."""
        self.size += len(chunk)
        if self.size > self.limit:
            self.chunks.append(chunk[: len(chunk) - (self.size - self.limit)])
            self.problem = self._too_large()
            return False
        self.chunks.append(chunk)
        if time.monotonic() > self.deadline:
            raise httpx.ReadTimeout(
                "the call's time budget ran out while reading the answer", request=request
            )
        return True

    def undecodable(self, response: httpx.Response) -> None:
        self.chunks = []
        encoding = response.headers.get("content-encoding", "")
        self.problem = f"its body does not match its Content-Encoding ({encoding[:40]!r}) and was dropped"

    def _too_large(self) -> str:
        self.too_large = True
        return f"its body is larger than max_response_size ({self.limit} bytes)"

    def finish(self, response: httpx.Response) -> _Body:
        # What Response.read() does with the same chunks; set here because the body was streamed.
        response._content = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
        return self


class BaseAPIClient:
    """Builds requests and turns responses into models or typed exceptions."""

    _owns_http = False

    def __init__(
        self, *, base_url: str, auth: TokenAuth | None, options: Options, pacer: Pacer | None = None
    ) -> None:
        # Checked once; the generated paths are already percent-encoded and path_id() refuses dot
        # segments, so plain concatenation gives the URL that URL.join() would, without re-parsing.
        self._base_url = check_base_url(base_url)
        self._auth = auth
        self._options = options
        self._state = _SharedState(pacer)
        self._user_agent: dict[str, str] = {}  # set per request only when the client lacks ours
        # The shopper's cookies when the client keeps them itself (see for_shopper); None when a
        # caller's own httpx client keeps them in its jar.
        self._jar: httpx.Cookies | None = None

    def _name_ourselves(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """Our User-Agent: in the defaults of a client we made (free), per request on a caller's
        client that has httpx's default; a caller's client that names itself keeps its own."""
        if self._owns_http:
            http.headers["User-Agent"] = user_agent()
        elif http.headers.get("user-agent", _HTTPX_USER_AGENT).startswith(_HTTPX_USER_AGENT):
            self._user_agent = {"User-Agent": user_agent()}

    @property
    def options(self) -> Options:
        return self._options

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._state.rate_limit

    def _copy_with(self, options: Options) -> Any:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._options = options
        clone._owns_http = False  # the pool belongs to the original; closing a copy leaves it open
        return clone

    def for_shopper(self, jar: httpx.Cookies) -> Any:
        """A copy using the same connection pool that sends `jar`'s cookies and keeps the ones set."""
        if self._jar is None:
            raise ValueError(
                "for_shopper() needs a client that keeps cookies itself: build the storefront "
                "client without http_client (its pool is shared by every shopper view)"
            )
        clone = self._copy_with(self._options)
        clone._jar = jar
        return clone

    def _keep_cookies(self, response: httpx.Response) -> None:
        """Keep the cookies the answer sets in this shopper's jar; their values are secrets too.

        A cookie the answer sets replaces every older one of its name, whatever domain or path
        that one was filed under: a shopper has one session, and two would go out together.
        """
        jar = self._jar
        if jar is None or "set-cookie" not in response.headers:
            return
        before = list(jar.jar)  # held, so no id below can be reused by a new cookie
        kept = {id(cookie) for cookie in before}
        jar.extract_cookies(response)
        fresh = [cookie for cookie in jar.jar if id(cookie) not in kept]
        names = {cookie.name for cookie in fresh}
        replaced = {(cookie.domain, cookie.path, cookie.name) for cookie in fresh}
        for cookie in before:
            key = (cookie.domain, cookie.path, cookie.name)
            if cookie.name in names and key not in replaced:
                jar.jar.clear(*key)
        for cookie in fresh:
            if cookie.value:
                register_secret(cookie.value, jar)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_budget: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = None,
    ) -> Any:
        """A copy using the same connection pool with some options changed."""
        options = self._options
        if timeout is not None:
            options = options.replace(timeout=to_timeout(timeout))
        if max_response_size is not None:
            options = options.replace(max_response_size=to_size(max_response_size))
        if max_retries is not None:
            options = options.replace(retry=replace(options.retry, max_retries=max_retries))
        if retry_budget is not None:
            options = options.replace(retry=replace(options.retry, budget=retry_budget))
        if extra_headers is not None:
            options = options.replace(
                extra_headers={**options.extra_headers, **checked_headers(extra_headers)}
            )
        return self._copy_with(options)

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        kwargs = call.kwargs
        method = str(kwargs["method"]).upper()
        headers = {
            "Accept": call.accept,
            **self._user_agent,
            **self._options.extra_headers,
            **kwargs.get("headers", {}),
        }
        if method in ("POST", "PUT"):  # even without a body: the API requires it on every write
            headers["Content-Type"] = "application/json"
        if call.credential is not None:  # another host's credential: the client's token stays home
            headers.update(call.credential.header)
        elif self._auth is not None:
            headers.update(self._auth.header)
        base_url = self._base_url if call.base_url is None else check_base_url(call.base_url)
        request = http.build_request(
            method=method,
            url=base_url + str(kwargs["url"]).lstrip("/"),
            params=kwargs.get("params") or None,  # an empty dict would make httpx rebuild the URL
            content=kwargs.get("content"),  # JSON the builder already encoded
            headers=headers,
            timeout=self._options.timeout,
        )
        if self._jar is not None:  # this shopper's cookies, never the shared client's
            self._jar.set_cookie_header(request)
        return request

    def _received(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> None:
        rate_limit = RateLimit.from_headers(response.headers)
        if rate_limit is not None:
            self._state.rate_limit = rate_limit
        record(response)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s (attempt %d, %.0f ms)",
                request.method,
                request.url.path,
                response.status_code,
                attempt + 1,
                (time.monotonic() - started) * 1000,
            )

    def _retry_wait(
        self, attempt: int, started: float, response: httpx.Response | None, why: str, request: httpx.Request
    ) -> float | None:
        """The wait before the next attempt, or None when retries or the time budget are used up."""
        policy = self._options.retry
        if attempt >= policy.max_retries:
            return None
        wait = wait_before_retry(policy, attempt, response, _jitter())
        if time.monotonic() - started + wait >= policy.budget:
            return None
        log.info("%s %s: %s; retrying in %.2f s", request.method, request.url.path, why, wait)
        return wait

    def _pacer_for(self, call: Call[Any]) -> Pacer | None:
        """The pacer of the store's quota; None for another host's call (the payments host)."""
        return self._state.pacer if call.base_url is None else None

    def _may_wait_for_window(self, request: httpx.Request, started: float, wait: float) -> None:
        """Raise unless a wait of `wait` s for the window to reset fits the policy and the budget."""
        policy = self._options.retry
        why = None
        if wait > policy.max_rate_limit_wait:
            why = f"later than the {policy.max_rate_limit_wait:g} s a call may wait (max_rate_limit_wait)"
        elif time.monotonic() - started + wait >= policy.budget:
            why = "after the call's time budget ends (RetryPolicy.budget)"
        if why is not None:
            from ._exceptions import RateLimitWaitError
            from ._pacing import wait_message

            where = f"{request.method} {request.url.path}"
            raise RateLimitWaitError(wait_message(where, wait, why), request=request, seconds_to_reset=wait)
        from ._pacing import PROBE_WAIT

        if wait > PROBE_WAIT:  # not the round trip of the first request, which finds out the window
            log.info(
                "%s %s: waiting %.2f s for the rate-limit window to reset",
                request.method,
                request.url.path,
                wait,
            )

    def _start_attempt(self, request: httpx.Request, started: float) -> None:
        """Cap this attempt's timeouts at what is left of the budget, so the budget bounds the call."""
        left = max(self._options.retry.budget - (time.monotonic() - started), 0.001)
        configured = self._options.timeout.as_dict()
        request.extensions["timeout"] = {
            k: left if v is None else min(v, left) for k, v in configured.items()
        }

    def _after_error(
        self, call: Call[Any], request: httpx.Request, exc: httpx.TransportError, attempt: int, started: float
    ) -> float:
        """The wait before retrying after a transport error; raises when it must not be retried."""
        wait = None
        # A call that must not happen twice (a PUT that emails the shopper, too) is retried only
        # when it certainly never left.
        once = call.at_most_once
        if may_retry_error(request.method, exc) and (once is None or was_never_sent(exc)):
            wait = self._retry_wait(attempt, started, None, type(exc).__name__, request)
        if wait is None:
            raise self._transport_error(call, request, exc) from scrub_chain(exc, request)
        return wait

    def _body(self, started: float) -> _Body:
        return _Body(self._options.max_response_size, started + self._options.retry.budget)

    def _after_response(
        self,
        call: Call[T],
        request: httpx.Request,
        response: httpx.Response,
        attempt: int,
        started: float,
        body: _Body,
    ) -> tuple[T, None] | tuple[None, float]:
        """(result, None) when done, (None, wait) to retry; raises the typed error otherwise."""
        self._received(request, response, attempt, started)
        once = call.at_most_once
        if once is not None and not once.retry_rate_limited:
            pass  # sent once: whatever the answer, it is the answer
        elif (
            not response.is_success
            and may_retry_status(request.method, response.status_code)
            and (once is None or response.status_code == 429)  # a once-call: only "nothing was done"
        ):
            wait = self._retry_wait(attempt, started, response, f"status {response.status_code}", request)
            if wait is not None:
                return None, wait
        return self._result(call, request, response, body), None

    def _result(self, call: Call[T], request: httpx.Request, response: httpx.Response, body: _Body) -> T:
        problem = body.problem
        once = call.at_most_once
        if not response.is_success:
            if call.secrets:
                response = _masked(response, call.secrets)
            status = response.status_code
            unknown = once is not None and (status >= 500 or status < 400)
            notes = [f"Note: {problem}." if problem else None, once.hint if unknown and once else None]
            note = " ".join(n for n in notes if n) or None
            server_error = None if once is None else once.server_error
            raise status_error(response, note=note, server_error=server_error)
        if problem is not None:
            raise self._unreadable(call, request, response, problem, too_large=body.too_large)
        try:
            return call.decode(response.content)
        except Exception as exc:  # any parser's error on any body; others propagate unchanged
            if not isinstance(exc, parse_errors()):
                raise
            why = f"its body does not match the API description: {exc}"
            raise self._unreadable(call, request, response, why) from scrub_chain(exc, request)

    @staticmethod
    def _unreadable(
        call: Call[Any],
        request: httpx.Request,
        response: httpx.Response,
        why: str,
        *,
        too_large: bool = False,
    ) -> APIResponseValidationError:
        where = f"{request.method} {request.url.path} answered {response.status_code}"
        if call.secrets:
            response = _masked(response, call.secrets)
        once = call.at_most_once
        if once is not None and once.unreadable_error is not None:
            return once.unreadable_error(
                f"{where}, {once.unreadable_note.format(why=why)}", response=response
            )
        cls = ResponseTooLargeError if too_large else APIResponseValidationError
        return cls(f"{where}, but {why}.", response=response)

    @staticmethod
    def _no_slot(
        request: httpx.Request, slots: ThreadSlots | TaskSlots, wait: float | None
    ) -> APITimeoutError:
        """No connection came free in time: nothing was sent, whatever the call (see _slots)."""
        from ._slots import no_slot_message

        return APITimeoutError(
            no_slot_message(f"{request.method} {request.url.path}", slots, wait), request=request
        )

    @staticmethod
    def _transport_error(
        call: Call[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> APIConnectionError:
        where = f"{request.method} {request.url.path}"
        once = call.at_most_once
        if once is not None and not was_never_sent(exc):
            if isinstance(exc, httpx.TimeoutException):
                return once.timeout_error(f"{where} timed out. {once.hint}", request=request)
            return once.connection_error(
                f"{where} failed ({type(exc).__name__}). {once.hint}", request=request
            )
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{where} timed out. Raise the timeout or try again later.", request=request
            )
        return APIConnectionError(
            f"{where} failed: {type(exc).__name__}. Check connectivity.", request=request
        )


def _masked(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """`response` with the call's own secrets (card data a gateway may echo) masked in its body and
    headers; the error that keeps it masks the registered secrets and sensitive headers too."""

    def mask(value: bytes) -> bytes:
        for secret in secrets:
            value = value.replace(secret.encode(), REDACTED.encode())
        return value

    content = mask(response.content)
    headers = httpx.Headers([(k, mask(v)) for k, v in response.headers.raw])
    if content == response.content and headers.raw == response.headers.raw:
        return response
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        headers.pop(name, None)
    return httpx.Response(response.status_code, headers=headers, content=content, request=response.request)


class SyncAPIClient(BaseAPIClient):
    _slots: ThreadSlots | None = None  # None on a caller's http_client: its own limits apply

    def __init__(
        self,
        *,
        base_url: str,
        auth: TokenAuth | None,
        options: Options,
        http_client: httpx.Client | None,
        cookies: httpx.Cookies | None = None,
        max_connections: int | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        super().__init__(base_url=base_url, auth=auth, options=options, pacer=pacer)
        from ._slots import ThreadSlots, pool_limits, pool_size

        size = pool_size(max_connections, http_client)
        self._owns_http = http_client is None
        if cookies and http_client is not None:
            # Changing the caller's jar would send this shopper's session with their other requests.
            raise ValueError("pass cookies on your own http_client (one client per shopper), not both")
        if http_client is None:
            # The pool's own jar keeps nothing, so a pool shared by shopper views (for_shopper)
            # never carries one shopper's cookies to another; each view keeps its own in _jar.
            self._http = httpx.Client(cookies=NoCookies(), limits=pool_limits(size))
            self._slots = ThreadSlots(size)  # shared by views and copies
            self._jar = httpx.Cookies() if cookies is None else cookies  # the client's own (see _cookie_jar)
        else:
            self._http = http_client
        self._name_ourselves(self._http)
        if self._owns_http:
            from ._deadline import enforce_deadlines  # imports httpcore, as the pool just did

            enforce_deadlines(self._http)

    def _send(
        self, request: httpx.Request, started: float, paced: Paced | None
    ) -> tuple[httpx.Response, _Body]:
        response = None
        try:
            # follow_redirects=False whatever the client says: a redirect would carry the token and
            # the shopper's cookies to wherever Location points.
            response = self._http.send(request, stream=True, follow_redirects=False)
        finally:
            if paced is not None and paced[0].done(paced[1], time.monotonic(), _limit_of(response)):
                paced[0].tell()
        try:
            body = self._body(started)
            if body.wanted(response):
                try:
                    for chunk in response.iter_bytes():
                        if not body.add(chunk, request):
                            break
                except httpx.DecodingError:
                    body.undecodable(response)
            return response, body.finish(response)
        finally:
            self._keep_cookies(response)
            response.close()
            response.stream = _SPENT  # see _SPENT

    def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        slots = self._slots
        if slots is None:
            return self._attempts(call, request)
        wait = self._options.timeout.pool
        if not slots.acquire(wait):
            raise self._no_slot(request, slots, wait)
        try:
            return self._attempts(call, request)
        finally:
            slots.release()

    def _attempts(self, call: Call[T], request: httpx.Request) -> T:
        started = time.monotonic()  # the time budget starts here: after the wait for a slot
        attempt = 0
        token = call_deadline.set(started + self._options.retry.budget)  # read by our pools' sockets
        try:
            while True:
                paced = self._paced(call, request, started)
                self._start_attempt(request, started)
                try:
                    response, body = self._send(request, started, paced)
                except httpx.TransportError as exc:
                    wait = self._after_error(call, request, exc, attempt, started)
                else:
                    result, retry_in = self._after_response(call, request, response, attempt, started, body)
                    if retry_in is None:
                        return result  # type: ignore[return-value]
                    wait = retry_in
                _sleep(wait)
                attempt += 1
        finally:
            call_deadline.reset(token)

    def _paced(self, call: Call[Any], request: httpx.Request, started: float) -> Paced | None:
        """Wait until the store's window has room for this attempt (see _pacing)."""
        pacer = self._pacer_for(call)
        if pacer is None:
            return None
        while True:
            wait, ticket = pacer.reserve(time.monotonic())
            if not wait:
                return pacer, ticket
            self._may_wait_for_window(request, started, wait)
            _sleep(wait)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()


class AsyncAPIClient(BaseAPIClient):
    _slots: TaskSlots | None = None  # None on a caller's http_client: its own limits apply

    def __init__(
        self,
        *,
        base_url: str,
        auth: TokenAuth | None,
        options: Options,
        http_client: httpx.AsyncClient | None,
        cookies: httpx.Cookies | None = None,
        max_connections: int | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        super().__init__(base_url=base_url, auth=auth, options=options, pacer=pacer)
        from ._slots import TaskSlots, pool_limits, pool_size

        size = pool_size(max_connections, http_client)
        self._owns_http = http_client is None
        if cookies and http_client is not None:
            # Changing the caller's jar would send this shopper's session with their other requests.
            raise ValueError("pass cookies on your own http_client (one client per shopper), not both")
        if http_client is None:
            # The pool's own jar keeps nothing, so a pool shared by shopper views (for_shopper)
            # never carries one shopper's cookies to another; each view keeps its own in _jar.
            self._http = httpx.AsyncClient(cookies=NoCookies(), limits=pool_limits(size))
            self._slots = TaskSlots(size)  # shared by views and copies
            self._jar = httpx.Cookies() if cookies is None else cookies  # the client's own (see _cookie_jar)
        else:
            self._http = http_client
        self._name_ourselves(self._http)
        if self._owns_http:
            from ._deadline import enforce_deadlines  # imports httpcore, as the pool just did

            enforce_deadlines(self._http)

    async def _send(
        self, request: httpx.Request, started: float, paced: Paced | None
    ) -> tuple[httpx.Response, _Body]:
        response = None
        try:
            # follow_redirects=False whatever the client says: a redirect would carry the token and
            # the shopper's cookies to wherever Location points.
            response = await self._http.send(request, stream=True, follow_redirects=False)
        finally:
            tell = paced is not None and paced[0].done(paced[1], time.monotonic(), _limit_of(response))
        if tell and paced is not None:
            await _tell_in_thread(paced[0])  # Redis: off the event loop, as `reserve`
        try:
            body = self._body(started)
            if body.wanted(response):
                try:
                    async for chunk in response.aiter_bytes():
                        if not body.add(chunk, request):
                            break
                except httpx.DecodingError:
                    body.undecodable(response)
            return response, body.finish(response)
        finally:
            self._keep_cookies(response)
            await response.aclose()
            response.stream = _SPENT  # see _SPENT

    async def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        slots = self._slots
        if slots is None:
            return await self._attempts(call, request)
        wait = self._options.timeout.pool
        if not await slots.acquire(wait):
            raise self._no_slot(request, slots, wait)
        try:
            return await self._attempts(call, request)
        finally:
            slots.release()

    async def _attempts(self, call: Call[T], request: httpx.Request) -> T:
        started = time.monotonic()  # the time budget starts here: after the wait for a slot
        attempt = 0
        token = call_deadline.set(started + self._options.retry.budget)  # read by our pools' sockets
        try:
            while True:
                paced = await self._paced(call, request, started)
                self._start_attempt(request, started)
                try:
                    response, body = await self._send(request, started, paced)
                except httpx.TransportError as exc:
                    wait = self._after_error(call, request, exc, attempt, started)
                else:
                    result, retry_in = self._after_response(call, request, response, attempt, started, body)
                    if retry_in is None:
                        return result  # type: ignore[return-value]
                    wait = retry_in
                await _async_sleep(wait)
                attempt += 1
        finally:
            call_deadline.reset(token)

    async def _paced(self, call: Call[Any], request: httpx.Request, started: float) -> Paced | None:
        """Wait until the store's window has room for this attempt (see _pacing)."""
        pacer = self._pacer_for(call)
        if pacer is None:
            return None
        while True:
            if pacer.blocking:
                wait, ticket = await _reserve_in_thread(pacer)
            else:
                wait, ticket = pacer.reserve(time.monotonic())
            if not wait:
                return pacer, ticket
            self._may_wait_for_window(request, started, wait)
            await _async_sleep(wait)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()


__all__ = ["DEFAULT_MAX_RESPONSE_SIZE", "AsyncAPIClient", "Call", "Options", "SyncAPIClient"]
