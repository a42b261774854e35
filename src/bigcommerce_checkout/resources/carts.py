"""The server-to-server Carts API: `/stores/{store_hash}/v3/carts`, with line items, redirect URLs,
cart settings and metafields (payments are in `payments.py`).

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
)

from .._base_client import CREATES_CART, Call
from .._inputs import include_value, non_empty_list, optional_int, path_id, positive_int, uuid_id
from .._models import ResponseShapeError, decode, decode_data, encode, nothing, required_data, to_model
from .._resource import (
    AsyncResource,
    Context,
    SyncResource,
    async_op,
    lazy_module,
    sync_op,
)

if TYPE_CHECKING:
    import bigcommerce_checkout_api.models as api_models
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
else:  # imported on first use: a client needs few of the generated endpoint modules
    api_models = lazy_module("bigcommerce_checkout_api.models")
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

CartInclude = Literal[
    "redirect_urls",
    "line_items.physical_items.options",
    "line_items.digital_items.options",
    "promotions.banners",
]
CART_INCLUDES: tuple[str, ...] = CartInclude.__args__  # type: ignore[attr-defined]
Direction = Literal["asc", "desc"]
CartId = str | uuid.UUID

_cart_data = decode_data(CartResponse)
_settings = decode_data(CartSettingsResponse)
_channel_settings = decode_data(ChannelCartSettingsResponse)
_redirect_urls = decode_data(CartRedirectUrlsResponse)
_metafield = decode_data(CartMetafieldResponse)
_metafields = decode(CartMetafieldListResponse)
_batch = decode(CartMetafieldBatchResponse)
_deleted = decode(CartMetafieldDeleteResponse)


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
        positive_int(metafield_id, "metafield_id"),
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
        ctx.store_hash, _cart_id(cart_id), positive_int(metafield_id, "metafield_id"), body=body
    )
    return Call(kwargs, required_data(_metafield, "metafield"))


def delete_metafield(ctx: Context, cart_id: CartId, metafield_id: int, /) -> Call[None]:
    """Delete a cart metafield."""
    kwargs = delete_cart_metafield._get_kwargs(
        ctx.store_hash, _cart_id(cart_id), positive_int(metafield_id, "metafield_id")
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
    checked = [positive_int(i, "metafield id") for i in non_empty_list(ids, "ids")]
    return Call(delete_cart_metafields._get_kwargs(ctx.store_hash, body=encode(checked)), _deleted)  # type: ignore[arg-type]


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
