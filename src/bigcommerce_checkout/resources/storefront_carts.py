"""The storefront Carts and Orders APIs (`https://{store_domain}/api/storefront/carts`, `.../orders`).

Like the storefront checkout, they act for the shopper whose session cookies the client sends;
creating a cart answers with the cookies of a new session, which the client keeps for that
shopper only (see `StorefrontClient.for_shopper`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from bigcommerce_checkout_api.types import UNSET
from bigcommerce_checkout_schemas import (
    CartVersionOnly,
    StorefrontCart,
    StorefrontCartCreateRequest,
    StorefrontCartCreateRequestParam,
    StorefrontCartCurrencyRequest,
    StorefrontCartItemsAddRequest,
    StorefrontCartItemsAddRequestParam,
    StorefrontCartItemUpdateRequest,
    StorefrontCartItemUpdateRequestParam,
    StorefrontOrder,
)

from .._base_client import CREATES_CART, Call
from .._inputs import include_value, optional_int, path_id, uuid_id
from .._inputs import order_id as checked_order_id
from .._models import decode, encode, to_model
from .._resource import AsyncResource, Context, SyncResource, async_op, lazy_module, sync_op

if TYPE_CHECKING:
    from bigcommerce_checkout_api.api.storefront_carts import (
        storefront_add_cart_line_items,
        storefront_create_cart,
        storefront_delete_cart,
        storefront_delete_cart_line_item,
        storefront_get_cart,
        storefront_update_cart_currency,
        storefront_update_cart_line_item,
    )
    from bigcommerce_checkout_api.api.storefront_orders import storefront_get_order
else:  # imported on first use: a client needs few of the generated endpoint modules
    storefront_add_cart_line_items = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_add_cart_line_items"
    )
    storefront_create_cart = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_create_cart"
    )
    storefront_delete_cart = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_delete_cart"
    )
    storefront_delete_cart_line_item = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_delete_cart_line_item"
    )
    storefront_get_cart = lazy_module("bigcommerce_checkout_api.api.storefront_carts.storefront_get_cart")
    storefront_update_cart_currency = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_update_cart_currency"
    )
    storefront_update_cart_line_item = lazy_module(
        "bigcommerce_checkout_api.api.storefront_carts.storefront_update_cart_line_item"
    )
    storefront_get_order = lazy_module("bigcommerce_checkout_api.api.storefront_orders.storefront_get_order")
from .storefront import CheckoutId

StorefrontCartInclude = Literal["lineItems.physicalItems.options", "lineItems.digitalItems.options"]
STOREFRONT_CART_INCLUDES: tuple[str, ...] = StorefrontCartInclude.__args__  # type: ignore[attr-defined]
StorefrontOrderInclude = Literal[
    "lineItems", "billingAddress", "coupons", "currency", "taxes", "payments", "consignments"
]
STOREFRONT_ORDER_INCLUDES: tuple[str, ...] = StorefrontOrderInclude.__args__  # type: ignore[attr-defined]

_cart = decode(StorefrontCart)
_carts = decode(list[StorefrontCart])
_order = decode(StorefrontOrder)


def _nothing(raw: bytes) -> None:
    return None


def _include(include: Iterable[StorefrontCartInclude]) -> Any:
    return include_value(include, STOREFRONT_CART_INCLUDES)


def get(_: Context, /, *, include: Iterable[StorefrontCartInclude] = ()) -> Call[list[StorefrontCart]]:
    """The session's cart, as a list of at most one (an empty list when the shopper has none)."""
    return Call(storefront_get_cart._get_kwargs(include=_include(include)), _carts)


def create(
    _: Context,
    /,
    cart: StorefrontCartCreateRequest | StorefrontCartCreateRequestParam,
    *,
    include: Iterable[StorefrontCartInclude] = (),
) -> Call[StorefrontCart]:
    """Create the shopper's cart; the session cookies it sets are kept for this shopper."""
    body = encode(to_model(StorefrontCartCreateRequest, cart, "cart"))
    return Call(
        storefront_create_cart._get_kwargs(body=body, include=_include(include)), _cart, once=CREATES_CART
    )


def delete(_: Context, cart_id: CheckoutId, /) -> Call[None]:
    """Delete the shopper's cart."""
    return Call(storefront_delete_cart._get_kwargs(uuid_id(cart_id, "cart_id")), _nothing)


def add_line_items(
    _: Context,
    cart_id: CheckoutId,
    /,
    items: StorefrontCartItemsAddRequest | StorefrontCartItemsAddRequestParam,
    *,
    include: Iterable[StorefrontCartInclude] = (),
) -> Call[StorefrontCart]:
    """Add products or gift certificates to the cart."""
    body = encode(to_model(StorefrontCartItemsAddRequest, items, "items"))
    kwargs = storefront_add_cart_line_items._get_kwargs(
        uuid_id(cart_id, "cart_id"), body=body, include=_include(include)
    )
    return Call(kwargs, _cart)


def update_line_item(
    _: Context,
    cart_id: CheckoutId,
    item_id: str,
    /,
    update: StorefrontCartItemUpdateRequest | StorefrontCartItemUpdateRequestParam,
    *,
    include: Iterable[StorefrontCartInclude] = (),
) -> Call[StorefrontCart]:
    """Change one item (its quantity, or a gift certificate's details)."""
    body = encode(to_model(StorefrontCartItemUpdateRequest, update, "update"))
    kwargs = storefront_update_cart_line_item._get_kwargs(
        uuid_id(cart_id, "cart_id"), path_id(item_id, "item_id"), body=body, include=_include(include)
    )
    return Call(kwargs, _cart)


def delete_line_item(
    _: Context,
    cart_id: CheckoutId,
    item_id: str,
    /,
    *,
    include: Iterable[StorefrontCartInclude] = (),
    version: int | None = None,
) -> Call[StorefrontCart]:
    """Remove one item from the cart."""
    checked = optional_int(version, "version")
    kwargs = storefront_delete_cart_line_item._get_kwargs(
        uuid_id(cart_id, "cart_id"),
        path_id(item_id, "item_id"),
        body=UNSET if checked is None else encode(CartVersionOnly(version=checked)),
        include=_include(include),
    )
    return Call(kwargs, _cart)


def update_currency(
    _: Context,
    cart_id: CheckoutId,
    /,
    currency_code: str,
    *,
    include: Iterable[StorefrontCartInclude] = (),
) -> Call[list[StorefrontCart]]:
    """Price the cart in another of the store's currencies (an ISO 4217 code such as `EUR`)."""
    if not isinstance(currency_code, str) or len(currency_code) != 3 or not currency_code.isalpha():
        raise ValueError("currency_code must be a three-letter ISO 4217 code such as 'EUR'")
    body = encode(StorefrontCartCurrencyRequest(currency_code=currency_code))
    kwargs = storefront_update_cart_currency._get_kwargs(
        uuid_id(cart_id, "cart_id"), body=body, include=_include(include)
    )
    return Call(kwargs, _carts)


def get_order(
    _: Context, order_id: int | str, /, *, include: Iterable[StorefrontOrderInclude] = ()
) -> Call[StorefrontOrder]:
    """An order of this shopper (the confirmation page's data); `include` adds its sections."""
    kwargs = storefront_get_order._get_kwargs(
        checked_order_id(order_id),  # as the checkout gives it: a number or its digits
        include=include_value(include, STOREFRONT_ORDER_INCLUDES),
    )
    return Call(kwargs, _order)


class LineItems(SyncResource):
    """`/api/storefront/carts/{cartId}/items`"""

    add = sync_op(add_line_items)
    update = sync_op(update_line_item)
    delete = sync_op(delete_line_item)


class AsyncLineItems(AsyncResource):
    """`/api/storefront/carts/{cartId}/items`"""

    add = async_op(add_line_items)
    update = async_op(update_line_item)
    delete = async_op(delete_line_item)


class StorefrontCarts(SyncResource):
    """`/api/storefront/carts` and its items."""

    get = sync_op(get)
    create = sync_op(create)
    delete = sync_op(delete)
    update_currency = sync_op(update_currency)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = LineItems(*args)


class AsyncStorefrontCarts(AsyncResource):
    """`/api/storefront/carts` and its items."""

    get = async_op(get)
    create = async_op(create)
    delete = async_op(delete)
    update_currency = async_op(update_currency)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = AsyncLineItems(*args)


class StorefrontOrders(SyncResource):
    """`/api/storefront/orders/{orderId}`"""

    get = sync_op(get_order)


class AsyncStorefrontOrders(AsyncResource):
    """`/api/storefront/orders/{orderId}`"""

    get = async_op(get_order)
