"""The Payments API: accepted methods and payment access tokens (`/stores/{store_hash}/v3/payments`)
and processing a payment on BigCommerce's payments host (`https://payments.bigcommerce.com`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bigcommerce_checkout_api.types import UNSET
from bigcommerce_checkout_schemas import (
    PaymentAccessToken,
    PaymentAccessTokenOrder,
    PaymentAccessTokenRequest,
    PaymentAccessTokenRequestParam,
    PaymentAccessTokenResponse,
    PaymentCard,
    PaymentMethodsResponse,
    PaymentRequest,
    PaymentRequestParam,
    PaymentTransaction,
    ProcessPaymentRequest,
    ProcessPaymentResponse,
)

from .._base_client import TAKES_PAYMENT, Call, Credential, check_header_value
from .._inputs import order_id as checked_order_id
from .._inputs import uuid_id
from .._logging import register_secret
from .._models import ResponseShapeError, decode, decode_data, encode, required_data, to_model
from .._resource import (
    AsyncResource,
    Context,
    Steps,
    SyncResource,
    async_op,
    async_steps,
    lazy_module,
    sync_op,
    sync_steps,
)
from .carts import CartId

if TYPE_CHECKING:
    from bigcommerce_checkout_api.api.payment_processing import process_payment
    from bigcommerce_checkout_api.api.server_payments import create_payment_access_token, list_payment_methods
else:  # imported on first use
    process_payment = lazy_module("bigcommerce_checkout_api.api.payment_processing.process_payment")
    create_payment_access_token = lazy_module(
        "bigcommerce_checkout_api.api.server_payments.create_payment_access_token"
    )
    list_payment_methods = lazy_module("bigcommerce_checkout_api.api.server_payments.list_payment_methods")

PAYMENTS_ACCEPT = "application/vnd.bc.v1+json"  # what the payments host publishes, not JSON's type

_methods = decode(PaymentMethodsResponse)
_token_data = decode_data(PaymentAccessTokenResponse)
_transaction_data = decode_data(ProcessPaymentResponse)


def _access_token(raw: bytes) -> PaymentAccessToken:
    """The new token, registered as a secret at once: masked in logs and errors from here on."""
    token = _token_data(raw)
    if token is None:
        raise ResponseShapeError("Object missing required field `data` (payment access token)")
    register_secret(token.id)
    return token


def list_methods(
    ctx: Context, /, *, order_id: int | str | None = None, checkout_id: CartId | None = None
) -> Call[PaymentMethodsResponse]:
    """The payment methods accepted for an order (or a checkout), with the shopper's stored ones."""
    if order_id is None and checkout_id is None:
        raise ValueError("pass order_id (or checkout_id): the methods depend on what is paid")
    kwargs = list_payment_methods._get_kwargs(
        ctx.store_hash,
        order_id=UNSET if order_id is None else checked_order_id(order_id),
        checkout_id=UNSET if checkout_id is None else str(uuid_id(checkout_id, "checkout_id")),
    )
    return Call(kwargs, _methods)


def create_access_token(
    ctx: Context, /, request: PaymentAccessTokenRequest | PaymentAccessTokenRequestParam
) -> Call[PaymentAccessToken]:
    """A payment access token for one order: what `payments.process` authenticates with."""
    body = encode(to_model(PaymentAccessTokenRequest, request, "request"))
    kwargs = create_payment_access_token._get_kwargs(ctx.store_hash, body=body)
    return Call(kwargs, _access_token)


def process(
    ctx: Context, payment_access_token: str, /, payment: PaymentRequest | PaymentRequestParam
) -> Call[PaymentTransaction]:
    """Charge the order. Money: sent once and never again, whatever happens after it may have left.

    An answer that is lost, late, 5xx or unreadable raises a `PaymentMayHaveBeenTakenError`:
    check the order's status and its payment transactions before paying again.
    """
    token = check_header_value("payment_access_token", payment_access_token)
    register_secret(token)
    model = to_model(PaymentRequest, payment, "payment")
    body = encode(ProcessPaymentRequest(payment=model))
    kwargs = process_payment._get_kwargs(ctx.store_hash, body=body)
    return Call(
        kwargs,
        required_data(_transaction_data, "payment transaction"),
        once=TAKES_PAYMENT,
        base_url=ctx.payments_base_url,
        credential=Credential("Authorization", f"PAT {token}"),
        accept=PAYMENTS_ACCEPT,
        secrets=_card_secrets(model),
    )


def pay(
    ctx: Context, order_id: int | str, /, payment: PaymentRequest | PaymentRequestParam
) -> Steps[PaymentTransaction]:
    """Pay an order in one call: a payment access token for it, then the payment with that token.

    What `submitOrder` of BigCommerce's JS checkout SDK does after the order exists, so the token
    never has to be handled by hand. The two steps keep their own rules. Creating the token
    charges nothing: if it fails (an ordinary `BigCommerceError`), calling `pay` again is safe.
    The payment is `payments.process`: sent once and never again, and an answer that is lost, late,
    5xx or unreadable raises a `PaymentMayHaveBeenTakenError` (check the order before paying again).
    The order id and the payment are checked before anything is sent.
    """
    checked_id = checked_order_id(order_id)  # as the checkout gives it: a number or its digits
    model = to_model(PaymentRequest, payment, "payment")
    request = PaymentAccessTokenRequest(order=PaymentAccessTokenOrder(id=checked_id))
    token: PaymentAccessToken = yield create_access_token(ctx, request)
    transaction: PaymentTransaction = yield process(ctx, token.id, model)
    return transaction


def _card_secrets(payment: PaymentRequest) -> tuple[str, ...]:
    """The card's number, CVV and holder: masked in anything an error keeps of the answer."""
    card = payment.instrument
    if not isinstance(card, PaymentCard):
        return ()
    values = (card.number, card.verification_value, card.cardholder_name)
    return tuple(v for v in values if v)


# --- Resource classes --------------------------------------------------------------------------


class PaymentMethods(SyncResource):
    """`/payments/methods`"""

    list = sync_op(list_methods)


class AsyncPaymentMethods(AsyncResource):
    """`/payments/methods`"""

    list = async_op(list_methods)


class AccessTokens(SyncResource):
    """`/payments/access_tokens`"""

    create = sync_op(create_access_token)


class AsyncAccessTokens(AsyncResource):
    """`/payments/access_tokens`"""

    create = async_op(create_access_token)


class Payments(SyncResource):
    """Accepted methods and access tokens (API gateway); `process` (payments host)."""

    process = sync_op(process)
    pay = sync_steps(pay)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.methods = PaymentMethods(*args)
        self.access_tokens = AccessTokens(*args)


class AsyncPayments(AsyncResource):
    """Accepted methods and access tokens (API gateway); `process` (payments host)."""

    process = async_op(process)
    pay = async_steps(pay)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.methods = AsyncPaymentMethods(*args)
        self.access_tokens = AsyncAccessTokens(*args)
