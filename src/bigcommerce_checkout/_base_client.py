"""The one place where requests are sent: auth, options, the retry loop, errors and parsing.

The sync and async clients share everything but the loop itself, which differs only in `await`.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OrderMayExistError,
    status_error,
)
from ._logging import log, register_secret
from ._response import RateLimit, record
from ._retry import RetryPolicy, may_retry_error, may_retry_status, wait_before_retry

T = TypeVar("T")
_sleep = time.sleep  # module-level so tests can replace the waits without touching `time`


async def _async_sleep(seconds: float) -> None:
    import asyncio  # on first retry: asyncio costs ~35 ms to import

    await asyncio.sleep(seconds)


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""The generated client has no timeout; ours fails a call that hangs instead of hanging with it."""

ORDER_HINT = (
    "The order may or may not have been created, so the call was not retried. Check the "
    "checkout's order_id (or list recent orders) before creating it again."
)


@dataclass(frozen=True)
class Call(Generic[T]):
    """One prepared operation: the generated request description and how to parse its answer."""

    kwargs: Mapping[str, Any]  # what a generated module's `_get_kwargs()` returns
    parse: Callable[[Any], T]
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


def check_header_value(name: str, value: object) -> str:
    """Refuse empty values and CR/LF: a line break in a header value would inject headers."""
    if not isinstance(value, str) or not value.strip() or "\r" in value or "\n" in value:
        raise ValueError(f"{name} must be a non-empty string without line breaks")
    return value


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    if any(name.lower() in ("x-auth-token", "host") for name in headers):
        raise ValueError("extra_headers must not set X-Auth-Token or Host; pass access_token instead")
    return {
        check_header_value("header name", k): check_header_value(f"header {k!r}", v)
        for k, v in headers.items()
    }


class BaseAPIClient:
    """Builds requests and turns responses into models or typed exceptions."""

    def __init__(self, *, base_url: str, auth: TokenAuth | None, options: Options) -> None:
        # Parsed once; the generated paths are already percent-encoded and path_id() refuses dot
        # segments, so plain concatenation gives the URL that URL.join() would, without re-parsing.
        base = httpx.URL(base_url.rstrip("/") + "/").copy_with(query=None, fragment=None)
        self._base_url = str(base)
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
            json=kwargs.get("json"),
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
        if time.monotonic() - started + wait > policy.budget:
            return None
        log.info("%s %s: %s; retrying in %.2f s", request.method, request.url.path, why, wait)
        return wait

    def _result(self, call: Call[T], request: httpx.Request, response: httpx.Response) -> T:
        if not response.is_success:
            order_unknown = call.creates_order and response.status_code >= 500
            raise status_error(response, note=ORDER_HINT if order_unknown else None)
        try:
            return call.parse(json.loads(response.content))
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
        if call.creates_order and not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
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
        self._http = http_client if http_client is not None else httpx.Client()
        self._http.cookies.update(cookies or {})

    def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                wait = None
                if may_retry_error(request.method, exc):
                    wait = self._retry_wait(attempt, started, None, type(exc).__name__, request)
                if wait is None:
                    raise self._transport_error(call, request, exc) from exc
            else:
                self._received(request, response, attempt, started)
                if response.is_success or not may_retry_status(request.method, response.status_code):
                    return self._result(call, request, response)
                wait = self._retry_wait(attempt, started, response, f"status {response.status_code}", request)
                if wait is None:
                    return self._result(call, request, response)
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
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._http.cookies.update(cookies or {})

    async def request(self, call: Call[T]) -> T:
        """Send `call`, retrying when it is safe, and parse the 2xx answer."""
        request = self._build(self._http, call)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                wait = None
                if may_retry_error(request.method, exc):
                    wait = self._retry_wait(attempt, started, None, type(exc).__name__, request)
                if wait is None:
                    raise self._transport_error(call, request, exc) from exc
            else:
                self._received(request, response, attempt, started)
                if response.is_success or not may_retry_status(request.method, response.status_code):
                    return self._result(call, request, response)
                wait = self._retry_wait(attempt, started, response, f"status {response.status_code}", request)
                if wait is None:
                    return self._result(call, request, response)
            await _async_sleep(wait)
            attempt += 1

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()


__all__ = ["APIStatusError", "AsyncAPIClient", "Call", "Options", "SyncAPIClient"]
