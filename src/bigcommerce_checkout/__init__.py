"""A typed, safe client for BigCommerce's Checkout APIs.

from bigcommerce_checkout import CheckoutClient

with CheckoutClient(store_hash="k7x2q9rm", access_token=token) as client:
    checkout = client.checkouts.get(cart_id)
"""

from typing import TYPE_CHECKING, Any

from ._base_client import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT
from ._client import AsyncCheckoutClient, AsyncStorefrontClient, CheckoutClient, StorefrontClient
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BigCommerceError,
    ConflictError,
    CustomerTokenError,
    InternalServerError,
    NotFoundError,
    OrderConnectionError,
    OrderMayExistError,
    OrderPaymentActionConnectionError,
    OrderPaymentActionMayHaveHappenedError,
    OrderPaymentActionResponseError,
    OrderPaymentActionServerError,
    OrderPaymentActionTimeoutError,
    OrderResponseError,
    OrderServerError,
    OrderTimeoutError,
    OrderUpdateConnectionError,
    OrderUpdateMayHaveHappenedError,
    OrderUpdateResponseError,
    OrderUpdateServerError,
    OrderUpdateTimeoutError,
    PaymentConnectionError,
    PaymentMayHaveBeenTakenError,
    PaymentResponseError,
    PaymentServerError,
    PaymentTimeoutError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitWaitError,
    RedirectError,
    RefundConnectionError,
    RefundMayHaveBeenMadeError,
    RefundResponseError,
    RefundServerError,
    RefundTimeoutError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)
from ._response import RateLimit, RawResponse, capture_responses
from ._retry import RetryPolicy
from ._version import version as _version

if TYPE_CHECKING:  # loaded on first use at run time (see __getattr__): a checkout client needs none
    from ._order_status import OrderStatusId, PaymentState
    from ._redis_pacing import RedisRateLimiter
    from .current_customer import CurrentCustomer, verify_current_customer
    from .customer_login import customer_login_url

_LAZY = {
    "RedisRateLimiter": "_redis_pacing",
    "OrderStatusId": "_order_status",
    "PaymentState": "_order_status",
    "CurrentCustomer": "current_customer",
    "verify_current_customer": "current_customer",
    "customer_login_url": "customer_login",
}

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCheckoutClient",
    "AsyncStorefrontClient",
    "AuthenticationError",
    "BadRequestError",
    "BigCommerceError",
    "CheckoutClient",
    "ConflictError",
    "CurrentCustomer",
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
    "OrderStatusId",
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
    "PaymentState",
    "PaymentTimeoutError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitWaitError",
    "RawResponse",
    "RedirectError",
    "RedisRateLimiter",
    "RefundConnectionError",
    "RefundMayHaveBeenMadeError",
    "RefundResponseError",
    "RefundServerError",
    "RefundTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "StorefrontClient",
    "UnprocessableEntityError",
    "__version__",
    "capture_responses",
    "customer_login_url",
    "verify_current_customer",
]

# Tracebacks, reprs and the API pages name public classes where users import them from
# (bigcommerce_checkout.NotFoundError), not the private module that defines them.
for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type) or callable(_obj):
        _obj.__module__ = __name__
del _name, _obj


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    if name in _LAZY:
        import importlib

        found = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        found.__module__ = __name__
        globals()[name] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
