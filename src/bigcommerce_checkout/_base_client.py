"""The one place where requests are sent: auth, timeouts, error mapping, response parsing."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Mapping
from typing import Any, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    OrderMayExistError,
    status_error,
)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""The generated client has no timeout; ours fails a call that hangs instead of hanging with it."""

SERVER_BASE_URL = "https://api.bigcommerce.com"


class _TokenAuth(httpx.Auth):
    """Adds X-Auth-Token per request, so the token is not in the client's default headers."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Auth-Token"] = self._token
        yield request

    def __repr__(self) -> str:
        return "_TokenAuth(token=<redacted>)"


def check_header_value(name: str, value: str) -> str:
    """Refuse CR/LF in a header value: they would let a value inject headers."""
    if not isinstance(value, str) or not value or "\r" in value or "\n" in value:
        raise ValueError(f"{name} must be a non-empty string without line breaks")
    return value


class SyncAPIClient:
    """Owns the httpx.Client and turns every response into a model or a typed exception."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout,
        http_client: httpx.Client | None,
    ) -> None:
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        self._base_url = httpx.URL(base_url)
        self._auth = auth
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)

    def request(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        creates_order: bool = False,
    ) -> T:
        """Send the request described by a generated `_get_kwargs()` and parse a 2xx body."""
        request = self._http.build_request(
            method=str(kwargs["method"]).upper(),
            url=self._base_url.join(str(kwargs["url"])),
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers={"Accept": "application/json", **kwargs.get("headers", {})},
            timeout=self._timeout,
        )
        try:
            response = self._http.send(request, auth=self._auth or httpx.USE_CLIENT_DEFAULT)
        except httpx.TimeoutException as exc:
            raise _transport_error(APITimeoutError, "timed out", request, creates_order) from exc
        except httpx.TransportError as exc:
            raise _transport_error(APIConnectionError, f"failed: {exc}", request, creates_order) from exc
        if not response.is_success:
            raise status_error(response)
        try:
            return parse(json.loads(response.content))
        except (ValueError, KeyError, TypeError) as exc:
            raise APIResponseValidationError(
                f"{request.method} {request.url.path} answered {response.status_code} with a body that does "
                f"not match the API description: {exc!r}",
                response=response,
            ) from exc

    def close(self) -> None:
        if self._owns_http:
            self._http.close()


def _transport_error(
    kind: type[APIConnectionError], what: str, request: httpx.Request, creates_order: bool
) -> APIConnectionError:
    where = f"{request.method} {request.url.path}"
    if creates_order:
        return OrderMayExistError(
            f"{where} {what}. The order may or may not have been created; it is not retried. "
            "Check the checkout's order_id (or the Orders API) before creating it again.",
            request=request,
        )
    return kind(f"{where} {what}. Check connectivity or raise the timeout.", request=request)
