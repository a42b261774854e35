"""One error hierarchy: everything the client raises derives from BigCommerceError.

    BigCommerceError
    ├── APIConnectionError                 no HTTP answer
    │   ├── APITimeoutError                    ... because the call ran out of time
    │   │   ├── RateLimitWaitError             ... waiting for a spent rate-limit window (not sent)
    │   │   └── OrderTimeoutError              ... while creating an order      (OrderMayExistError)
    │   └── OrderConnectionError           creating an order failed in transit  (OrderMayExistError)
    ├── APIResponseValidationError         a 2xx answer that cannot be read as described
    │   ├── ResponseTooLargeError              ... larger than max_response_size
    │   └── OrderResponseError             the order WAS created; its answer is unreadable (OrderMayExistError)
    ├── APIStatusError                     a non-2xx answer, by status:
    │   ├── RedirectError (3xx), BadRequestError (400), AuthenticationError (401),
    │   │   PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
    │   │   UnprocessableEntityError (422), RateLimitError (429)
    │   └── InternalServerError (5xx)
    │       └── OrderServerError           5xx to create order                  (OrderMayExistError)
    ├── OrderMayExistError                 base of the four Order* errors: catch it alone to catch
    │                                      every outcome of create order that is not a clean answer
    ├── PaymentMayHaveBeenTakenError       base of the four Payment* errors, the same for process
    │                                      payment: PaymentConnectionError, PaymentTimeoutError,
    │                                      PaymentServerError, PaymentResponseError
    └── CustomerTokenError                 a current customer token that cannot be trusted; its
                                           `reason` says why (never the token)

Every message is built from redacted values: a secret the client was given (access token, cookie
values) that a server echoes back is masked in `str(exc)`, in `exc.body` and in the kept response.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import httpx

from ._logging import REDACTED, redact, redact_bytes

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BigCommerceError",
    "ConflictError",
    "CustomerTokenError",
    "InternalServerError",
    "NotFoundError",
    "OrderConnectionError",
    "OrderMayExistError",
    "OrderPaymentActionConnectionError",
    "OrderPaymentActionMayHaveHappenedError",
    "OrderPaymentActionResponseError",
    "OrderPaymentActionServerError",
    "OrderPaymentActionTimeoutError",
    "OrderResponseError",
    "OrderServerError",
    "OrderTimeoutError",
    "OrderUpdateConnectionError",
    "OrderUpdateMayHaveHappenedError",
    "OrderUpdateResponseError",
    "OrderUpdateServerError",
    "OrderUpdateTimeoutError",
    "PaymentConnectionError",
    "PaymentMayHaveBeenTakenError",
    "PaymentResponseError",
    "PaymentServerError",
    "PaymentTimeoutError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitWaitError",
    "RedirectError",
    "RefundConnectionError",
    "RefundMayHaveBeenMadeError",
    "RefundResponseError",
    "RefundServerError",
    "RefundTimeoutError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
]


class BigCommerceError(Exception):
    """Base class of every error raised by bigcommerce_checkout."""

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))


SENSITIVE_HEADERS = frozenset(
    {"x-auth-token", "cookie", "set-cookie", "authorization", "proxy-authorization"}
)


def _redacted(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers(
        [(k, REDACTED if k.lower() in SENSITIVE_HEADERS else redact(v)) for k, v in headers.multi_items()]
    )


def sanitized_request(request: httpx.Request) -> httpx.Request:
    """The request as errors keep it: same method, URL and headers, secrets replaced, no body."""
    return httpx.Request(request.method, request.url, headers=_redacted(request.headers))


def sanitized_response(response: httpx.Response) -> httpx.Response:
    """The response as errors keep it: status, headers (secrets replaced), body; its request sanitized."""
    headers = _redacted(response.headers)
    # The content is already decoded (or was left empty when it could not be): say so, or the
    # Response below would try to decode it a second time.
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        headers.pop(name, None)
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=redact_bytes(response.content),
        request=sanitized_request(response.request),
    )


def scrub_chain(cause: BaseException, request: httpx.Request) -> BaseException:
    """`cause`, made safe to keep as our error's `__cause__`; error reporters walk that chain.

    httpx's exception keeps the request it was sending (the access token, a payment's PAT, card
    data in its body), and the frames of the HTTP layers below keep all of it in their local
    variables. Every exception in the chain keeps its type and message; httpx's get the
    sanitized request, and all lose their frames (our own error keeps its traceback).
    """
    safe = sanitized_request(request)
    pending: list[BaseException | None] = [cause]
    seen: set[int] = set()
    while pending:
        link = pending.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        if isinstance(link, httpx.RequestError):
            link.request = safe
        link.__traceback__ = None
        pending += (link.__cause__, link.__context__)
    return cause


class APIConnectionError(BigCommerceError):
    """The request did not get an HTTP answer (DNS, refused connection, reset, TLS...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = None if request is None else sanitized_request(request)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (str(self),), {"request": self.request}))


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""


class RateLimitWaitError(APITimeoutError):
    """Not sent: the store's rate-limit window is spent and resets later than the call may wait.

    The wait is bounded by `RetryPolicy.max_rate_limit_wait` and by what is left of the call's time
    budget. Nothing reached BigCommerce; `seconds_to_reset` says when the quota is back.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, seconds_to_reset: float = 0.0
    ) -> None:
        super().__init__(message, request=request)
        self.seconds_to_reset = seconds_to_reset

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"request": self.request, "seconds_to_reset": self.seconds_to_reset}
        return (_rebuild, (type(self), (str(self),), state))


class OrderMayExistError(BigCommerceError):
    """Creating an order did not end with a clean answer, so an order may exist.

    BigCommerce has no idempotency keys, so the client never retries order creation after sending
    it. Look for the order (for example `checkouts.get(...)` and its `order_id`, or the Orders API)
    before trying again. What is raised is one of the four subclasses, each also an instance of
    the error it would be for any other call: `OrderConnectionError` (an `APIConnectionError`),
    `OrderTimeoutError` (an `APITimeoutError`), `OrderServerError` (an `InternalServerError`) and
    `OrderResponseError` (an `APIResponseValidationError`: the order was created).
    """


class OrderConnectionError(OrderMayExistError, APIConnectionError):
    """The connection failed after the order request was sent: the order may exist."""


class OrderTimeoutError(OrderMayExistError, APITimeoutError):
    """Creating an order timed out after it was sent: the order may exist."""


class PaymentMayHaveBeenTakenError(BigCommerceError):
    """Process payment left the client, and its outcome is unknown: money may have moved.

    Payments are sent once, never again, so no retry can charge twice. Before paying again, look
    at the order: its status (a paid order is no longer Incomplete, and its cart is gone) and its
    payment transactions. Catch this class to handle all four cases at once:
    `PaymentConnectionError` (also an `APIConnectionError`), `PaymentTimeoutError` (also an
    `APITimeoutError`), `PaymentServerError` (also an `InternalServerError`) and
    `PaymentResponseError` (also an `APIResponseValidationError`: the gateway said yes).
    """


class PaymentConnectionError(PaymentMayHaveBeenTakenError, APIConnectionError):
    """The payment went out, then its connection broke: it may have been taken."""


class PaymentTimeoutError(PaymentMayHaveBeenTakenError, APITimeoutError):
    """The payment went out, then no answer came in time: it may have been taken."""


class APIResponseValidationError(BigCommerceError):
    """A 2xx answer whose body cannot be read as the API describes it.

    Not JSON, nested too deeply, badly compressed (`Content-Encoding` that does not match the
    body), or not the shape the API description gives.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = sanitized_response(response)
        self.status_code = response.status_code

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (str(self),), {"response": self.response}))


class ResponseTooLargeError(APIResponseValidationError):
    """The answer was larger than the client's `max_response_size`; reading stopped there."""


class OrderResponseError(OrderMayExistError, APIResponseValidationError):
    """Create order answered 2xx, so the order WAS created, but its answer could not be read.

    Do not create it again: read the checkout's `order_id` to find the order.
    """


class PaymentResponseError(PaymentMayHaveBeenTakenError, APIResponseValidationError):
    """Process payment answered 2xx, so the payment WAS taken, but its answer could not be read.

    Do not pay again: read the order's status and payment transactions.
    """


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
        self.body: Any = _parse_body(self.response)  # redacted: a secret the server echoes is masked
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
        message = message.rstrip(". ") + f". {self.hint}"  # one period, even after "...path."
        if self.note:
            message += f" {self.note}"
        if self.request_id:
            message += f" Request id: {self.request_id}."
        return message


class RedirectError(APIStatusError):
    """A 3xx answer. The client never follows redirects, so credentials never leave base_url's origin."""

    hint = (
        "The client does not follow redirects, so that the access token and cookies stay with "
        "the origin you configured: check base_url (scheme, host and path)."
    )

    def __init__(self, response: httpx.Response, *, note: str | None = None) -> None:
        self.location: str | None = response.headers.get("location")
        super().__init__(response, note=note)

    def _message(self) -> str:
        message = super()._message()
        if self.location is None:
            return message
        return f"{message} It redirected to {redact(self.location)[:200]}."


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


class OrderServerError(OrderMayExistError, InternalServerError):
    """Create order answered 5xx: BigCommerce may have made the order before failing."""


class PaymentServerError(PaymentMayHaveBeenTakenError, InternalServerError):
    """The payments host answered 5xx: money may have moved before it failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    note: str | None = None,
    creates_order: bool = False,
    server_error: type[InternalServerError] | None = None,
) -> APIStatusError:
    """The exception class that fits the response's status (`server_error` for a 5xx, if given)."""
    status = response.status_code
    if status >= 500:
        if server_error is None:
            server_error = OrderServerError if creates_order else InternalServerError
        return server_error(response, note=note)
    if 300 <= status < 400:
        return RedirectError(response, note=note)
    return _BY_STATUS.get(status, APIStatusError)(response, note=note)


def _parse_body(response: httpx.Response) -> Any:
    text = response.text
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return text


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], kwargs: dict[str, Any]) -> BaseException:
    """Unpickle an error through its constructor (its arguments are keyword-only in part)."""
    return cls(*args, **kwargs)


# --- Orders: money actions and status changes, sent once (issue 18) -----------------------------


class RefundMayHaveBeenMadeError(BigCommerceError):
    """A refund was sent but no clean answer came back, so the shopper may have been paid back.

    No retry can refund twice: the client never resends a refund. Look at
    `client.orders.refunds.list(order_id)` before refunding again. Raised as
    `RefundConnectionError`, `RefundTimeoutError`, `RefundServerError` or `RefundResponseError`
    (which means the refund was made).
    """


class RefundConnectionError(RefundMayHaveBeenMadeError, APIConnectionError):
    """The refund went out, then its connection broke: it may have been made."""


class RefundTimeoutError(RefundMayHaveBeenMadeError, APITimeoutError):
    """The refund went out, then no answer came in time: it may have been made."""


class RefundServerError(RefundMayHaveBeenMadeError, InternalServerError):
    """The refund answered 5xx: BigCommerce may have scheduled it before failing."""


class RefundResponseError(RefundMayHaveBeenMadeError, APIResponseValidationError):
    """The refund answered 2xx, so it WAS made, but its answer could not be read."""


class OrderPaymentActionMayHaveHappenedError(BigCommerceError):
    """A capture or a void may have reached the gateway, though its answer was lost or failed.

    The client does not repeat either. `client.orders.payment_state(order_id)` shows the order's
    transactions: a capture or void that happened is listed there. Subclasses:
    `OrderPaymentActionConnectionError`, `...TimeoutError`, `...ServerError` (502 and 504 from the
    gateway included), `...ResponseError` (the action was scheduled).
    """


class OrderPaymentActionConnectionError(OrderPaymentActionMayHaveHappenedError, APIConnectionError):
    """The capture or void went out, then its connection broke."""


class OrderPaymentActionTimeoutError(OrderPaymentActionMayHaveHappenedError, APITimeoutError):
    """The capture or void went out, then no answer came in time."""


class OrderPaymentActionServerError(OrderPaymentActionMayHaveHappenedError, InternalServerError):
    """The capture or void answered 5xx (502, 504: the gateway failed or timed out)."""


class OrderPaymentActionResponseError(OrderPaymentActionMayHaveHappenedError, APIResponseValidationError):
    """The capture or void answered 2xx, so it WAS scheduled, but its answer could not be read."""


class OrderUpdateMayHaveHappenedError(BigCommerceError):
    """An order update got no clean answer; the order may have changed all the same.

    A status change can email the shopper, so this PUT is not repeated the way reads are. Read
    the order (`client.orders.get(order_id)`) and compare its `status_id` before sending it again.
    """


class OrderUpdateConnectionError(OrderUpdateMayHaveHappenedError, APIConnectionError):
    """The update went out, then its connection broke."""


class OrderUpdateTimeoutError(OrderUpdateMayHaveHappenedError, APITimeoutError):
    """The update went out, then no answer came in time."""


class OrderUpdateServerError(OrderUpdateMayHaveHappenedError, InternalServerError):
    """The update answered 5xx: BigCommerce may have changed the order before failing."""


class OrderUpdateResponseError(OrderUpdateMayHaveHappenedError, APIResponseValidationError):
    """The update answered 2xx, so the order WAS changed, but its answer could not be read."""


CustomerTokenReason = Literal[
    "malformed",
    "algorithm",
    "signature",
    "expired",
    "not_yet_valid",
    "wrong_app",
    "wrong_store",
    "wrong_operation",
]


class CustomerTokenError(BigCommerceError):
    """A current customer token refused by `verify_current_customer`: do not trust who it names.

    `reason` says why, as a code a caller can branch on: `malformed` (not a JWT, or claims
    missing or of the wrong type), `algorithm` (signed with anything but HMAC: `none`, RS256...),
    `signature` (another secret, or changed since it was signed), `expired`, `not_yet_valid`
    (issued in the future beyond the leeway), `wrong_app` (issued for another app's client id),
    `wrong_store` and `wrong_operation` (another kind of BigCommerce token). The message never
    contains the token or the secret.
    """

    def __init__(self, reason: CustomerTokenReason, message: str) -> None:
        super().__init__(message)
        self.reason: CustomerTokenReason = reason
