"""The server-to-server Carts and Payments APIs: `/stores/{store_hash}/v3/carts`, `.../payments`,
and process payment on BigCommerce's payments host.

Every checkout id is a cart id: a cart made here is the checkout `client.checkouts` works on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from bigcommerce_checkout_api.types import UNSET, Unset
from bigcommerce_checkout_schemas import (
    CartCreateRequest,
    CartCreateRequestParam,
    CartFull,
    CartLineItemsAddRequest,
    CartLineItemsAddRequestParam,
    CartLineItemUpdateRequest,
    CartLineItemUpdateRequestParam,
    CartMetafield,
    CartMetafieldBatchCreate,
    CartMetafieldBatchCreateParam,
    CartMetafieldBatchResponse,
    CartMetafieldBatchUpdate,
    CartMetafieldBatchUpdateParam,
    CartMetafieldDeleteResponse,
    CartMetafieldInput,
    CartMetafieldInputParam,
    CartMetafieldListResponse,
    CartMetafieldResponse,
    CartRedirectUrls,
    CartRedirectUrlsRequest,
    CartRedirectUrlsRequestParam,
    CartRedirectUrlsResponse,
    CartResponse,
    CartSettings,
    CartSettingsRequest,
    CartSettingsResponse,
    CartUpdateRequest,
    CartVersionOnly,
    ChannelCartSettings,
    ChannelCartSettingsResponse,
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

from .._base_client import CREATES_CART, TAKES_PAYMENT, Call, Credential, check_header_value
from .._inputs import include_value, non_empty_list, optional_int, path_id, uuid_id
from .._inputs import order_id as checked_order_id
from .._logging import register_secret
from .._models import ResponseShapeError, decode, decode_data, encode, nothing, required_data, to_model
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

if TYPE_CHECKING:
    import bigcommerce_checkout_api.models as api_models
    from bigcommerce_checkout_api.api.payment_processing import process_payment
    from bigcommerce_checkout_api.api.server_cart_line_items import (
        add_cart_line_items,
        delete_cart_line_item,
        update_cart_line_item,
    )
    from bigcommerce_checkout_api.api.server_cart_metafields import (
        create_cart_metafield,
        create_cart_metafields,
        delete_cart_metafield,
        delete_cart_metafields,
        get_cart_metafield,
        list_all_cart_metafields,
        list_cart_metafields,
        update_cart_metafield,
        update_cart_metafields,
    )
    from bigcommerce_checkout_api.api.server_cart_redirects import create_cart_redirect_urls
    from bigcommerce_checkout_api.api.server_cart_settings import (
        get_cart_settings,
        get_channel_cart_settings,
        update_cart_settings,
        update_channel_cart_settings,
    )
    from bigcommerce_checkout_api.api.server_carts import create_cart, delete_cart, get_cart, update_cart
    from bigcommerce_checkout_api.api.server_payments import create_payment_access_token, list_payment_methods
else:  # imported on first use: a client needs few of the generated endpoint modules
    api_models = lazy_module("bigcommerce_checkout_api.models")
    process_payment = lazy_module("bigcommerce_checkout_api.api.payment_processing.process_payment")
    add_cart_line_items = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_line_items.add_cart_line_items"
    )
    delete_cart_line_item = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_line_items.delete_cart_line_item"
    )
    update_cart_line_item = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_line_items.update_cart_line_item"
    )
    create_cart_metafield = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.create_cart_metafield"
    )
    create_cart_metafields = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.create_cart_metafields"
    )
    delete_cart_metafield = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.delete_cart_metafield"
    )
    delete_cart_metafields = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.delete_cart_metafields"
    )
    get_cart_metafield = lazy_module("bigcommerce_checkout_api.api.server_cart_metafields.get_cart_metafield")
    list_all_cart_metafields = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.list_all_cart_metafields"
    )
    list_cart_metafields = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.list_cart_metafields"
    )
    update_cart_metafield = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.update_cart_metafield"
    )
    update_cart_metafields = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_metafields.update_cart_metafields"
    )
    create_cart_redirect_urls = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_redirects.create_cart_redirect_urls"
    )
    get_cart_settings = lazy_module("bigcommerce_checkout_api.api.server_cart_settings.get_cart_settings")
    get_channel_cart_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_settings.get_channel_cart_settings"
    )
    update_cart_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_settings.update_cart_settings"
    )
    update_channel_cart_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_cart_settings.update_channel_cart_settings"
    )
    create_cart = lazy_module("bigcommerce_checkout_api.api.server_carts.create_cart")
    delete_cart = lazy_module("bigcommerce_checkout_api.api.server_carts.delete_cart")
    get_cart = lazy_module("bigcommerce_checkout_api.api.server_carts.get_cart")
    update_cart = lazy_module("bigcommerce_checkout_api.api.server_carts.update_cart")
    create_payment_access_token = lazy_module(
        "bigcommerce_checkout_api.api.server_payments.create_payment_access_token"
    )
    list_payment_methods = lazy_module("bigcommerce_checkout_api.api.server_payments.list_payment_methods")

CartInclude = Literal[
    "redirect_urls",
    "line_items.physical_items.options",
    "line_items.digital_items.options",
    "promotions.banners",
]
CART_INCLUDES: tuple[str, ...] = CartInclude.__args__  # type: ignore[attr-defined]
Direction = Literal["asc", "desc"]
CartId = str | uuid.UUID
PAYMENTS_ACCEPT = "application/vnd.bc.v1+json"  # what the payments host publishes, not JSON's type

_cart_data = decode_data(CartResponse)
_settings = decode_data(CartSettingsResponse)
_channel_settings = decode_data(ChannelCartSettingsResponse)
_redirect_urls = decode_data(CartRedirectUrlsResponse)
_metafield = decode_data(CartMetafieldResponse)
_metafields = decode(CartMetafieldListResponse)
_batch = decode(CartMetafieldBatchResponse)
_deleted = decode(CartMetafieldDeleteResponse)
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


def _cart(raw: bytes) -> CartFull:
    cart = _cart_data(raw)
    if cart is None:
        raise ResponseShapeError("Object missing required field `data` (the cart)")
    return cart


def _cart_or_none(raw: bytes) -> CartFull | None:
    """A line item delete answers 204 with no body when it removed the cart's last item (and the cart)."""
    return _cart(raw) if raw.strip() else None


def _include(include: Iterable[CartInclude]) -> str | Unset:
    return include_value(include, CART_INCLUDES)


def _cart_id(cart_id: CartId, name: str = "cart_id") -> uuid.UUID:
    return uuid_id(cart_id, name)


def _positive(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer")
    return value


def _non_negative(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer")
    return value


def _opt(value: Any, name: str, kind: type) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, kind):
        raise TypeError(f"{name} must be {'an integer' if kind is int else 'a string'}")
    return value


def _direction(value: Direction | None, enum: Any) -> Any:
    if value is None:
        return UNSET
    if value not in ("asc", "desc"):
        raise ValueError("direction must be 'asc' or 'desc'")
    return enum(value)


# --- Carts -------------------------------------------------------------------------------------


def create(
    ctx: Context, /, cart: CartCreateRequest | CartCreateRequestParam, *, include: Iterable[CartInclude] = ()
) -> Call[CartFull]:
    """Create a cart (its id is the checkout id). Not retried once it may have been sent."""
    body = encode(to_model(CartCreateRequest, cart, "cart"))
    kwargs = create_cart._get_kwargs(ctx.store_hash, body=body, include=_include(include))
    return Call(kwargs, _cart, once=CREATES_CART)


def get(ctx: Context, cart_id: CartId, /, *, include: Iterable[CartInclude] = ()) -> Call[CartFull]:
    """Fetch a cart; `include` adds its redirect URLs, product options or promotion banners."""
    return Call(get_cart._get_kwargs(ctx.store_hash, _cart_id(cart_id), include=_include(include)), _cart)


def update(
    ctx: Context,
    cart_id: CartId,
    /,
    customer_id: int,
    *,
    include: Iterable[CartInclude] = (),
    version: int | None = None,
) -> Call[CartFull]:
    """Give the cart to a customer (`customer_id`), or make it a guest cart (0)."""
    body = encode(
        CartUpdateRequest(
            customer_id=_non_negative(customer_id, "customer_id"), version=optional_int(version, "version")
        )
    )
    kwargs = update_cart._get_kwargs(ctx.store_hash, _cart_id(cart_id), body=body, include=_include(include))
    return Call(kwargs, _cart)


def delete(ctx: Context, cart_id: CartId, /) -> Call[None]:
    """Delete a cart (and with it the checkout)."""
    return Call(delete_cart._get_kwargs(ctx.store_hash, _cart_id(cart_id)), nothing)


def add_line_items(
    ctx: Context,
    cart_id: CartId,
    /,
    items: CartLineItemsAddRequest | CartLineItemsAddRequestParam,
    *,
    include: Iterable[CartInclude] = (),
) -> Call[CartFull]:
    """Add line items (products, gift certificates, custom items) to a cart."""
    body = encode(to_model(CartLineItemsAddRequest, items, "items"))
    kwargs = add_cart_line_items._get_kwargs(
        ctx.store_hash, _cart_id(cart_id), body=body, include=_include(include)
    )
    return Call(kwargs, _cart)


def update_line_item(
    ctx: Context,
    cart_id: CartId,
    item_id: str,
    /,
    update: CartLineItemUpdateRequest | CartLineItemUpdateRequestParam,
    *,
    include: Iterable[CartInclude] = (),
) -> Call[CartFull]:
    """Change a line item (its quantity, options or price)."""
    body = encode(to_model(CartLineItemUpdateRequest, update, "update"))
    kwargs = update_cart_line_item._get_kwargs(
        ctx.store_hash, _cart_id(cart_id), path_id(item_id, "item_id"), body=body, include=_include(include)
    )
    return Call(kwargs, _cart)


def delete_line_item(
    ctx: Context,
    cart_id: CartId,
    item_id: str,
    /,
    *,
    include: Iterable[CartInclude] = (),
    version: int | None = None,
) -> Call[CartFull | None]:
    """Remove a line item. Returns None when it was the last one: BigCommerce deletes the cart too."""
    checked = optional_int(version, "version")
    kwargs = delete_cart_line_item._get_kwargs(
        ctx.store_hash,
        _cart_id(cart_id),
        path_id(item_id, "item_id"),
        body=UNSET if checked is None else encode(CartVersionOnly(version=checked)),
        include=_include(include),
    )
    return Call(kwargs, _cart_or_none)


def create_redirect_urls(
    ctx: Context,
    cart_id: CartId,
    /,
    request: CartRedirectUrlsRequest | CartRedirectUrlsRequestParam | None = None,
) -> Call[CartRedirectUrls]:
    """URLs that take the shopper to this cart, or straight to its checkout, on the storefront."""
    body = UNSET if request is None else encode(to_model(CartRedirectUrlsRequest, request, "request"))
    kwargs = create_cart_redirect_urls._get_kwargs(ctx.store_hash, _cart_id(cart_id), body=body)
    return Call(kwargs, required_data(_redirect_urls, "redirect URLs"))


# --- Cart settings -----------------------------------------------------------------------------


def _allow(allow_purchasing: bool) -> bool:
    if not isinstance(allow_purchasing, bool):
        raise TypeError("allow_purchasing must be True or False")
    return allow_purchasing


def get_settings(ctx: Context, /) -> Call[CartSettings]:
    """The store's cart settings."""
    return Call(get_cart_settings._get_kwargs(ctx.store_hash), required_data(_settings, "cart settings"))


def update_settings(ctx: Context, /, allow_purchasing: bool) -> Call[CartSettings]:
    """Let shoppers buy (True) or not (False) on every channel that has no setting of its own."""
    body = encode(CartSettingsRequest(allow_purchasing=_allow(allow_purchasing)))
    return Call(
        update_cart_settings._get_kwargs(ctx.store_hash, body=body), required_data(_settings, "settings")
    )


def get_channel_settings(ctx: Context, channel_id: int, /) -> Call[ChannelCartSettings]:
    """One channel's cart settings."""
    kwargs = get_channel_cart_settings._get_kwargs(ctx.store_hash, _non_negative(channel_id, "channel_id"))
    return Call(kwargs, required_data(_channel_settings, "channel settings"))


def update_channel_settings(
    ctx: Context, channel_id: int, /, allow_purchasing: bool | None
) -> Call[ChannelCartSettings]:
    """Let shoppers of one channel buy or not; None makes the channel follow the store setting."""
    if allow_purchasing is not None:
        _allow(allow_purchasing)
    body = encode(ChannelCartSettings(allow_purchasing=allow_purchasing))
    kwargs = update_channel_cart_settings._get_kwargs(
        ctx.store_hash, _non_negative(channel_id, "channel_id"), body=body
    )
    return Call(kwargs, required_data(_channel_settings, "channel settings"))


# --- Cart metafields ---------------------------------------------------------------------------


def list_metafields(
    ctx: Context,
    cart_id: CartId,
    /,
    *,
    page: int | None = None,
    limit: int | None = None,
    key: str | None = None,
    namespace: str | None = None,
    direction: Direction | None = None,
    before: str | None = None,
    after: str | None = None,
) -> Call[CartMetafieldListResponse]:
    """A page of one cart's metafields (`data`), with the paging details (`meta`)."""
    kwargs = list_cart_metafields._get_kwargs(
        ctx.store_hash,
        _cart_id(cart_id),
        page=_opt(page, "page", int),
        limit=_opt(limit, "limit", int),
        key=_opt(key, "key", str),
        namespace=_opt(namespace, "namespace", str),
        direction=_direction(direction, api_models.ListCartMetafieldsDirection),
        before=_opt(before, "before", str),
        after=_opt(after, "after", str),
    )
    return Call(kwargs, _metafields)


def create_metafield(
    ctx: Context, cart_id: CartId, /, metafield: CartMetafieldInput | CartMetafieldInputParam
) -> Call[CartMetafield]:
    """Attach a metafield to a cart."""
    body = encode(to_model(CartMetafieldInput, metafield, "metafield"))
    kwargs = create_cart_metafield._get_kwargs(ctx.store_hash, _cart_id(cart_id), body=body)
    return Call(kwargs, required_data(_metafield, "metafield"))


def get_metafield(
    ctx: Context,
    cart_id: CartId,
    metafield_id: int,
    /,
    *,
    page: int | None = None,
    limit: int | None = None,
    key: str | None = None,
    namespace: str | None = None,
    direction: Direction | None = None,
) -> Call[CartMetafield]:
    """One metafield of a cart. (BigCommerce publishes list parameters on this call too.)"""
    kwargs = get_cart_metafield._get_kwargs(
        ctx.store_hash,
        _cart_id(cart_id),
        _positive(metafield_id, "metafield_id"),
        page=_opt(page, "page", int),
        limit=_opt(limit, "limit", int),
        key=_opt(key, "key", str),
        namespace=_opt(namespace, "namespace", str),
        direction=_direction(direction, api_models.GetCartMetafieldDirection),
    )
    return Call(kwargs, required_data(_metafield, "metafield"))


def update_metafield(
    ctx: Context,
    cart_id: CartId,
    metafield_id: int,
    /,
    metafield: CartMetafieldInput | CartMetafieldInputParam,
) -> Call[CartMetafield]:
    """Change a cart metafield."""
    body = encode(to_model(CartMetafieldInput, metafield, "metafield"))
    kwargs = update_cart_metafield._get_kwargs(
        ctx.store_hash, _cart_id(cart_id), _positive(metafield_id, "metafield_id"), body=body
    )
    return Call(kwargs, required_data(_metafield, "metafield"))


def delete_metafield(ctx: Context, cart_id: CartId, metafield_id: int, /) -> Call[None]:
    """Delete a cart metafield."""
    kwargs = delete_cart_metafield._get_kwargs(
        ctx.store_hash, _cart_id(cart_id), _positive(metafield_id, "metafield_id")
    )
    return Call(kwargs, nothing)


def list_all_metafields(
    ctx: Context,
    /,
    *,
    page: int | None = None,
    limit: int | None = None,
    key: str | None = None,
    key_in: str | None = None,
    namespace: str | None = None,
    namespace_in: str | None = None,
    direction: Direction | None = None,
    include_fields: str | None = None,
    date_modified_min: str | None = None,
    date_modified_max: str | None = None,
    date_created_min: str | None = None,
    date_created_max: str | None = None,
    before: str | None = None,
    after: str | None = None,
) -> Call[CartMetafieldListResponse]:
    """A page of the metafields of every cart; `key_in`/`namespace_in` take comma-separated values."""
    kwargs = list_all_cart_metafields._get_kwargs(
        ctx.store_hash,
        page=_opt(page, "page", int),
        limit=_opt(limit, "limit", int),
        key=_opt(key, "key", str),
        keyin=_opt(key_in, "key_in", str),
        namespace=_opt(namespace, "namespace", str),
        namespacein=_opt(namespace_in, "namespace_in", str),
        direction=_direction(direction, api_models.ListAllCartMetafieldsDirection),
        include_fields=_opt(include_fields, "include_fields", str),
        date_modifiedmin=_opt(date_modified_min, "date_modified_min", str),
        date_modifiedmax=_opt(date_modified_max, "date_modified_max", str),
        date_createdmin=_opt(date_created_min, "date_created_min", str),
        date_createdmax=_opt(date_created_max, "date_created_max", str),
        before=_opt(before, "before", str),
        after=_opt(after, "after", str),
    )
    return Call(kwargs, _metafields)


def create_metafields(
    ctx: Context, /, metafields: Sequence[CartMetafieldBatchCreate | CartMetafieldBatchCreateParam]
) -> Call[CartMetafieldBatchResponse]:
    """Create metafields on several carts at once (each names its cart in `resource_id`)."""
    body = encode(
        [
            to_model(CartMetafieldBatchCreate, m, f"metafields[{i}]")
            for i, m in enumerate(non_empty_list(metafields, "metafields"))
        ]
    )
    return Call(create_cart_metafields._get_kwargs(ctx.store_hash, body=body), _batch)


def update_metafields(
    ctx: Context, /, metafields: Sequence[CartMetafieldBatchUpdate | CartMetafieldBatchUpdateParam]
) -> Call[CartMetafieldBatchResponse]:
    """Change metafields of several carts at once (each names itself by `id`).

    BigCommerce's description types this `id` as a string; an integer id, as answers carry it, is
    sent as its string.
    """
    body = encode(
        [
            _id_as_string(to_model(CartMetafieldBatchUpdate, m, f"metafields[{i}]"))
            for i, m in enumerate(non_empty_list(metafields, "metafields"))
        ]
    )
    return Call(update_cart_metafields._get_kwargs(ctx.store_hash, body=body), _batch)


def _id_as_string(metafield: CartMetafieldBatchUpdate) -> CartMetafieldBatchUpdate:
    if isinstance(metafield.id, str):
        return metafield
    return msgspec.structs.replace(metafield, id=str(metafield.id))


def delete_metafields(ctx: Context, /, ids: Sequence[int]) -> Call[CartMetafieldDeleteResponse]:
    """Delete metafields of any carts by id."""
    checked = [_positive(i, "metafield id") for i in non_empty_list(ids, "ids")]
    return Call(delete_cart_metafields._get_kwargs(ctx.store_hash, body=encode(checked)), _deleted)  # type: ignore[arg-type]


# --- Payments ----------------------------------------------------------------------------------


def list_methods(
    ctx: Context, /, *, order_id: int | str | None = None, checkout_id: CartId | None = None
) -> Call[PaymentMethodsResponse]:
    """The payment methods accepted for an order (or a checkout), with the shopper's stored ones."""
    if order_id is None and checkout_id is None:
        raise ValueError("pass order_id (or checkout_id): the methods depend on what is paid")
    kwargs = list_payment_methods._get_kwargs(
        ctx.store_hash,
        order_id=UNSET if order_id is None else checked_order_id(order_id),
        checkout_id=UNSET if checkout_id is None else str(_cart_id(checkout_id, "checkout_id")),
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


class LineItems(SyncResource):
    """`/carts/{cartId}/items`"""

    add = sync_op(add_line_items)
    update = sync_op(update_line_item)
    delete = sync_op(delete_line_item)


class AsyncLineItems(AsyncResource):
    """`/carts/{cartId}/items`"""

    add = async_op(add_line_items)
    update = async_op(update_line_item)
    delete = async_op(delete_line_item)


class RedirectUrls(SyncResource):
    """`/carts/{cartId}/redirect_urls`"""

    create = sync_op(create_redirect_urls)


class AsyncRedirectUrls(AsyncResource):
    """`/carts/{cartId}/redirect_urls`"""

    create = async_op(create_redirect_urls)


class ChannelSettings(SyncResource):
    """`/carts/settings/channels/{channel_id}`"""

    get = sync_op(get_channel_settings)
    update = sync_op(update_channel_settings)


class AsyncChannelSettings(AsyncResource):
    """`/carts/settings/channels/{channel_id}`"""

    get = async_op(get_channel_settings)
    update = async_op(update_channel_settings)


class Settings(SyncResource):
    """`/carts/settings`"""

    get = sync_op(get_settings)
    update = sync_op(update_settings)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.channels = ChannelSettings(*args)


class AsyncSettings(AsyncResource):
    """`/carts/settings`"""

    get = async_op(get_settings)
    update = async_op(update_settings)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.channels = AsyncChannelSettings(*args)


class Metafields(SyncResource):
    """`/carts/{cart_id}/metafields` and `/carts/metafields`"""

    list = sync_op(list_metafields)
    create = sync_op(create_metafield)
    get = sync_op(get_metafield)
    update = sync_op(update_metafield)
    delete = sync_op(delete_metafield)
    list_all = sync_op(list_all_metafields)
    create_many = sync_op(create_metafields)
    update_many = sync_op(update_metafields)
    delete_many = sync_op(delete_metafields)


class AsyncMetafields(AsyncResource):
    """`/carts/{cart_id}/metafields` and `/carts/metafields`"""

    list = async_op(list_metafields)
    create = async_op(create_metafield)
    get = async_op(get_metafield)
    update = async_op(update_metafield)
    delete = async_op(delete_metafield)
    list_all = async_op(list_all_metafields)
    create_many = async_op(create_metafields)
    update_many = async_op(update_metafields)
    delete_many = async_op(delete_metafields)


class Carts(SyncResource):
    """`/carts/{cartId}` and its sections."""

    create = sync_op(create)
    get = sync_op(get)
    update = sync_op(update)
    delete = sync_op(delete)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = LineItems(*args)
        self.redirect_urls = RedirectUrls(*args)
        self.settings = Settings(*args)
        self.metafields = Metafields(*args)


class AsyncCarts(AsyncResource):
    """`/carts/{cartId}` and its sections."""

    create = async_op(create)
    get = async_op(get)
    update = async_op(update)
    delete = async_op(delete)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = AsyncLineItems(*args)
        self.redirect_urls = AsyncRedirectUrls(*args)
        self.settings = AsyncSettings(*args)
        self.metafields = AsyncMetafields(*args)


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
