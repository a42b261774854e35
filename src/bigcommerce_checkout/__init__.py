"""A typed, safe client for BigCommerce's Checkout APIs.

from bigcommerce_checkout import CheckoutClient

with CheckoutClient(store_hash="k7x2q9rm", access_token=token) as client:
    checkout = client.checkouts.get(cart_id)
"""

from ._base_client import DEFAULT_TIMEOUT
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
    InternalServerError,
    NotFoundError,
    OrderMayExistError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._response import RateLimit, RawResponse, capture_responses
from ._retry import RetryPolicy

__all__ = [
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
    "InternalServerError",
    "NotFoundError",
    "OrderMayExistError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "StorefrontClient",
    "UnprocessableEntityError",
    "capture_responses",
]
