"""The one place where requests are sent: auth, options, the retry loop, errors and parsing.

The sync and async clients share everything but the loop itself, which differs only in `await`.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    OrderMayExistError,
    status_error,
)
from ._logging import log, register_secret
from ._response import RateLimit, record
from ._retry import RetryPolicy, may_retry_error, may_retry_status, wait_before_retry, was_never_sent

T = TypeVar("T")
_sleep = time.sleep  # module-level so tests can replace the waits without touching `time`


async def _async_sleep(seconds: float) -> None:
    import anyio  # httpx's async layer: works under asyncio and trio; loaded on the first retry

    await anyio.sleep(seconds)


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""The generated client has no timeout; ours fails a call that hangs instead of hanging with it."""

ORDER_HINT = (
    "The order may or may not have been created, so the call was not retried. Check the "
    "checkout's order_id (or list recent orders) before creating it again."
)


@dataclass(frozen=True)
class Call(Generic[T]):
    """One prepared operation: the generated request description and how to decode its answer."""

    kwargs: Mapping[str, Any]  # what a generated module's `_get_kwargs()` returns
    decode: Callable[[bytes], T]  # JSON bytes straight into the public model (see _models.py)
    creates_order: bool = False


@dataclass(frozen=True)
class Options:
    """Per-client settings; `with_options()` makes a copy with some of them changed."""

    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    extra_headers: Mapping[str, str] = field(default_factory=dict)


class _SharedState:
    """What copies made by `with_options()` share with their original."""

    def __init__(self) -> None:
        self.rate_limit: RateLimit | None = None


class TokenAuth:
    """Holds the access token and adds it to each request; its repr never shows the token.

    The token is set per request rather than in the httpx client's default headers, so it is not
    in a user-supplied client's headers, and not in their repr.
    """

    __slots__ = ("header",)

    def __init__(self, token: str) -> None:
        register_secret(check_header_value("access_token", token))
        self.header = {"X-Auth-Token": token}

    def __repr__(self) -> str:
        return "TokenAuth(<redacted>)"


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


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    if any(name.lower() in ("x-auth-token", "host") for name in headers):
        raise ValueError("extra_headers must not set X-Auth-Token or Host; pass access_token instead")
    return {check_header_name(k): check_header_value(f"header {k!r}", v) for k, v in headers.items()}


class BaseAPIClient:
    """Builds requests and turns responses into models or typed exceptions."""

    _owns_http = False

    def __init__(self, *, base_url: str, auth: TokenAuth | None, options: Options) -> None:
        # Checked once; the generated paths are already percent-encoded and path_id() refuses dot
        # segments, so plain concatenation gives the URL that URL.join() would, without re-parsing.
        self._base_url = check_base_url(base_url)
        self._auth = auth
        self._options = options
        self._state = _SharedState()
        self._rng = random.Random()  # noqa: S311 - jitter, not cryptography

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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_budget: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """A copy using the same connection pool with some options changed."""
        options = self._options
        if timeout is not None:
            options = replace(options, timeout=to_timeout(timeout))
        if max_retries is not None:
            options = replace(options, retry=replace(options.retry, max_retries=max_retries))
        if retry_budget is not None:
            options = replace(options, retry=replace(options.retry, budget=retry_budget))
        if extra_headers is not None:
            options = replace(
                options, extra_headers={**options.extra_headers, **checked_headers(extra_headers)}
            )
        return self._copy_with(options)

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        kwargs = call.kwargs
        headers = {"Accept": "application/json", **self._options.extra_headers, **kwargs.get("headers", {})}
        if self._auth is not None:
            headers.update(self._auth.header)
        return http.build_request(
            method=str(kwargs["method"]).upper(),
            url=self._base_url + str(kwargs["url"]).lstrip("/"),
            params=kwargs.get("params") or None,  # an empty dict would make httpx rebuild the URL
            content=kwargs.get("content"),  # JSON the builder already encoded
            headers=headers,
            timeout=self._options.timeout,
        )

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
        wait = wait_before_retry(policy, attempt, response, self._rng)
        if time.monotonic() - started + wait >= policy.budget:
            return None
        log.info("%s %s: %s; retrying in %.2f s", request.method, request.url.path, why, wait)
        return wait

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
        if may_retry_error(request.method, exc):
            wait = self._retry_wait(attempt, started, None, type(exc).__name__, request)
        if wait is None:
            raise self._transport_error(call, request, exc) from exc
        return wait

    def _after_response(
        self, call: Call[T], request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> tuple[T, None] | tuple[None, float]:
        """(result, None) when done, (None, wait) to retry; raises the typed error otherwise."""
        self._received(request, response, attempt, started)
        if not response.is_success and may_retry_status(request.method, response.status_code):
            wait = self._retry_wait(attempt, started, response, f"status {response.status_code}", request)
            if wait is not None:
                return None, wait
        return self._result(call, request, response), None

    def _result(self, call: Call[T], request: httpx.Request, response: httpx.Response) -> T:
        if not response.is_success:
            order_unknown = call.creates_order and response.status_code >= 500
            raise status_error(response, note=ORDER_HINT if order_unknown else None)
        try:
            return call.decode(response.content)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"{request.method} {request.url.path} answered {response.status_code} with a body that "
                f"does not match the API description: {exc!r}",
                response=response,
            ) from exc

    @staticmethod
    def _transport_error(
        call: Call[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> APIConnectionError:
        where = f"{request.method} {request.url.path}"
        if call.creates_order and not was_never_sent(exc):
            return OrderMayExistError(f"{where} failed ({type(exc).__name__}). {ORDER_HINT}", request=request)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{where} timed out. Raise the timeout or try again later.", request=request
            )
        return APIConnectionError(
            f"{where} failed: {type(exc).__name__}. Check connectivity.", request=request
        )


class SyncAPIClient(BaseAPIClient):
    def __init__(
        self,
        *,
        base_url: str,
        auth: TokenAuth | None,
        options: Options,
        http_client: httpx.Client | None,
        cookies: httpx.Cookies | None = None,
    ) -> None:
        super().__init__(base_url=base_url, auth=auth, options=options)
        self._owns_http = http_client is None
        if cookies and http_client is not None:
            # Changing the caller's jar would send this shopper's session with their other requests.
            raise ValueError("pass cookies on your own http_client (one client per shopper), not both")
        self._http = http_client if http_client is not None else httpx.Client(cookies=cookies)

    def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        started = time.monotonic()
        attempt = 0
        while True:
            self._start_attempt(request, started)
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                wait = self._after_error(call, request, exc, attempt, started)
            else:
                result, retry_in = self._after_response(call, request, response, attempt, started)
                if retry_in is None:
                    return result  # type: ignore[return-value]
                wait = retry_in
            _sleep(wait)
            attempt += 1

    def close(self) -> None:
        if self._owns_http:
            self._http.close()


class AsyncAPIClient(BaseAPIClient):
    def __init__(
        self,
        *,
        base_url: str,
        auth: TokenAuth | None,
        options: Options,
        http_client: httpx.AsyncClient | None,
        cookies: httpx.Cookies | None = None,
    ) -> None:
        super().__init__(base_url=base_url, auth=auth, options=options)
        self._owns_http = http_client is None
        if cookies and http_client is not None:
            # Changing the caller's jar would send this shopper's session with their other requests.
            raise ValueError("pass cookies on your own http_client (one client per shopper), not both")
        self._http = http_client if http_client is not None else httpx.AsyncClient(cookies=cookies)

    async def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        started = time.monotonic()
        attempt = 0
        while True:
            self._start_attempt(request, started)
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                wait = self._after_error(call, request, exc, attempt, started)
            else:
                result, retry_in = self._after_response(call, request, response, attempt, started)
                if retry_in is None:
                    return result  # type: ignore[return-value]
                wait = retry_in
            await _async_sleep(wait)
            attempt += 1

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()


__all__ = ["AsyncAPIClient", "Call", "Options", "SyncAPIClient"]
