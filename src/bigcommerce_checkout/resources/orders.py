"""Orders: the v2 Orders API (`/stores/{store_hash}/v2/orders`, order statuses) and the v3 order
calls (transactions, capture, void, refunds, metafields), as `client.orders`.

v2 answers are bare objects and lists; an empty or past-the-end page is `204 No Content`, which
every list here returns as `[]`. v2 amounts are `Decimal` (sent as decimal text), v3 amounts
`float`. Refunds, captures and voids move money: each is sent once and never again once it may
have reached BigCommerce, and an unknown outcome raises a typed "may have happened" error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from bigcommerce_checkout_api.types import UNSET, Unset
from bigcommerce_checkout_schemas import (
    CartMetafieldInput,
    CartMetafieldInputParam,
    Order,
    OrderBillingAddressInput,
    OrderBillingAddressInputParam,
    OrderConsignments,
    OrderCount,
    OrderCoupon,
    OrderFeesResponse,
    OrderMetafield,
    OrderMetafieldListResponse,
    OrderMetafieldResponse,
    OrderProduct,
    OrderRefund,
    OrderRefundListResponse,
    OrderRefundQuote,
    OrderRefundQuoteRequest,
    OrderRefundQuoteRequestParam,
    OrderRefundQuoteResponse,
    OrderRefundRequest,
    OrderRefundRequestParam,
    OrderRefundResponse,
    OrderShippingAddress,
    OrderStatus,
    OrderTax,
    OrderTransactionListResponse,
    OrderUpdateRequest,
)

from .._base_client import MOVES_PAYMENT, REFUNDS, UPDATES_ORDER, Call
from .._inputs import include_value, non_empty_str, order_id
from .._models import decode, decode_data, encode, nothing, required_data, to_model
from .._order_status import PaymentState
from .._resource import (
    AsyncResource,
    Context,
    SyncResource,
    async_op,
    async_pages,
    lazy_module,
    sync_op,
    sync_pages,
)

if TYPE_CHECKING:
    import bigcommerce_checkout_api.models as api_models
    from bigcommerce_checkout_api.api.server_order_metafields import (
        create_order_metafield,
        delete_order_metafield,
        get_order_metafield,
        get_order_metafields,
        update_order_metafield,
    )
    from bigcommerce_checkout_api.api.server_order_payment_actions import (
        capture_order_payment,
        void_order_payment,
    )
    from bigcommerce_checkout_api.api.server_order_refunds import (
        create_order_refund,
        create_order_refund_quotes,
        get_order_refund,
        get_order_refunds,
        get_orders_refunds,
    )
    from bigcommerce_checkout_api.api.server_order_transactions import get_order_transactions
    from bigcommerce_checkout_api.api.v2_order_consignments import get_order_consignments
    from bigcommerce_checkout_api.api.v2_order_coupons import get_order_coupons
    from bigcommerce_checkout_api.api.v2_order_fees import get_order_fees
    from bigcommerce_checkout_api.api.v2_order_products import get_order_products
    from bigcommerce_checkout_api.api.v2_order_shipping_addresses import get_order_shipping_addresses
    from bigcommerce_checkout_api.api.v2_order_statuses import get_order_statuses, get_order_statuses_status
    from bigcommerce_checkout_api.api.v2_order_taxes import get_order_taxes
    from bigcommerce_checkout_api.api.v2_orders import get_order, get_orders, get_orders_count, update_order
else:  # imported on first use
    _API = "bigcommerce_checkout_api.api."
    api_models = lazy_module("bigcommerce_checkout_api.models")
    create_order_metafield = lazy_module(_API + "server_order_metafields.create_order_metafield")
    delete_order_metafield = lazy_module(_API + "server_order_metafields.delete_order_metafield")
    get_order_metafield = lazy_module(_API + "server_order_metafields.get_order_metafield")
    get_order_metafields = lazy_module(_API + "server_order_metafields.get_order_metafields")
    update_order_metafield = lazy_module(_API + "server_order_metafields.update_order_metafield")
    capture_order_payment = lazy_module(_API + "server_order_payment_actions.capture_order_payment")
    void_order_payment = lazy_module(_API + "server_order_payment_actions.void_order_payment")
    create_order_refund = lazy_module(_API + "server_order_refunds.create_order_refund")
    create_order_refund_quotes = lazy_module(_API + "server_order_refunds.create_order_refund_quotes")
    get_order_refund = lazy_module(_API + "server_order_refunds.get_order_refund")
    get_order_refunds = lazy_module(_API + "server_order_refunds.get_order_refunds")
    get_orders_refunds = lazy_module(_API + "server_order_refunds.get_orders_refunds")
    get_order_transactions = lazy_module(_API + "server_order_transactions.get_order_transactions")
    get_order_consignments = lazy_module(_API + "v2_order_consignments.get_order_consignments")
    get_order_coupons = lazy_module(_API + "v2_order_coupons.get_order_coupons")
    get_order_fees = lazy_module(_API + "v2_order_fees.get_order_fees")
    get_order_products = lazy_module(_API + "v2_order_products.get_order_products")
    get_order_shipping_addresses = lazy_module(
        _API + "v2_order_shipping_addresses.get_order_shipping_addresses"
    )
    get_order_statuses = lazy_module(_API + "v2_order_statuses.get_order_statuses")
    get_order_statuses_status = lazy_module(_API + "v2_order_statuses.get_order_statuses_status")
    get_order_taxes = lazy_module(_API + "v2_order_taxes.get_order_taxes")
    get_order = lazy_module(_API + "v2_orders.get_order")
    get_orders = lazy_module(_API + "v2_orders.get_orders")
    get_orders_count = lazy_module(_API + "v2_orders.get_orders_count")
    update_order = lazy_module(_API + "v2_orders.update_order")

MAX_PAGE_SIZE = 250  # what v2 pages hold at most
OrderInclude = Literal["consignments", "consignments.line_items", "fees"]
ORDER_INCLUDES: tuple[str, ...] = OrderInclude.__args__  # type: ignore[attr-defined]
OrderSort = Literal[
    "id", "customer_id", "date_created", "date_modified", "status_id", "channel_id", "external_id"
]
ORDER_SORTS: tuple[str, ...] = OrderSort.__args__  # type: ignore[attr-defined]


# --- Inputs ------------------------------------------------------------------------------------


def _int(value: int | None, name: str, minimum: int = 0, maximum: int | None = None) -> int | Unset:
    if value is None:
        return UNSET
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < minimum
        or (maximum and value > maximum)
    ):
        limit = f" up to {maximum}" if maximum else ""
        raise ValueError(f"{name} must be an integer from {minimum}{limit}")
    return value


def _str(value: str | None, name: str) -> str | Unset:
    return UNSET if value is None else non_empty_str(value, name)


def _total(value: float | None, name: str) -> float | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{name} must be a non-negative number")
    return float(value)


def _sort(sort: OrderSort | None, direction: Literal["asc", "desc"] | None) -> str | Unset:
    if sort is None:
        if direction is not None:
            raise ValueError("direction needs sort=")
        return UNSET
    if sort not in ORDER_SORTS:
        raise ValueError(f"sort must be one of {list(ORDER_SORTS)}")
    if direction is None:
        return sort
    if direction not in ("asc", "desc"):
        raise ValueError("direction must be 'asc' or 'desc'")
    return f"{sort}:{direction}"


def _ids(values: Sequence[int] | None, name: str) -> str | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str | bytes) or not isinstance(values, Sequence) or not values:
        raise TypeError(f"{name} must be a non-empty list of ids")
    return ",".join(str(order_id(v, name)) for v in values)


# --- Answers -----------------------------------------------------------------------------------

_order = decode(Order)
_orders_page = decode(list[Order])
_count = decode(OrderCount)
_products = decode(list[OrderProduct])
_addresses = decode(list[OrderShippingAddress])
_coupons = decode(list[OrderCoupon])
_taxes = decode(list[OrderTax])
_consignments = decode(OrderConsignments)
_fees_response = decode(OrderFeesResponse)
_statuses = decode(list[OrderStatus])
_status = decode(OrderStatus)
_transactions_response = decode(OrderTransactionListResponse)
_quote = decode_data(OrderRefundQuoteResponse)
_refund = decode_data(OrderRefundResponse)
_refunds = decode(OrderRefundListResponse)
_metafield = decode_data(OrderMetafieldResponse)
_metafields = decode(OrderMetafieldListResponse)


def _page(parse: Any) -> Any:
    """A v2 list: `204 No Content` (an empty or past-the-end page) is an empty list."""

    def parse_page(raw: bytes) -> Any:
        return parse(raw) if raw.strip() else []

    return parse_page


def _transactions(raw: bytes) -> OrderTransactionListResponse:
    """The transactions and their paging; `204 No Content` (no transactions) is an empty list."""
    return _transactions_response(raw) if raw.strip() else OrderTransactionListResponse(data=[])


_action_object = decode(dict[str, Any])


def _action(raw: bytes) -> dict[str, Any]:
    """A capture's or void's answer: an object (BigCommerce sends `{}`); no body reads as `{}`."""
    return _action_object(raw) if raw.strip() else {}


# --- Orders (v2) -------------------------------------------------------------------------------


def get(ctx: Context, order_id_: int | str, /, *, include: Iterable[OrderInclude] = ()) -> Call[Order]:
    """One order. `include` embeds its consignments or fees instead of linking them."""
    kwargs = get_order._get_kwargs(
        ctx.store_hash, order_id(order_id_), include=include_value(include, ORDER_INCLUDES)
    )
    return Call(kwargs, _order)


class OrderFilters(TypedDict, total=False):
    """The filters `orders.list`, `orders.iter` and `orders.count` take (all optional)."""

    status_id: int
    customer_id: int
    email: str
    cart_id: str
    channel_id: int
    min_id: int
    max_id: int
    min_total: float
    max_total: float
    payment_method: str
    min_date_created: str
    max_date_created: str
    min_date_modified: str
    max_date_modified: str
    external_order_id: str


_ID_FILTERS = {"status_id": 0, "customer_id": 0, "channel_id": 0, "min_id": 1, "max_id": 1}
_TOTAL_FILTERS = ("min_total", "max_total")


def _filters(filters: OrderFilters) -> dict[str, Any]:
    """The filters as query parameters, each checked; an unknown one is named before any request."""
    unknown = sorted(set(filters) - set(OrderFilters.__annotations__))
    if unknown:
        raise TypeError(
            f"unknown order filter {unknown[0]!r}; the filters are {list(OrderFilters.__annotations__)}"
        )
    checked: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if name in _ID_FILTERS:
            checked[name] = _int(value, name, _ID_FILTERS[name])  # type: ignore[arg-type]
        elif name in _TOTAL_FILTERS:
            checked[name] = _total(value, name)  # type: ignore[arg-type]
        else:
            checked[name] = _str(str(value) if name == "cart_id" else value, name)  # type: ignore[arg-type]
    return checked


def list_orders(
    ctx: Context,
    /,
    *,
    sort: OrderSort | None = None,
    direction: Literal["asc", "desc"] | None = None,
    page: int | None = None,
    limit: int | None = None,
    include: Iterable[OrderInclude] = (),
    **filters: Unpack[OrderFilters],
) -> Call[list[Order]]:
    """One page of orders (at most 250); `[]` past the last page. `iter()` pages for you.

    Filters: `status_id` (`OrderStatusId`), `customer_id`, `email`, `cart_id`, `channel_id`,
    `min_id`/`max_id`, `min_total`/`max_total`, `payment_method`, `min_date_created`/
    `max_date_created`, `min_date_modified`/`max_date_modified` (RFC 2822 or ISO 8601 text),
    `external_order_id`. `sort` names a field, `direction` is `asc` or `desc`.
    """
    kwargs = get_orders._get_kwargs(
        ctx.store_hash,
        **_filters(filters),
        sort=_sort(sort, direction),
        page=_int(page, "page", 1),
        limit=_int(limit, "limit", 1, MAX_PAGE_SIZE),
        include=include_value(include, ORDER_INCLUDES),
    )
    return Call(kwargs, _page(_orders_page))


def count(ctx: Context, /, **filters: Unpack[OrderFilters]) -> Call[OrderCount]:
    """How many orders match the filters of `list()`, in total and per status."""
    return Call(get_orders_count._get_kwargs(ctx.store_hash, **_filters(filters)), _count)


def update(
    ctx: Context,
    order_id_: int | str,
    /,
    *,
    status_id: int | None = None,
    customer_message: str | None = None,
    staff_notes: str | None = None,
    external_order_id: str | None = None,
    payment_method: str | None = None,
    payment_provider_id: str | None = None,
    customer_id: int | None = None,
    billing_address: OrderBillingAddressInput | OrderBillingAddressInputParam | None = None,
) -> Call[Order]:
    """Change an order: its status (`OrderStatusId`), notes, external id, payment or billing details.

    Sent once: a PUT is idempotent, but a status change can email the shopper, so an update whose
    answer is lost is not resent (it raises `OrderUpdateMayHaveHappenedError`; read the order).
    It is retried only when BigCommerce certainly did nothing (429, no connection).
    """
    body = OrderUpdateRequest(
        status_id=_none_if_unset(_int(status_id, "status_id")),
        customer_message=customer_message,
        staff_notes=staff_notes,
        external_order_id=external_order_id,
        payment_method=payment_method,
        payment_provider_id=payment_provider_id,
        customer_id=_none_if_unset(_int(customer_id, "customer_id")),
        billing_address=None
        if billing_address is None
        else to_model(OrderBillingAddressInput, billing_address, "billing_address"),
    )
    if body == OrderUpdateRequest():
        raise ValueError("update needs at least one change (status_id=, staff_notes=, ...)")
    kwargs = update_order._get_kwargs(ctx.store_hash, order_id(order_id_), body=encode(body))
    return Call(kwargs, _order, once=UPDATES_ORDER)


def _none_if_unset(value: int | Unset) -> int | None:
    return None if isinstance(value, Unset) else int(value)


def find_by_cart(ctx: Context, cart_id: str, /) -> Call[Order | None]:
    """The order made from a cart (a checkout's id), or None: works after the cart is gone."""
    import uuid

    from .._inputs import uuid_id

    checked: uuid.UUID = uuid_id(cart_id, "cart_id")
    kwargs = get_orders._get_kwargs(ctx.store_hash, cart_id=str(checked), page=UNSET, limit=UNSET)

    def first(raw: bytes) -> Order | None:
        orders = _page(_orders_page)(raw)
        return orders[0] if orders else None

    return Call(kwargs, first)


# --- Order parts (v2) --------------------------------------------------------------------------


def _paged(endpoint: Any, parse: Any) -> Any:
    def builder(
        ctx: Context, order_id_: int | str, /, *, page: int | None = None, limit: int | None = None
    ) -> Any:
        kwargs = endpoint._get_kwargs(
            ctx.store_hash,
            order_id(order_id_),
            page=_int(page, "page", 1),
            limit=_int(limit, "limit", 1, MAX_PAGE_SIZE),
        )
        return Call(kwargs, _page(parse))

    return builder


def list_products(
    ctx: Context, order_id_: int | str, /, *, page: int | None = None, limit: int | None = None
) -> Call[list[OrderProduct]]:
    """A page of the order's product lines; `[]` past the last page."""
    return _paged(get_order_products, _products)(ctx, order_id_, page=page, limit=limit)  # type: ignore[no-any-return]


def list_shipping_addresses(
    ctx: Context, order_id_: int | str, /, *, page: int | None = None, limit: int | None = None
) -> Call[list[OrderShippingAddress]]:
    """A page of the order's shipping addresses; `[]` past the last page."""
    return _paged(get_order_shipping_addresses, _addresses)(ctx, order_id_, page=page, limit=limit)  # type: ignore[no-any-return]


def list_coupons(
    ctx: Context, order_id_: int | str, /, *, page: int | None = None, limit: int | None = None
) -> Call[list[OrderCoupon]]:
    """A page of the order's coupons; `[]` when none."""
    return _paged(get_order_coupons, _coupons)(ctx, order_id_, page=page, limit=limit)  # type: ignore[no-any-return]


def list_taxes(
    ctx: Context,
    order_id_: int | str,
    /,
    *,
    details: bool = False,
    page: int | None = None,
    limit: int | None = None,
) -> Call[list[OrderTax]]:
    """A page of the order's taxes; `details=True` adds the line each is on."""
    if not isinstance(details, bool):
        raise TypeError("details must be True or False")
    kwargs = get_order_taxes._get_kwargs(
        ctx.store_hash,
        order_id(order_id_),
        page=_int(page, "page", 1),
        limit=_int(limit, "limit", 1, MAX_PAGE_SIZE),
        details=api_models.GetOrderTaxesDetails("true") if details else UNSET,
    )
    return Call(kwargs, _page(_taxes))


def get_consignments(
    ctx: Context, order_id_: int | str, /, *, include_line_items: bool = False
) -> Call[OrderConsignments]:
    """The order's consignments by kind; `include_line_items=True` embeds their product lines."""
    kwargs = get_order_consignments._get_kwargs(
        ctx.store_hash,
        order_id(order_id_),
        include="consignments.line_items" if include_line_items else UNSET,
    )
    return Call(kwargs, _consignments)


def list_fees(ctx: Context, order_id_: int | str, /) -> Call[OrderFeesResponse]:
    """The fees charged on the order, in `fees`."""
    return Call(get_order_fees._get_kwargs(ctx.store_hash, order_id(order_id_)), _fees_response)


def list_statuses(ctx: Context, /) -> Call[list[OrderStatus]]:
    """Every order status, with the merchant's labels."""
    return Call(get_order_statuses._get_kwargs(ctx.store_hash), _statuses)


def get_status(ctx: Context, status_id: int, /) -> Call[OrderStatus]:
    """One order status (`OrderStatusId` names them)."""
    checked = _int(status_id, "status_id")
    if isinstance(checked, Unset):
        raise TypeError("status_id must be an integer")
    return Call(get_order_statuses_status._get_kwargs(ctx.store_hash, checked), _status)


# --- Transactions, capture, void (v3) ------------------------------------------------------------


def list_transactions(ctx: Context, order_id_: int | str, /) -> Call[OrderTransactionListResponse]:
    """The order's payment events (authorisations, captures, refunds, voids) in `data`, with paging."""
    return Call(get_order_transactions._get_kwargs(ctx.store_hash, order_id(order_id_)), _transactions)


def capture(ctx: Context, order_id_: int | str, /) -> Call[dict[str, Any]]:
    """Take the money an authorisation reserved. Sent once; an unknown outcome raises
    `OrderPaymentActionMayHaveHappenedError` (read `payment_state` before trying again)."""
    kwargs = capture_order_payment._get_kwargs(ctx.store_hash, order_id(order_id_))
    return Call(kwargs, _action, once=MOVES_PAYMENT)


def void(ctx: Context, order_id_: int | str, /) -> Call[dict[str, Any]]:
    """Release the money an authorisation reserved. Sent once, like `capture`."""
    kwargs = void_order_payment._get_kwargs(ctx.store_hash, order_id(order_id_))
    return Call(kwargs, _action, once=MOVES_PAYMENT)


# --- Refunds (v3) ------------------------------------------------------------------------------


def quote_refund(
    ctx: Context, order_id_: int | str, /, request: OrderRefundQuoteRequest | OrderRefundQuoteRequestParam
) -> Call[OrderRefundQuote]:
    """What refunding these items would pay back, and how (`refund_methods`). Moves no money."""
    body = encode(to_model(OrderRefundQuoteRequest, request, "request"))
    kwargs = create_order_refund_quotes._get_kwargs(ctx.store_hash, order_id(order_id_), body=body)
    return Call(kwargs, required_data(_quote, "refund quote"))


def create_refund(
    ctx: Context,
    order_id_: int | str,
    /,
    refund: OrderRefundRequest | OrderRefundRequestParam,
    *,
    transaction_id: str | None = None,
) -> Call[OrderRefund]:
    """Refund: the items, paid back as one of the quote's `refund_methods` says.

    Money: sent once and never again. An answer that is lost, late, 5xx or unreadable raises a
    `RefundMayHaveBeenMadeError`: list the order's refunds before refunding again.
    """
    body = encode(to_model(OrderRefundRequest, refund, "refund"))
    kwargs = create_order_refund._get_kwargs(
        ctx.store_hash, order_id(order_id_), body=body, transaction_id=_str(transaction_id, "transaction_id")
    )
    return Call(kwargs, required_data(_refund, "refund"), once=REFUNDS)


def list_refunds(
    ctx: Context, order_id_: int | str, /, *, transaction_id: str | None = None
) -> Call[OrderRefundListResponse]:
    """The order's refunds (`data`), oldest first: after a `RefundMayHaveBeenMadeError`, look here."""
    kwargs = get_order_refunds._get_kwargs(
        ctx.store_hash, order_id(order_id_), transaction_id=_str(transaction_id, "transaction_id")
    )
    return Call(kwargs, _refunds)


def get_refund(ctx: Context, refund_id: int, /) -> Call[OrderRefund]:
    """One refund by its id."""
    return Call(
        get_order_refund._get_kwargs(ctx.store_hash, order_id(refund_id, "refund_id")),
        required_data(_refund, "refund"),
    )


def list_all_refunds(
    ctx: Context,
    /,
    *,
    order_ids: Sequence[int] | None = None,
    ids: Sequence[int] | None = None,
    created_min: str | None = None,
    created_max: str | None = None,
    transaction_id: str | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> Call[OrderRefundListResponse]:
    """Refunds across orders, oldest first, filtered by order ids, refund ids or time."""
    kwargs = get_orders_refunds._get_kwargs(
        ctx.store_hash,
        order_idin=_ids(order_ids, "order_ids"),
        idin=_ids(ids, "ids"),
        createdmin=_str(created_min, "created_min"),
        createdmax=_str(created_max, "created_max"),
        transaction_id=_str(transaction_id, "transaction_id"),
        page=_int(page, "page", 1),
        limit=_int(limit, "limit", 1),
    )
    return Call(kwargs, _refunds)


# --- Metafields (v3) ---------------------------------------------------------------------------


def list_metafields(
    ctx: Context,
    order_id_: int | str,
    /,
    *,
    page: int | None = None,
    limit: int | None = None,
    key: str | None = None,
    namespace: str | None = None,
    direction: Literal["asc", "desc"] | None = None,
    before: str | None = None,
    after: str | None = None,
) -> Call[OrderMetafieldListResponse]:
    """A page of the order's metafields (`data`), with the paging details (`meta`)."""
    if direction is not None and direction not in ("asc", "desc"):
        raise ValueError("direction must be 'asc' or 'desc'")
    kwargs = get_order_metafields._get_kwargs(
        ctx.store_hash,
        order_id(order_id_),
        page=_int(page, "page", 1),
        limit=_int(limit, "limit", 1),
        key=_str(key, "key"),
        namespace=_str(namespace, "namespace"),
        direction=UNSET if direction is None else api_models.GetOrderMetafieldsDirection(direction),
        before=_str(before, "before"),
        after=_str(after, "after"),
    )
    return Call(kwargs, _metafields)


def create_metafield(
    ctx: Context, order_id_: int | str, /, metafield: CartMetafieldInput | CartMetafieldInputParam
) -> Call[OrderMetafield]:
    """Attach a metafield (such as your storefront's order reference) to the order."""
    body = encode(to_model(CartMetafieldInput, metafield, "metafield"))
    kwargs = create_order_metafield._get_kwargs(ctx.store_hash, order_id(order_id_), body=body)
    return Call(kwargs, required_data(_metafield, "metafield"))


def get_metafield(ctx: Context, order_id_: int | str, metafield_id: int, /) -> Call[OrderMetafield]:
    """One metafield of the order."""
    kwargs = get_order_metafield._get_kwargs(
        ctx.store_hash, order_id(order_id_), order_id(metafield_id, "metafield_id")
    )
    return Call(kwargs, required_data(_metafield, "metafield"))


def update_metafield(
    ctx: Context,
    order_id_: int | str,
    metafield_id: int,
    /,
    metafield: CartMetafieldInput | CartMetafieldInputParam,
) -> Call[OrderMetafield]:
    """Change a metafield of the order."""
    body = encode(to_model(CartMetafieldInput, metafield, "metafield"))
    kwargs = update_order_metafield._get_kwargs(
        ctx.store_hash, order_id(order_id_), order_id(metafield_id, "metafield_id"), body=body
    )
    return Call(kwargs, required_data(_metafield, "metafield"))


def delete_metafield(ctx: Context, order_id_: int | str, metafield_id: int, /) -> Call[None]:
    """Delete a metafield of the order."""
    kwargs = delete_order_metafield._get_kwargs(
        ctx.store_hash, order_id(order_id_), order_id(metafield_id, "metafield_id")
    )
    return Call(kwargs, nothing)


# --- Resource classes --------------------------------------------------------------------------


class Products(SyncResource):
    """`/v2/orders/{order_id}/products`"""

    list = sync_op(list_products)


class AsyncProducts(AsyncResource):
    list = async_op(list_products)


class ShippingAddresses(SyncResource):
    """`/v2/orders/{order_id}/shipping_addresses`"""

    list = sync_op(list_shipping_addresses)


class AsyncShippingAddresses(AsyncResource):
    list = async_op(list_shipping_addresses)


class Coupons(SyncResource):
    """`/v2/orders/{order_id}/coupons`"""

    list = sync_op(list_coupons)


class AsyncCoupons(AsyncResource):
    list = async_op(list_coupons)


class Taxes(SyncResource):
    """`/v2/orders/{order_id}/taxes`"""

    list = sync_op(list_taxes)


class AsyncTaxes(AsyncResource):
    list = async_op(list_taxes)


class Consignments(SyncResource):
    """`/v2/orders/{order_id}/consignments`"""

    get = sync_op(get_consignments)


class AsyncConsignments(AsyncResource):
    get = async_op(get_consignments)


class Fees(SyncResource):
    """`/v2/orders/{order_id}/fees`"""

    list = sync_op(list_fees)


class AsyncFees(AsyncResource):
    list = async_op(list_fees)


class Statuses(SyncResource):
    """`/v2/order_statuses`"""

    list = sync_op(list_statuses)
    get = sync_op(get_status)


class AsyncStatuses(AsyncResource):
    list = async_op(list_statuses)
    get = async_op(get_status)


class Transactions(SyncResource):
    """`/v3/orders/{order_id}/transactions`"""

    list = sync_op(list_transactions)


class AsyncTransactions(AsyncResource):
    list = async_op(list_transactions)


class Refunds(SyncResource):
    """`/v3/orders/.../payment_actions/refund_quotes` and `.../refunds`"""

    quote = sync_op(quote_refund)
    create = sync_op(create_refund)
    list = sync_op(list_refunds)
    get = sync_op(get_refund)
    list_all = sync_op(list_all_refunds)


class AsyncRefunds(AsyncResource):
    quote = async_op(quote_refund)
    create = async_op(create_refund)
    list = async_op(list_refunds)
    get = async_op(get_refund)
    list_all = async_op(list_all_refunds)


class Metafields(SyncResource):
    """`/v3/orders/{order_id}/metafields`"""

    list = sync_op(list_metafields)
    create = sync_op(create_metafield)
    get = sync_op(get_metafield)
    update = sync_op(update_metafield)
    delete = sync_op(delete_metafield)


class AsyncMetafields(AsyncResource):
    list = async_op(list_metafields)
    create = async_op(create_metafield)
    get = async_op(get_metafield)
    update = async_op(update_metafield)
    delete = async_op(delete_metafield)


ITER_DOC = """Every order that matches the filters of `list()`, a page at a time (250 by default).

Lazy: a page is read when its first order is asked for, so memory holds one page whatever the
number of orders. Stops at the first short or empty (`204`) page. The filters are checked when
`iter()` is called, before any request.
"""


class Orders(SyncResource):
    """`/v2/orders` (read, list, count, update), their parts, and the v3 order calls."""

    get = sync_op(get)
    list = sync_op(list_orders)
    count = sync_op(count)
    update = sync_op(update)
    iter = sync_pages(list_orders, MAX_PAGE_SIZE, ITER_DOC)
    find_by_cart = sync_op(find_by_cart)
    capture = sync_op(capture)
    void = sync_op(void)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.products = Products(*args)
        self.shipping_addresses = ShippingAddresses(*args)
        self.coupons = Coupons(*args)
        self.taxes = Taxes(*args)
        self.consignments = Consignments(*args)
        self.fees = Fees(*args)
        self.statuses = Statuses(*args)
        self.transactions = Transactions(*args)
        self.refunds = Refunds(*args)
        self.metafields = Metafields(*args)

    def payment_state(self, order_id_: int | str, /) -> PaymentState:
        """After a `PaymentMayHaveBeenTakenError`: the order and its transactions, and whether it is paid.

        Two reads (the order, its transactions), each retried as reads are; nothing is changed.
        """
        order = self._api.request(get(self._context, order_id_))
        transactions = self._api.request(list_transactions(self._context, order.id))
        return PaymentState(order, list(transactions.data or []))


class AsyncOrders(AsyncResource):
    """`/v2/orders` (read, list, count, update), their parts, and the v3 order calls."""

    get = async_op(get)
    list = async_op(list_orders)
    count = async_op(count)
    update = async_op(update)
    iter = async_pages(list_orders, MAX_PAGE_SIZE, ITER_DOC)
    find_by_cart = async_op(find_by_cart)
    capture = async_op(capture)
    void = async_op(void)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.products = AsyncProducts(*args)
        self.shipping_addresses = AsyncShippingAddresses(*args)
        self.coupons = AsyncCoupons(*args)
        self.taxes = AsyncTaxes(*args)
        self.consignments = AsyncConsignments(*args)
        self.fees = AsyncFees(*args)
        self.statuses = AsyncStatuses(*args)
        self.transactions = AsyncTransactions(*args)
        self.refunds = AsyncRefunds(*args)
        self.metafields = AsyncMetafields(*args)

    async def payment_state(self, order_id_: int | str, /) -> PaymentState:
        """After a `PaymentMayHaveBeenTakenError`: the order and its transactions, and whether it is paid."""
        order = await self._api.request(get(self._context, order_id_))
        transactions = await self._api.request(list_transactions(self._context, order.id))
        return PaymentState(order, list(transactions.data or []))
