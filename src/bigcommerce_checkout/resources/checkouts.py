"""The server-to-server Checkout API (`/stores/{store_hash}/v3/checkouts`), section by section."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from bigcommerce_checkout_api.types import UNSET, Unset
from bigcommerce_checkout_schemas import (
    AddFeesRequest,
    BillingAddressRequest,
    ChannelCheckoutSettings,
    ChannelCheckoutSettingsResponse,
    Checkout,
    CheckoutResponse,
    CheckoutSettings,
    CheckoutSettingsResponse,
    CheckoutTokenRequest,
    CheckoutTokenResponse,
    CheckoutUpdate,
    ConsignmentAddressRequest,
    ConsignmentCreate,
    ConsignmentLineItem,
    ConsignmentUpdate,
    ConsignmentUpdateAddress,
    CouponRequest,
    DeleteFeesRequest,
    DiscountRequest,
    OrderRef,
    OrderResponse,
    UpdateFeesRequest,
)

from .._base_client import Call
from .._inputs import (
    coupon_code,
    include_value,
    non_empty_list,
    non_empty_str,
    optional_int,
    path_id,
    version_body,
)
from .._models import ResponseShapeError, decode, decode_data, encode, to_model
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
    from bigcommerce_checkout_api.api.server_billing_address import (
        add_checkout_billing_address,
        update_checkout_billing_address,
    )
    from bigcommerce_checkout_api.api.server_checkouts import get_checkout, update_checkout_customer_message
    from bigcommerce_checkout_api.api.server_consignments import (
        add_checkout_consignment,
        delete_checkout_consignment,
        update_checkout_consignment,
    )
    from bigcommerce_checkout_api.api.server_coupons import add_checkout_coupon, delete_checkout_coupon
    from bigcommerce_checkout_api.api.server_discounts import add_checkout_discount
    from bigcommerce_checkout_api.api.server_fees import (
        add_checkout_fees,
        delete_checkout_fees,
        update_checkout_fees,
    )
    from bigcommerce_checkout_api.api.server_orders import create_order
    from bigcommerce_checkout_api.api.server_settings import (
        get_channel_checkout_settings,
        get_checkout_settings,
        update_channel_checkout_settings,
        update_checkout_settings,
    )
    from bigcommerce_checkout_api.api.server_token import create_checkout_token
else:  # imported on first use: a client needs few of the generated endpoint modules
    api_models = lazy_module("bigcommerce_checkout_api.models")
    add_checkout_billing_address = lazy_module(
        "bigcommerce_checkout_api.api.server_billing_address.add_checkout_billing_address"
    )
    update_checkout_billing_address = lazy_module(
        "bigcommerce_checkout_api.api.server_billing_address.update_checkout_billing_address"
    )
    get_checkout = lazy_module("bigcommerce_checkout_api.api.server_checkouts.get_checkout")
    update_checkout_customer_message = lazy_module(
        "bigcommerce_checkout_api.api.server_checkouts.update_checkout_customer_message"
    )
    add_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.server_consignments.add_checkout_consignment"
    )
    delete_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.server_consignments.delete_checkout_consignment"
    )
    update_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.server_consignments.update_checkout_consignment"
    )
    add_checkout_coupon = lazy_module("bigcommerce_checkout_api.api.server_coupons.add_checkout_coupon")
    delete_checkout_coupon = lazy_module("bigcommerce_checkout_api.api.server_coupons.delete_checkout_coupon")
    add_checkout_discount = lazy_module("bigcommerce_checkout_api.api.server_discounts.add_checkout_discount")
    add_checkout_fees = lazy_module("bigcommerce_checkout_api.api.server_fees.add_checkout_fees")
    delete_checkout_fees = lazy_module("bigcommerce_checkout_api.api.server_fees.delete_checkout_fees")
    update_checkout_fees = lazy_module("bigcommerce_checkout_api.api.server_fees.update_checkout_fees")
    create_order = lazy_module("bigcommerce_checkout_api.api.server_orders.create_order")
    get_channel_checkout_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_settings.get_channel_checkout_settings"
    )
    get_checkout_settings = lazy_module("bigcommerce_checkout_api.api.server_settings.get_checkout_settings")
    update_channel_checkout_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_settings.update_channel_checkout_settings"
    )
    update_checkout_settings = lazy_module(
        "bigcommerce_checkout_api.api.server_settings.update_checkout_settings"
    )
    create_checkout_token = lazy_module("bigcommerce_checkout_api.api.server_token.create_checkout_token")

if TYPE_CHECKING:  # the TypedDicts type the dict bodies; nothing needs them at run time
    from bigcommerce_checkout_schemas import (
        AddFeesRequestParam,
        BillingAddressRequestParam,
        ChannelCheckoutSettingsParam,
        CheckoutSettingsParam,
        ConsignmentAddressRequestParam,
        ConsignmentCreateParam,
        ConsignmentUpdateParam,
        DiscountRequestParam,
        UpdateFeesRequestParam,
    )

CheckoutInclude = Literal[
    "cart.line_items.physical_items.options",
    "cart.line_items.digital_items.options",
    "consignments.available_shipping_options",
    "promotions.banners",
]
ConsignmentInclude = Literal["consignments.available_shipping_options"]
CHECKOUT_INCLUDES: tuple[str, ...] = CheckoutInclude.__args__  # type: ignore[attr-defined]
CONSIGNMENT_INCLUDES: tuple[str, ...] = ConsignmentInclude.__args__  # type: ignore[attr-defined]


_checkout = decode_data(CheckoutResponse)
_order = decode_data(OrderResponse)
_settings = decode_data(CheckoutSettingsResponse)
_channel_settings = decode_data(ChannelCheckoutSettingsResponse)
_token_response = decode(CheckoutTokenResponse)


def _token(raw: bytes) -> CheckoutTokenResponse:
    """The token at the top level (the published schema) or under `data` (the published example)."""
    answer = _token_response(raw)
    if answer.checkout_token is None and answer.data is not None:
        return CheckoutTokenResponse(checkout_token=answer.data.checkout_token, meta=answer.meta)
    if answer.checkout_token is None:
        raise ResponseShapeError("Object missing required field `checkoutToken`")
    return answer


def _checkout_call(kwargs: Mapping[str, Any]) -> Call[Checkout]:
    return Call(kwargs, _checkout)


def _ids(ctx: Context, checkout_id: str) -> tuple[str, str]:
    return ctx.store_hash, path_id(checkout_id, "checkout_id")


# --- Checkouts ---------------------------------------------------------------------------------


def get(ctx: Context, checkout_id: str, /, *, include: Iterable[CheckoutInclude] = ()) -> Call[Checkout]:
    """Fetch a checkout. `include` expands shipping options, product options or promotion banners."""
    joined = include_value(include, CHECKOUT_INCLUDES)
    return _checkout_call(get_checkout._get_kwargs(*_ids(ctx, checkout_id), include=joined))


def update_customer_message(
    ctx: Context, checkout_id: str, /, customer_message: str, *, version: int | None = None
) -> Call[Checkout]:
    """Set the shopper's note to the merchant (at most 2000 characters)."""
    if not isinstance(customer_message, str) or len(customer_message) > 2000:
        raise ValueError("customer_message must be a string of at most 2000 characters")
    body = encode(CheckoutUpdate(customer_message=customer_message, version=optional_int(version, "version")))
    return _checkout_call(update_checkout_customer_message._get_kwargs(*_ids(ctx, checkout_id), body=body))


# --- Billing address ---------------------------------------------------------------------------


def add_billing_address(
    ctx: Context, checkout_id: str, /, address: BillingAddressRequest | BillingAddressRequestParam
) -> Call[Checkout]:
    """Set the billing address; `email` and `country_code` are required."""
    body = encode(to_model(BillingAddressRequest, address, "address"))
    return _checkout_call(add_checkout_billing_address._get_kwargs(*_ids(ctx, checkout_id), body=body))


def update_billing_address(
    ctx: Context,
    checkout_id: str,
    address_id: int | str,
    /,
    address: BillingAddressRequest | BillingAddressRequestParam,
) -> Call[Checkout]:
    """Change the billing address whose id is `checkout.billing_address.id` (a string such as
    `64e1b7c2d90af`, though BigCommerce's published path parameter says integer)."""
    body = encode(to_model(BillingAddressRequest, address, "address"))
    return _checkout_call(
        update_checkout_billing_address._get_kwargs(
            *_ids(ctx, checkout_id), path_id(address_id, "address_id"), body=body
        )
    )


# --- Consignments ------------------------------------------------------------------------------


def _consignment_include(include: Iterable[ConsignmentInclude]) -> str | Unset:
    return include_value(include, CONSIGNMENT_INCLUDES)


def add_consignments(
    ctx: Context,
    checkout_id: str,
    /,
    consignments: Sequence[ConsignmentCreate | ConsignmentCreateParam],
    *,
    include: Iterable[ConsignmentInclude] = (),
) -> Call[Checkout]:
    """Create consignments (address + items); include shipping options to get the quotes back."""
    body = encode(
        [
            to_model(ConsignmentCreate, c, f"consignments[{i}]")
            for i, c in enumerate(non_empty_list(consignments, "consignments"))
        ]
    )
    joined = _consignment_include(include)
    kwargs = add_checkout_consignment._get_kwargs(
        *_ids(ctx, checkout_id),
        body=body,
        include=UNSET if isinstance(joined, Unset) else api_models.AddCheckoutConsignmentInclude(joined),
    )
    return _checkout_call(kwargs)


def update_consignment(
    ctx: Context,
    checkout_id: str,
    consignment_id: str,
    /,
    update: ConsignmentUpdate | ConsignmentUpdateParam,
    *,
    include: Iterable[ConsignmentInclude] = (),
) -> Call[Checkout]:
    """Change address and items, or select a shipping option (in a request of its own)."""
    body = encode(to_model(ConsignmentUpdate, update, "update"))
    joined = _consignment_include(include)
    kwargs = update_checkout_consignment._get_kwargs(
        *_ids(ctx, checkout_id),
        path_id(consignment_id, "consignment_id"),
        body=body,
        include=UNSET if isinstance(joined, Unset) else api_models.UpdateCheckoutConsignmentInclude(joined),
    )
    return _checkout_call(kwargs)


def delete_consignment(
    ctx: Context, checkout_id: str, consignment_id: str, /, *, version: int | None = None
) -> Call[Checkout]:
    """Remove a consignment; its items become unassigned again."""
    kwargs = delete_checkout_consignment._get_kwargs(
        *_ids(ctx, checkout_id), path_id(consignment_id, "consignment_id"), body=version_body(version)
    )
    return _checkout_call(kwargs)


def ship_all_to(
    ctx: Context,
    checkout_id: str,
    /,
    address: ConsignmentAddressRequest | ConsignmentAddressRequestParam,
    *,
    include: Iterable[ConsignmentInclude] = (),
) -> Steps[Checkout]:
    """Ship every physical item, in its full quantity, to one address (a single-address checkout).

    Saves reading the cart's items and choosing between creating and updating a consignment, as
    BigCommerce's JS checkout SDK does for its shipping address step: the checkout is read, then
    its consignment is created, or its only consignment gets this address and all the items. The
    write carries the version read, so a checkout changed in between answers 409
    (`ConflictError`) rather than shipping a stale list of items. A checkout with several
    consignments is refused (`ValueError`, nothing written): change those with `update`.
    """
    checked = to_model(ConsignmentAddressRequest, address, "address")
    includes = tuple(include)
    _consignment_include(includes)
    _ids(ctx, checkout_id)
    checkout: Checkout = yield get(ctx, checkout_id)
    items = [
        ConsignmentLineItem(item_id=item.id, quantity=item.quantity)
        for item in checkout.cart.line_items.physical_items
    ]
    if not items:
        raise ValueError("the checkout has no physical items to ship (nothing was written)")
    if len(checkout.consignments) > 1:
        raise ValueError(
            f"the checkout already ships to {len(checkout.consignments)} addresses; change its "
            "consignments one by one with consignments.update() (nothing was written)"
        )
    if not checkout.consignments:
        create = ConsignmentCreate(address=checked, line_items=items, version=checkout.version)
        result: Checkout = yield add_consignments(ctx, checkout_id, [create], include=includes)
        return result
    moved = msgspec.convert(msgspec.to_builtins(checked), ConsignmentUpdateAddress)
    update = ConsignmentUpdate(address=moved, line_items=items, version=checkout.version)
    consignment_id = checkout.consignments[0].id
    result = yield update_consignment(ctx, checkout_id, consignment_id, update, include=includes)
    return result


def select_shipping_option(
    ctx: Context, checkout_id: str, option_id: str, /, *, include: Iterable[ConsignmentInclude] = ()
) -> Steps[Checkout]:
    """Select a shipping option by its id alone: the consignment that offers it is found for you.

    As `selectShippingOption` of BigCommerce's JS checkout SDK: the caller knows the option the
    shopper picked, not its consignment. The checkout is read with its shipping quotes, then the
    one consignment offering `option_id` is updated. An id that no consignment offers, or that
    several offer, raises `ValueError` before anything is written (then call `update` with the
    consignment's id).
    """
    wanted = non_empty_str(option_id, "option_id")
    includes = tuple(include)
    _consignment_include(includes)
    _ids(ctx, checkout_id)
    quoted: Checkout = yield get(ctx, checkout_id, include=["consignments.available_shipping_options"])
    offering = [
        c.id for c in quoted.consignments if any(o.id == wanted for o in c.available_shipping_options or ())
    ]
    if len(offering) != 1:
        where = "no consignment" if not offering else f"{len(offering)} consignments"
        raise ValueError(
            f"{where} of the checkout offers shipping option {wanted!r}; pass the consignment's id "
            "to consignments.update() instead (nothing was written)"
        )
    update = ConsignmentUpdate(shipping_option_id=wanted)
    result: Checkout = yield update_consignment(ctx, checkout_id, offering[0], update, include=includes)
    return result


# --- Coupons and discounts ---------------------------------------------------------------------


def add_coupon(ctx: Context, checkout_id: str, code: str, /, *, version: int | None = None) -> Call[Checkout]:
    """Apply a coupon code (at most 50 characters)."""
    body = encode(CouponRequest(coupon_code=coupon_code(code), version=optional_int(version, "version")))
    return _checkout_call(add_checkout_coupon._get_kwargs(*_ids(ctx, checkout_id), body=body))


def delete_coupon(
    ctx: Context, checkout_id: str, code: str, /, *, version: int | None = None
) -> Call[Checkout]:
    """Take a coupon off; pass the code itself, not the coupon's numeric id."""
    kwargs = delete_checkout_coupon._get_kwargs(
        *_ids(ctx, checkout_id), path_id(code, "coupon_code"), body=version_body(version)
    )
    return _checkout_call(kwargs)


def add_discount(
    ctx: Context, checkout_id: str, /, discount: DiscountRequest | DiscountRequestParam
) -> Call[Checkout]:
    """Apply a manual discount to the cart or to given line items."""
    body = encode(to_model(DiscountRequest, discount, "discount"))
    return _checkout_call(add_checkout_discount._get_kwargs(*_ids(ctx, checkout_id), body=body))


# --- Fees --------------------------------------------------------------------------------------


def add_fees(ctx: Context, checkout_id: str, /, fees: AddFeesRequest | AddFeesRequestParam) -> Call[Checkout]:
    """Add checkout-level fees (BigCommerce allows at most five per checkout)."""
    body = encode(to_model(AddFeesRequest, fees, "fees"))
    return _checkout_call(add_checkout_fees._get_kwargs(*_ids(ctx, checkout_id), body=body))


def update_fees(
    ctx: Context, checkout_id: str, /, fees: UpdateFeesRequest | UpdateFeesRequestParam
) -> Call[Checkout]:
    """Replace fees by id; send every field of each fee, there are no partial updates."""
    body = encode(to_model(UpdateFeesRequest, fees, "fees"))
    return _checkout_call(update_checkout_fees._get_kwargs(*_ids(ctx, checkout_id), body=body))


def delete_fees(ctx: Context, checkout_id: str, /, ids: Sequence[str]) -> Call[Checkout]:
    """Remove fees by id."""
    body = encode(DeleteFeesRequest(ids=[path_id(i, "fee id") for i in non_empty_list(ids, "ids")]))
    return _checkout_call(delete_checkout_fees._get_kwargs(*_ids(ctx, checkout_id), body=body))


# --- Orders and token --------------------------------------------------------------------------


def create(ctx: Context, checkout_id: str, /) -> Call[OrderRef]:
    """Create an order (status Incomplete). Never retried after a send: each call makes an order."""
    return Call(create_order._get_kwargs(*_ids(ctx, checkout_id)), _order, creates_order=True)


def create_token(
    ctx: Context, checkout_id: str, /, *, max_uses: int | None = None, ttl: int | None = None
) -> Call[CheckoutTokenResponse]:
    """A token for the order confirmation page of a guest shopper (`ttl` in seconds, at most 30 days)."""
    if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, int) or not 1 <= ttl <= 2_592_000):
        raise ValueError("ttl must be a whole number of seconds between 1 and 2592000")
    body = encode(
        CheckoutTokenRequest(max_uses=optional_int(max_uses, "max_uses"), ttl=optional_int(ttl, "ttl"))
    )
    return Call(create_checkout_token._get_kwargs(*_ids(ctx, checkout_id), body=body), _token)


# --- Settings ----------------------------------------------------------------------------------


def get_settings(ctx: Context, /) -> Call[CheckoutSettings]:
    """The store's checkout settings."""
    return Call(get_checkout_settings._get_kwargs(ctx.store_hash), _settings)


def update_settings(
    ctx: Context, /, settings: CheckoutSettings | CheckoutSettingsParam
) -> Call[CheckoutSettings]:
    """Change the store's checkout settings."""
    body = encode(to_model(CheckoutSettings, settings, "settings"))
    return Call(update_checkout_settings._get_kwargs(ctx.store_hash, body=body), _settings)


def _channel(channel_id: int) -> int:
    if isinstance(channel_id, bool) or not isinstance(channel_id, int) or channel_id < 0:
        raise ValueError("channel_id must be a non-negative integer")
    return channel_id


def get_channel_settings(ctx: Context, channel_id: int, /) -> Call[ChannelCheckoutSettings]:
    """One channel's checkout settings."""
    return Call(
        get_channel_checkout_settings._get_kwargs(ctx.store_hash, _channel(channel_id)), _channel_settings
    )


def update_channel_settings(
    ctx: Context, channel_id: int, /, settings: ChannelCheckoutSettings | ChannelCheckoutSettingsParam
) -> Call[ChannelCheckoutSettings]:
    """Change one channel's checkout settings."""
    body = encode(to_model(ChannelCheckoutSettings, settings, "settings"))
    kwargs = update_channel_checkout_settings._get_kwargs(ctx.store_hash, _channel(channel_id), body=body)
    return Call(kwargs, _channel_settings)


# --- Resource classes: the same builders, sync and async -------------------------------------


class BillingAddress(SyncResource):
    """`/checkouts/{checkoutId}/billing-address`"""

    add = sync_op(add_billing_address)
    update = sync_op(update_billing_address)


class AsyncBillingAddress(AsyncResource):
    """`/checkouts/{checkoutId}/billing-address`"""

    add = async_op(add_billing_address)
    update = async_op(update_billing_address)


class Consignments(SyncResource):
    """`/checkouts/{checkoutId}/consignments`"""

    add = sync_op(add_consignments)
    update = sync_op(update_consignment)
    delete = sync_op(delete_consignment)
    ship_all_to = sync_steps(ship_all_to)
    select_shipping_option = sync_steps(select_shipping_option)


class AsyncConsignments(AsyncResource):
    """`/checkouts/{checkoutId}/consignments`"""

    add = async_op(add_consignments)
    update = async_op(update_consignment)
    delete = async_op(delete_consignment)
    ship_all_to = async_steps(ship_all_to)
    select_shipping_option = async_steps(select_shipping_option)


class Coupons(SyncResource):
    """`/checkouts/{checkoutId}/coupons`"""

    add = sync_op(add_coupon)
    delete = sync_op(delete_coupon)


class AsyncCoupons(AsyncResource):
    """`/checkouts/{checkoutId}/coupons`"""

    add = async_op(add_coupon)
    delete = async_op(delete_coupon)


class Discounts(SyncResource):
    """`/checkouts/{checkoutId}/discounts`"""

    add = sync_op(add_discount)


class AsyncDiscounts(AsyncResource):
    """`/checkouts/{checkoutId}/discounts`"""

    add = async_op(add_discount)


class Fees(SyncResource):
    """`/checkouts/{checkoutId}/fees`"""

    add = sync_op(add_fees)
    update = sync_op(update_fees)
    delete = sync_op(delete_fees)


class AsyncFees(AsyncResource):
    """`/checkouts/{checkoutId}/fees`"""

    add = async_op(add_fees)
    update = async_op(update_fees)
    delete = async_op(delete_fees)


class Orders(SyncResource):
    """`/checkouts/{checkoutId}/orders`"""

    create = sync_op(create)


class AsyncOrders(AsyncResource):
    """`/checkouts/{checkoutId}/orders`"""

    create = async_op(create)


class Token(SyncResource):
    """`/checkouts/{checkoutId}/token`"""

    create = sync_op(create_token)


class AsyncToken(AsyncResource):
    """`/checkouts/{checkoutId}/token`"""

    create = async_op(create_token)


class Checkouts(SyncResource):
    """`/checkouts/{checkoutId}` and its sections."""

    get = sync_op(get)
    update_customer_message = sync_op(update_customer_message)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.billing_address = BillingAddress(*args)
        self.consignments = Consignments(*args)
        self.coupons = Coupons(*args)
        self.discounts = Discounts(*args)
        self.fees = Fees(*args)
        self.orders = Orders(*args)
        self.token = Token(*args)


class AsyncCheckouts(AsyncResource):
    """`/checkouts/{checkoutId}` and its sections."""

    get = async_op(get)
    update_customer_message = async_op(update_customer_message)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.billing_address = AsyncBillingAddress(*args)
        self.consignments = AsyncConsignments(*args)
        self.coupons = AsyncCoupons(*args)
        self.discounts = AsyncDiscounts(*args)
        self.fees = AsyncFees(*args)
        self.orders = AsyncOrders(*args)
        self.token = AsyncToken(*args)


class ChannelSettings(SyncResource):
    """`/checkouts/settings/channels/{channelId}`"""

    get = sync_op(get_channel_settings)
    update = sync_op(update_channel_settings)


class AsyncChannelSettings(AsyncResource):
    """`/checkouts/settings/channels/{channelId}`"""

    get = async_op(get_channel_settings)
    update = async_op(update_channel_settings)


class Settings(SyncResource):
    """`/checkouts/settings`"""

    get = sync_op(get_settings)
    update = sync_op(update_settings)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.channels = ChannelSettings(*args)


class AsyncSettings(AsyncResource):
    """`/checkouts/settings`"""

    get = async_op(get_settings)
    update = async_op(update_settings)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.channels = AsyncChannelSettings(*args)
