"""Handlers of the server-to-server Carts API (`/stores/{store_hash}/v3/carts/...`), and the cart
changes the storefront Carts API shares with it.

A cart is a `Checkout` in the store: created here, it is the checkout of the same id for both
checkout APIs, and every change bumps the one `version` they share. Statuses as published: 201 for
create cart, update cart, add line items and create redirect URLs; 204 for delete cart and for
deleting the last line item (which deletes the cart); 200 otherwise.

Where the fake differs from a store, it says so with a 422 naming the field:
gift certificates and custom items cannot be bought through the fake's carts (only catalogue
products; `seed_product` adds more).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import msgspec

import bigcommerce_checkout_schemas as m

from . import _catalog as catalog
from . import _ops_common as common
from . import _render_carts as render
from . import _render_checkouts as render_server
from ._catalog import LineRequest, Metafield
from ._context import Reply, Request
from ._errors import ApiError, not_found, unprocessable
from ._money import ZERO, rounded
from ._seed import currency as currency_info
from ._state import Checkout, GiftWrap, Item, Store, new_uuid, now_iso

OWNER_CLIENT_ID = "fake-bigcommerce-app"
METAFIELD_PAGE = 50
METAFIELD_MAX_PAGE = 250


# -- cart changes both APIs make ---------------------------------------------------------------


def cart_conflict() -> ApiError:
    return ApiError(
        409,
        "The cart was changed by another request",
        detail="Get the cart again and resend the change with its current version.",
        errors={"version": "does not match the cart's current version"},
    )


def check_version(checkout: Checkout, version: int | None) -> None:
    if version is not None and version != checkout.version:
        raise cart_conflict()


def unsupported(field_name: str) -> ApiError:
    return unprocessable(
        "The fake sells catalogue products only",
        **{field_name: "gift certificates and custom items are not sold by the local fake; use line items"},
    )


def new_cart(
    store: Store,
    lines: Sequence[LineRequest],
    *,
    customer_id: int = 0,
    channel_id: int = 1,
    currency: str = "USD",
    locale: str = "en",
) -> Checkout:
    """A cart priced from the catalogue, stock checked; added to the store only when valid."""
    if not lines:
        raise unprocessable("A cart needs line items", line_items="send at least one line item")
    if customer_id and customer_id not in store.customers:
        raise unprocessable("Customer not found", customer_id=f"no customer has id {customer_id}")
    if channel_id not in store.channels:
        raise unprocessable("Channel not found", channel_id=f"no channel has id {channel_id}")
    if currency not in catalog.RATES:
        raise unprocessable(
            "Currency not available", **{"currency.code": f"the store sells in {', '.join(catalog.RATES)}"}
        )
    catalog.check_purchasing(store, channel_id)
    customer = store.customers.get(customer_id)
    checkout = Checkout(
        id=new_uuid(),
        currency=currency,
        places=currency_info(currency)[3],
        customer_id=customer_id,
        channel_id=channel_id,
        items=[],
        email=customer.email if customer else "",
        locale=locale,
    )
    for line in lines:
        catalog.merge(checkout.items, catalog.build_item(store, checkout, line))
    catalog.check_stock(store, checkout.items)
    store.checkouts[checkout.id] = checkout
    return checkout


def add_lines(store: Store, checkout: Checkout, lines: Sequence[LineRequest]) -> None:
    if not lines:
        raise unprocessable("No line items", line_items="send at least one line item")
    catalog.check_purchasing(store, checkout.channel_id)
    items = [dataclasses.replace(i) for i in checkout.items]
    before = {i.id: i.quantity for i in items}
    for line in lines:
        catalog.merge(items, catalog.build_item(store, checkout, line))
    catalog.check_stock(store, items)
    checkout.items = items
    for item in items:
        if item.id in before and before[item.id] != item.quantity:
            common.unassign(checkout, item.id)
    checkout.touch()


def update_line(store: Store, checkout: Checkout, item_id: str, line: LineRequest) -> None:
    item = checkout.item(item_id)
    if item is None:
        raise not_found("line item")
    if line.product_id not in store.products and line.product_id == item.product_id:
        # An item seeded with `seed_cart` for a product the catalogue lacks: only its quantity changes.
        if line.variant_id is not None and line.variant_id != item.variant_id:
            raise unprocessable(
                "Invalid variant", **{f"{line.where}variant_id": "is not a variant of this product"}
            )
        new = dataclasses.replace(item, quantity=catalog.whole(line.quantity, f"{line.where}quantity"))
        if line.list_price is not None:
            new = dataclasses.replace(
                new, price=_price(line.list_price, checkout, line.where), price_overridden=True
            )
    else:
        new = catalog.build_item(store, checkout, _keeping(store, item, line), keep_id=item.id)
        new.gift_wrap = item.gift_wrap
        if line.list_price is None and item.price_overridden and new.product_id == item.product_id:
            new.price, new.price_overridden = item.price, True  # a price set by the API stays
    items = [new if i.id == item_id else i for i in checkout.items]
    catalog.check_stock(store, items)
    if (new.quantity, new.variant_id) != (item.quantity, item.variant_id):
        common.unassign(checkout, item_id)
    checkout.items = items
    checkout.touch()


def _keeping(store: Store, item: Item, line: LineRequest) -> LineRequest:
    """An update of the same product changes what it names and keeps the rest: the variant, a name
    set through the API, and the modifiers chosen (a quantity-only update used to rebuild the line
    from the catalogue, dropping all three and repricing it)."""
    product = store.products.get(item.product_id)
    if product is None or line.product_id != item.product_id:
        return line
    selections: list[tuple[int | None, Any]] = line.selections
    if not selections:
        selections = [
            (option_id, value_id if value_id is not None else item.options.get(name))
            for name, (option_id, value_id) in item.option_ids.items()
            if (option := product.option(option_id)) is not None and not option.variant_option
        ]
    variant_id = line.variant_id
    if variant_id is None and not line.selections:
        variant_id = item.variant_id
    return dataclasses.replace(
        line, variant_id=variant_id, name=line.name or item.name, selections=selections
    )


def _price(value: float, checkout: Checkout, where: str) -> Any:
    if not math.isfinite(value) or value < 0:
        raise unprocessable("Invalid line item", **{f"{where}list_price": "must be a price of 0 or more"})
    return rounded(Decimal(str(value)), checkout.places)


def delete_line(store: Store, checkout: Checkout, item_id: str) -> bool:
    """Remove an item; True when it was the last one and the cart is gone with it."""
    if checkout.item(item_id) is None:
        raise not_found("line item")
    if len(checkout.items) == 1:
        delete_cart(store, checkout)
        checkout.items = []
        checkout.consignments = []
        checkout.touch()
        return True
    common.unassign(checkout, item_id)
    checkout.items = [i for i in checkout.items if i.id != item_id]
    checkout.touch()
    return False


def delete_cart(store: Store, checkout: Checkout) -> None:
    store.checkouts.pop(checkout.id, None)
    for metafield_id in [k for k, v in store.metafields.items() if v.resource_id == checkout.id]:
        del store.metafields[metafield_id]
    for token in [t for t, cart in store.redirect_tokens.items() if cart == checkout.id]:
        del store.redirect_tokens[token]


def rewrap(store: Store, checkout: Checkout, item_id: str, wrapping: Any) -> None:
    """Give an updated line the gift wrapping its update sent (either API), if it sent one."""
    if wrapping is None:
        return
    item = checkout.item(item_id)
    assert item is not None
    item.gift_wrap = wrap(store, wrapping, item.kind, item.quantity, checkout.places, "line_item.")


def wrap(store: Store, wrapping: Any, kind: str, quantity: int, places: int, where: str) -> GiftWrap | None:
    """Gift wrapping from either API's input (`wrap_together`, `wrap_details[{id, message}]`)."""
    if wrapping is None:
        return None
    if kind != "physical":
        raise unprocessable(
            "Invalid gift wrapping", **{f"{where}gift_wrapping": "only physical items can be wrapped"}
        )
    details = list(wrapping.wrap_details or [])
    details = details[:1] if wrapping.wrap_together else details
    if not details or len(details) > quantity:
        raise unprocessable(
            "Invalid gift wrapping", **{f"{where}gift_wrapping.wrap_details": f"send 1 to {quantity} entries"}
        )
    options = store.gift_wrapping
    for n, detail in enumerate(details):
        if detail.id not in options:
            raise unprocessable(
                "Invalid gift wrapping",
                **{f"{where}gift_wrapping.wrap_details[{n}].id": "is not a wrapping option"},
            )
    amount = rounded(sum((options[int(d.id)][1] for d in details), ZERO), places)
    return GiftWrap(options[int(details[0].id)][0], details[0].message or "", amount)


# -- server-to-server handlers ----------------------------------------------------------------


def _cart(request: Request) -> Checkout:
    found = request.store.checkouts.get(request.params.get("cartId") or request.params.get("cart_id", ""))
    if found is None:
        raise ApiError(
            404, "Cart not found", detail="No cart has this id: it was paid for, deleted, or never made."
        )
    return found


def _answer(request: Request, checkout: Checkout, status: int = 200) -> Any:
    body = render.envelope(render.server_cart(checkout, request.store, request.include))
    return Reply(status, body) if status != 200 else body


def _value(value: Any) -> Any:
    return value if isinstance(value, int | str) else msgspec.to_builtins(value)


def _lines(items: Sequence[m.CartLineItemInput] | None, where: str) -> list[LineRequest]:
    return [_line(li, f"{where}[{n}].") for n, li in enumerate(items or [])]


def _line(li: m.CartLineItemInput, where: str) -> LineRequest:
    return LineRequest(
        product_id=li.product_id,
        quantity=li.quantity,
        variant_id=li.variant_id,
        list_price=li.list_price,
        name=li.name,
        selections=[(s.option_id, _value(s.option_value)) for s in li.option_selections or []],
        where=where,
    )


def _apply_wraps(
    store: Store, checkout: Checkout, items: Sequence[m.CartLineItemInput] | None, where: str
) -> None:
    """Gift wrapping sent with added lines goes on the item each line became."""
    for n, li in enumerate(items or []):
        if li.gift_wrapping is None:
            continue
        product_id = int(li.product_id)
        item = next((i for i in reversed(checkout.items) if i.product_id == product_id), None)
        if item is not None:
            item.gift_wrap = wrap(
                store, li.gift_wrapping, item.kind, item.quantity, checkout.places, f"{where}[{n}]."
            )


def create_cart(request: Request) -> Any:
    body: m.CartCreateRequest = request.body
    if body.gift_certificates:
        raise unsupported("gift_certificates")
    if body.custom_items:
        raise unsupported("custom_items")
    checkout = new_cart(
        request.store,
        _lines(body.line_items, "line_items"),
        customer_id=body.customer_id or 0,
        channel_id=body.channel_id if body.channel_id is not None else 1,
        currency=(body.currency.code if body.currency and body.currency.code else "USD"),
        locale=body.locale or "en",
    )
    try:
        _apply_wraps(request.store, checkout, body.line_items, "line_items")
    except ApiError:
        delete_cart(request.store, checkout)
        raise
    return _answer(request, checkout, 201)


def get_cart(request: Request) -> Any:
    return _answer(request, _cart(request))


def update_cart(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartUpdateRequest = request.body
    check_version(checkout, body.version)
    if body.customer_id is None:
        raise unprocessable("Nothing to change", customer_id="is required")
    customer = request.store.customers.get(body.customer_id)
    if body.customer_id and customer is None:
        raise unprocessable("Customer not found", customer_id=f"no customer has id {body.customer_id}")
    if body.customer_id != checkout.customer_id:
        # carts.v3.yml: another customer "will remove any promotions or shipping calculations"; the
        # items stay in their consignments, each needs its shipping option chosen again.
        for consignment in checkout.consignments:
            consignment.selected = None
    checkout.customer_id = body.customer_id
    checkout.email = customer.email if customer else (checkout.billing.email if checkout.billing else "")
    checkout.store_credit_applied = False
    checkout.touch()
    return _answer(request, checkout, 201)


def delete_cart_handler(request: Request) -> Any:
    delete_cart(request.store, _cart(request))
    return Reply(204)


def add_line_items(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartLineItemsAddRequest = request.body
    check_version(checkout, body.version)
    if body.gift_certificates:
        raise unsupported("gift_certificates")
    if body.custom_items:
        raise unsupported("custom_items")
    add_lines(request.store, checkout, _lines(body.line_items, "line_items"))
    _apply_wraps(request.store, checkout, body.line_items, "line_items")
    return _answer(request, checkout, 201)


def update_line_item(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartLineItemUpdateRequest = request.body
    check_version(checkout, body.version)
    if body.gift_certificates:
        raise unsupported("gift_certificates")
    if body.custom_items:
        raise unsupported("custom_items")
    if body.line_item is None:
        raise unprocessable("Invalid line item", line_item="is required")
    item_id = request.params["itemId"]
    update_line(request.store, checkout, item_id, _line(body.line_item, "line_item."))
    rewrap(request.store, checkout, item_id, body.line_item.gift_wrapping)
    return _answer(request, checkout)


def delete_line_item(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartVersionOnly | None = request.body
    check_version(checkout, body.version if body else None)
    if delete_line(request.store, checkout, request.params["itemId"]):
        return Reply(204)
    return _answer(request, checkout)


def create_redirect_urls(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartRedirectUrlsRequest | None = request.body
    urls = render.redirect_urls(checkout, request.store)
    extra = body.query_params if body is not None else None
    if extra is not None and extra.key:
        suffix = "&" + urlencode({extra.key: extra.value or ""})
        urls = {name: url + suffix for name, url in urls.items()}
    return Reply(201, render.envelope(urls))


def get_cart_settings(request: Request) -> Any:
    return render.envelope({"allow_purchasing": request.store.allow_purchasing})


def update_cart_settings(request: Request) -> Any:
    body: m.CartSettingsRequest = request.body
    request.store.allow_purchasing = body.allow_purchasing
    return get_cart_settings(request)


def _channel(request: Request) -> int:
    raw = request.params["channel_id"]
    channel_id = int(raw) if raw.isdigit() and len(raw) < 10 else -1
    if channel_id not in request.store.channels:
        raise ApiError(422, "Channel not found", errors={"channel_id": "is not a channel of this store"})
    return channel_id


def get_channel_cart_settings(request: Request) -> Any:
    return render.envelope({"allow_purchasing": request.store.channel_purchasing.get(_channel(request))})


def update_channel_cart_settings(request: Request) -> Any:
    channel_id = _channel(request)
    body: m.ChannelCartSettings = request.body
    if body.allow_purchasing is None:
        request.store.channel_purchasing.pop(channel_id, None)
    else:
        request.store.channel_purchasing[channel_id] = body.allow_purchasing
    return get_channel_cart_settings(request)


# -- metafields -------------------------------------------------------------------------------


def metafield_json(f: Metafield, fields: frozenset[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": f.id,
        "namespace": f.namespace,
        "key": f.key,
        "value": f.value,
        "description": f.description,
        "permission_set": f.permission_set,
        "resource_type": f.resource_type,
        "resource_id": f.resource_id
        if f.resource_type == "cart"
        else int(f.resource_id),  # an order's: its id
        "owner_client_id": OWNER_CLIENT_ID,
        "date_created": f.date_created,
        "date_modified": f.date_modified,
    }
    if fields is not None:
        body = {k: v for k, v in body.items() if k == "id" or k in fields}
    return body


def duplicate_metafield(
    pool: Mapping[int, Metafield], resource_id: str, namespace: str, key: str, besides: int | None = None
) -> bool:
    """Whether another metafield of the resource has this namespace and key (BigCommerce answers 409)."""
    return any(
        f.resource_id == resource_id and f.namespace == namespace and f.key == key and f.id != besides
        for f in pool.values()
    )


def create_metafield(
    store: Store, pool: dict[int, Metafield], resource_id: str, body: Any, resource_type: str = "cart"
) -> Metafield:
    """A new metafield from a create body (carts' or orders': same fields); ids are store-wide."""
    field = Metafield(
        store.next_metafield_id, resource_id, body.namespace, body.key, body.value, body.permission_set,
        body.description or "", resource_type=resource_type,
    )  # fmt: skip
    store.next_metafield_id += 1
    pool[field.id] = field
    return field


def write_metafield(field: Metafield, body: Any) -> None:
    field.namespace, field.key, field.value = body.namespace, body.key, body.value
    field.permission_set = body.permission_set
    if body.description is not None:
        field.description = body.description
    field.date_modified = now_iso()


def metafield_page(request: Request, fields: list[Metafield]) -> dict[str, Any]:
    q = request.query
    key_in = set((getattr(q, "key_in", None) or "").split(",")) - {""}
    namespace_in = set((getattr(q, "namespace_in", None) or "").split(",")) - {""}
    chosen = [
        f
        for f in fields
        if (q.key is None or f.key == q.key)
        and (q.namespace is None or f.namespace == q.namespace)
        and (not key_in or f.key in key_in)
        and (not namespace_in or f.namespace in namespace_in)
    ]
    chosen.sort(key=lambda f: f.id, reverse=q.direction == "desc")
    limit = q.limit if q.limit is not None else METAFIELD_PAGE
    page = q.page if q.page is not None else 1
    if not 1 <= limit <= METAFIELD_MAX_PAGE or page < 1:
        raise ApiError(
            400, "Invalid query parameter",
            errors={"limit": f"must be from 1 to {METAFIELD_MAX_PAGE}", "page": "must be at least 1"},
        )  # fmt: skip
    shown = chosen[(page - 1) * limit : page * limit]
    include_fields = getattr(q, "include_fields", None)
    only = frozenset(include_fields.split(",")) if include_fields else None
    return {
        "data": [metafield_json(f, only) for f in shown],
        "meta": render_server.pagination(len(chosen), len(shown), limit, page),
    }


def list_cart_metafields(request: Request) -> Any:
    checkout = _cart(request)
    return metafield_page(
        request, [f for f in request.store.metafields.values() if f.resource_id == checkout.id]
    )


def create_cart_metafield(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartMetafieldInput = request.body
    if duplicate_metafield(request.store.metafields, checkout.id, body.namespace, body.key):
        raise ApiError(409, "Metafield already exists", errors={"key": "the cart has this namespace and key"})
    return render.envelope(
        metafield_json(create_metafield(request.store, request.store.metafields, checkout.id, body))
    )


def _one(request: Request) -> Metafield:
    checkout = _cart(request)
    raw = request.params["metafield_id"]
    found = request.store.metafields.get(int(raw)) if raw.isdigit() and len(raw) < 12 else None
    if found is None or found.resource_id != checkout.id:
        raise ApiError(404, "Metafield not found")
    return found


def get_cart_metafield(request: Request) -> Any:
    return render.envelope(metafield_json(_one(request)))


def update_cart_metafield(request: Request) -> Any:
    field = _one(request)
    body: m.CartMetafieldInput = request.body
    if duplicate_metafield(
        request.store.metafields, field.resource_id, body.namespace, body.key, besides=field.id
    ):
        raise ApiError(409, "Metafield already exists", errors={"key": "the cart has this namespace and key"})
    write_metafield(field, body)
    return render.envelope(metafield_json(field))


def delete_cart_metafield(request: Request) -> Any:
    del request.store.metafields[_one(request).id]
    return Reply(204)


def list_all_cart_metafields(request: Request) -> Any:
    return metafield_page(request, list(request.store.metafields.values()))


def _batch(
    written: list[dict[str, Any]] | list[int], failures: dict[str, str], total: int, title: str
) -> Any:
    body: dict[str, Any] = {
        "data": written,
        "errors": [{"status": 422, "title": title, "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes", "errors": failures}]
        if failures
        else [],
        "meta": {"total": total, "success": len(written), "failed": len(failures)},
    }  # fmt: skip
    return Reply(422, body) if failures else body


def create_cart_metafields(request: Request) -> Any:
    body: list[m.CartMetafieldBatchCreate] = request.body
    store = request.store
    written: list[dict[str, Any]] = []
    failures: dict[str, str] = {}
    for n, entry in enumerate(body):
        if entry.resource_id not in store.checkouts:
            failures[str(n)] = "no cart has this resource_id"
        elif duplicate_metafield(store.metafields, entry.resource_id, entry.namespace, entry.key):
            failures[str(n)] = "a metafield with this namespace and key already exists"
        else:
            written.append(
                metafield_json(create_metafield(store, store.metafields, entry.resource_id, entry))
            )
    return _batch(written, failures, len(body), "Bulk operation has failed")


def _by_id(store: Store, value: int | str) -> Metafield | None:
    text = str(value)
    return store.metafields.get(int(text)) if text.isdigit() and len(text) < 12 else None


def update_cart_metafields(request: Request) -> Any:
    body: list[m.CartMetafieldBatchUpdate] = request.body
    store = request.store
    written: list[dict[str, Any]] = []
    failures: dict[str, str] = {}
    for n, entry in enumerate(body):
        field = _by_id(store, entry.id)
        if field is None:
            failures[str(n)] = "metafield does not exist"
        elif duplicate_metafield(
            store.metafields, field.resource_id, entry.namespace, entry.key, besides=field.id
        ):
            failures[str(n)] = "a metafield with this namespace and key already exists"
        else:
            write_metafield(field, entry)
            written.append(metafield_json(field))
    return _batch(written, failures, len(body), "Bulk operation has failed")


def delete_cart_metafields(request: Request) -> Any:
    body: list[int] = request.body
    store = request.store
    deleted: list[int] = []
    failures: dict[str, str] = {}
    for metafield_id in body:
        if store.metafields.pop(metafield_id, None) is None:
            failures[str(metafield_id)] = "metafield does not exist"
        else:
            deleted.append(metafield_id)
    return _batch(deleted, failures, len(body), "Some metafields were not deleted")
