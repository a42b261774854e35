"""One error hierarchy: everything the client raises derives from BigCommerceError."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BigCommerceError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OrderMayExistError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class BigCommerceError(Exception):
    """Base class of every error raised by bigcommerce_checkout."""


SENSITIVE_HEADERS = frozenset({"x-auth-token", "cookie", "set-cookie", "authorization"})


def _redacted(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers(
        [(k, "<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.multi_items()]
    )


def sanitized_request(request: httpx.Request) -> httpx.Request:
    """The request as errors keep it: same method, URL and headers, secrets replaced, no body."""
    return httpx.Request(request.method, request.url, headers=_redacted(request.headers))


def sanitized_response(response: httpx.Response) -> httpx.Response:
    """The response as errors keep it: status, headers (secrets replaced), body; its request sanitized."""
    return httpx.Response(
        response.status_code,
        headers=_redacted(response.headers),
        content=response.content,
        request=sanitized_request(response.request),
    )


class APIConnectionError(BigCommerceError):
    """The request did not get an HTTP answer (DNS, refused connection, reset, TLS...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = None if request is None else sanitized_request(request)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (str(self),), {"request": self.request}))


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""


class OrderMayExistError(APIConnectionError):
    """Creating an order failed in transit, so its outcome is unknown.

    BigCommerce has no idempotency keys, so the client never retries order creation. Look for the
    order (for example `checkouts.get(...)` and its `order_id`, or the Orders API) before trying again.
    """


class APIResponseValidationError(BigCommerceError):
    """A 2xx answer whose body is not what the API description says it is."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = sanitized_response(response)
        self.status_code = response.status_code

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (str(self),), {"response": self.response}))


class APIStatusError(BigCommerceError):
    """BigCommerce answered with a non-2xx status. The error body is kept as sent.

    Attributes mirror BigCommerce's error body: `title`, `detail`, `type`, `errors`; `body` is the
    parsed JSON (or the raw text when it was not JSON) and `request_id` the gateway's request id.
    """

    hint = "See the error body for details."

    def __init__(self, response: httpx.Response, *, note: str | None = None) -> None:
        self.response = sanitized_response(response)
        self.note = note
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self.body: Any = _parse_body(response)
        fields = self.body if isinstance(self.body, dict) else {}
        self.title: str | None = _str_or_none(fields.get("title"))
        self.detail: str | None = _str_or_none(fields.get("detail"))
        self.type: str | None = _str_or_none(fields.get("type"))
        self.errors: Any = fields.get("errors")
        super().__init__(self._message())

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.response,), {"note": self.note}))

    def _message(self) -> str:
        what = self.title or (self.body[:200] if isinstance(self.body, str) else "")
        message = f"{self.status_code} {what or self.response.reason_phrase or 'error'}"
        if self.detail:
            message += f": {self.detail}"
        if isinstance(self.errors, dict) and self.errors:
            message += " (" + "; ".join(f"{k}: {v}" for k, v in self.errors.items()) + ")"
        message += (
            f"{'' if message.endswith('.') else '.'} {self.hint}"  # a detail may end with its own period
        )
        if self.note:
            message += f" {self.note}"
        if self.request_id:
            message += f" Request id: {self.request_id}."
        return message


class BadRequestError(APIStatusError):
    hint = "The request was malformed; check the arguments against the reference."


class AuthenticationError(APIStatusError):
    hint = "Check the access token and that it belongs to this store hash."


class PermissionDeniedError(APIStatusError):
    hint = "The token lacks the scope for this call (store_checkouts to modify checkouts)."


class NotFoundError(APIStatusError):
    hint = (
        "Check the ids and codes sent (a cart is gone once deleted or turned into an order), the "
        "store_hash, and that base_url is the API's root, not an API path."
    )


class ConflictError(APIStatusError):
    hint = "The checkout changed since you read it: fetch it again and retry with its current version."


class UnprocessableEntityError(APIStatusError):
    hint = "BigCommerce refused the values sent; the `errors` field names the fields at fault."


class RateLimitError(APIStatusError):
    hint = "Too many requests: wait for the rate-limit window to reset before retrying."


class InternalServerError(APIStatusError):
    hint = "BigCommerce failed to process the request; retry later."


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, note: str | None = None) -> APIStatusError:
    """The exception class that fits the response's status."""
    if response.status_code >= 500:
        return InternalServerError(response, note=note)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response, note=note)


def _parse_body(response: httpx.Response) -> Any:
    text = response.text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], kwargs: dict[str, Any]) -> BaseException:
    """Unpickle an error through its constructor (its arguments are keyword-only in part)."""
    return cls(*args, **kwargs)
