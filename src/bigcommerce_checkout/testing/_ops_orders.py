"""Handlers of the Orders APIs: v2 (`/stores/{store_hash}/v2/orders...`, `/order_statuses`) and v3
(`/stores/{store_hash}/v3/orders/...`: transactions, payment actions, refunds, metafields).

Orders come from the checkout flow only (the create order call, which numbers their parts with
`v2_ids`): the fake has no v2 `POST /orders`. What the fake follows, and where it comes from:

* v2 answers bare JSON, money as text, RFC 2822 dates (`_render_orders.py`); a list with nothing
  on the asked page answers 204 with no body, which is how both Python clients that read v2 know
  they are past the end (`bigc` stops on it, `bigcommerce` treats it as an empty result); v2
  errors are a list of `{status, message}`;
* `limit` is at most 250 (the largest page both clients ask for) and defaults to 50, `sort` is
  one of the published fields with `:asc` or `:desc`, dates filter in RFC 2822 or ISO 8601
  (the published parameters);
* capture and void act on a payment that was authorised and not yet captured or voided; the fake's
  gateway settles at once, so `payment_status` becomes `captured` or `void` (BigCommerce reports
  `capture pending` / `void pending` until its gateway answers);
* a refund needs a captured payment, asks for no more than is left to refund, and must send
  payments whose amounts add up to what its items are worth (the refunds guide: "the amount given
  must match"); it moves the order to Refunded (4) once everything was refunded, else to
  Partially Refunded (14), and raises `refunded_amount`;
* refunds are made one at a time (the store lock), as BigCommerce asks.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from typing import Any

import msgspec

from . import _ops_carts as carts
from . import _render_checkouts as render_server
from . import _render_orders as render
from ._catalog import Metafield
from ._context import Reply, Request
from ._errors import ApiError
from ._money import ZERO, as_number, rounded
from ._state import (
    PARTIALLY_REFUNDED,
    REFUNDED,
    STATUS_NAMES,
    Checkout,
    Order,
    RefundRecord,
    Store,
    Transaction,
)

MAX_LIMIT = 250
DEFAULT_LIMIT = 50
SORT_FIELDS = ("id", "customer_id", "date_created", "date_modified", "status_id", "channel_id", "external_id")
ONLINE_PROVIDER = render.GATEWAY
OFFLINE_PROVIDER = "custom"
ITEM_TYPES = ("PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "FEE")


# -- placing and finding orders ------------------------------------------------------------------


def v2_ids(store: Store, checkout: Checkout) -> dict[str, int]:
    """Numeric ids for the order's products, shipping addresses and fees (v2 numbers them)."""
    ids = {}
    for key in (
        [i.id for i in checkout.items] + [k.id for k in checkout.consignments] + [f.id for f in checkout.fees]
    ):
        ids[key] = store.next_order_line_id
        store.next_order_line_id += 1
    return ids


def _find(store: Store, raw: str) -> Order:
    order_id = int(raw) if raw.isdigit() and len(raw) < 12 else -1
    found = next((o for o in store.orders if o.id == order_id), None)
    if found is None:
        raise ApiError(404, "The order was not found", detail=f"No order has the id {raw!r}.")
    return found


def _order(request: Request) -> Order:
    return _find(request.store, request.params["order_id"])


def _base(request: Request) -> str:
    return f"{request.store.base_url}/stores/{request.params['store_hash']}/v2"


def _query(request: Request) -> dict[str, Any]:
    """The query's values by wire name (those sent only)."""
    if request.query is None:
        return {}
    return {k: v for k, v in msgspec.to_builtins(request.query).items() if v is not None}


def _body(request: Request) -> dict[str, Any]:
    """The validated body as plain JSON, by wire name, with the fields left out (None) dropped."""
    cleaned: dict[str, Any] = {} if request.body is None else _without_none(msgspec.to_builtins(request.body))
    return cleaned


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def _include(query: Mapping[str, Any]) -> frozenset[str]:
    value = query.get("include")
    if isinstance(value, list):
        return frozenset(str(v) for v in value)
    return frozenset(str(value).split(",")) if value else frozenset()


# -- v2: orders ----------------------------------------------------------------------------------


def get_order(request: Request) -> Any:
    return render.order(_order(request), _base(request), _include(_query(request)))


# v2 billing address field -> the checkout's name for it (`country`, a name, follows `country_iso2`)
V2_ADDRESS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "company": "company",
    "street_1": "address1",
    "street_2": "address2",
    "city": "city",
    "state": "state_or_province",
    "zip": "postal_code",
    "country_iso2": "country_code",
    "phone": "phone",
    "email": "email",
}
EDITABLE_TEXT = ("staff_notes", "external_order_id", "payment_method", "payment_provider_id")


def update_order(request: Request) -> Any:
    """Change the status, the customer, the billing address or the text fields the model allows."""
    order = _order(request)
    body = _body(request)
    if "status_id" in body:
        if body["status_id"] not in STATUS_NAMES:
            raise ApiError(400, "The field 'status_id' is invalid", detail="Use an id from /order_statuses.")
        order.status_id = body["status_id"]
    if "customer_id" in body:
        if body["customer_id"] and body["customer_id"] not in request.store.customers:
            raise ApiError(400, "The field 'customer_id' is invalid", detail="No customer has this id.")
        order.customer_id = body["customer_id"]
    placed = order.placed
    assert placed is not None
    if "customer_message" in body:
        placed.message = body["customer_message"]
    if "billing_address" in body and placed.billing is not None:
        sent = body["billing_address"]
        placed.billing.fields.update({V2_ADDRESS[k]: v for k, v in sent.items() if k in V2_ADDRESS})
        order.email = placed.billing.email
    order.edits.update({k: body[k] for k in EDITABLE_TEXT if k in body})
    order.touch()
    return render.order(order, _base(request))


def _date(value: str, name: str) -> datetime:
    """A date filter in RFC 2822 or ISO 8601 (as the published parameters allow); 400 otherwise."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            raise ApiError(
                400, f"The field '{name}' is invalid", detail="Use RFC 2822 or ISO 8601."
            ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _number(value: Any, name: str, *, minimum: int = 0) -> int:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal(-1)
    if number != number.to_integral_value() or number < minimum:
        raise ApiError(400, f"The field '{name}' is invalid", detail=f"Use a whole number from {minimum}.")
    return int(number)


def _total(o: Order) -> Decimal:
    return o.totals.grand_total if o.totals is not None else Decimal(str(o.grand_total))


def _channel(o: Order) -> int:
    return o.placed.channel_id if o.placed is not None else 1


def _created(o: Order) -> datetime:
    return datetime.fromisoformat(o.created_time)


def _modified(o: Order) -> datetime:
    return datetime.fromisoformat(o.modified_time)


def _text(value: Any) -> str:
    return str(value).lower()


def _decimal(value: Any, name: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ApiError(400, f"The field '{name}' is invalid", detail="Use a number.") from None


def _payment_method(o: Order) -> str:
    return render.payment_method(o).lower()


# filter -> (the order's value, how it must compare with the sent one, how the sent one is read)
FILTERS: dict[str, tuple[Callable[[Order], Any], Callable[[Any, Any], bool], Callable[[Any, str], Any]]] = {
    "min_id": (lambda o: o.id, operator.ge, _number),
    "max_id": (lambda o: o.id, operator.le, _number),
    "customer_id": (lambda o: o.customer_id, operator.eq, _number),
    "status_id": (lambda o: o.status_id, operator.eq, _number),
    "channel_id": (_channel, operator.eq, _number),
    "min_total": (_total, operator.ge, _decimal),
    "max_total": (_total, operator.le, _decimal),
    "email": (lambda o: o.email.lower(), operator.eq, lambda v, _: _text(v)),
    "cart_id": (lambda o: o.checkout_id, operator.eq, lambda v, _: str(v)),
    "payment_method": (_payment_method, operator.eq, lambda v, _: _text(v).replace("_", " ")),
    "external_order_id": (lambda o: o.edits.get("external_order_id", ""), operator.eq, lambda v, _: str(v)),
    "min_date_created": (_created, operator.ge, lambda v, name: _date(str(v), name)),
    "max_date_created": (_created, operator.le, lambda v, name: _date(str(v), name)),
    "min_date_modified": (_modified, operator.ge, lambda v, name: _date(str(v), name)),
    "max_date_modified": (_modified, operator.le, lambda v, name: _date(str(v), name)),
}


def _filters(store: Store, query: Mapping[str, Any]) -> list[Order]:
    """The orders the published filters keep, in id order."""
    wanted = [
        (get, compare, read(query[name], name))
        for name, (get, compare, read) in FILTERS.items()
        if name in query
    ]
    return [o for o in store.orders if all(compare(get(o), value) for get, compare, value in wanted)]


def _sort_key(field: str) -> Callable[[Order], Any]:
    keys: dict[str, Callable[[Order], Any]] = {
        "id": lambda o: o.id,
        "customer_id": lambda o: (o.customer_id, o.id),
        "date_created": lambda o: (o.created_time, o.id),
        "date_modified": lambda o: (o.modified_time, o.id),
        "status_id": lambda o: (o.status_id, o.id),
        "channel_id": lambda o: (o.placed.channel_id if o.placed else 1, o.id),
        "external_id": lambda o: o.id,
    }
    return keys[field]


def _page(query: Mapping[str, Any]) -> tuple[int, int]:
    limit = _number(query.get("limit", DEFAULT_LIMIT), "limit", minimum=1)
    if limit > MAX_LIMIT:
        raise ApiError(400, "The field 'limit' is invalid", detail=f"Ask for at most {MAX_LIMIT} per page.")
    return _number(query.get("page", 1), "page", minimum=1), limit


def list_orders(request: Request) -> Any:
    query = _query(request)
    page, limit = _page(query)
    found = _filters(request.store, query)
    field, _, direction = str(query.get("sort", "id")).partition(":")
    if field not in SORT_FIELDS or direction not in ("", "asc", "desc"):
        raise ApiError(
            400,
            "The field 'sort' is invalid",
            detail=f"Use one of {', '.join(SORT_FIELDS)}, with :asc or :desc.",
        )
    found.sort(key=_sort_key(field), reverse=direction == "desc")
    shown = found[(page - 1) * limit : page * limit]
    if not shown:
        return Reply(204)  # v2's answer for an empty page, past the end included
    base, include = _base(request), _include(query)
    return [render.order(o, base, include) for o in shown]


def count_orders(request: Request) -> Any:
    return render.counts(_filters(request.store, _query(request)))


# -- v2: an order's sub-resources ----------------------------------------------------------------


def _listed(request: Request, rows: list[dict[str, Any]]) -> Any:
    """A paged v2 sub-resource list: 204 with no body when the page is empty."""
    page, limit = _page(_query(request))
    shown = rows[(page - 1) * limit : page * limit]
    return shown if shown else Reply(204)


def get_products(request: Request) -> Any:
    return _listed(request, render.products(_order(request)))


def get_shipping_addresses(request: Request) -> Any:
    return _listed(request, render.shipping_addresses(_order(request), _base(request)))


def get_coupons(request: Request) -> Any:
    return _listed(request, render.coupons(_order(request)))


def get_taxes(request: Request) -> Any:
    query = _query(request)
    details = str(query.get("details", "false")).lower() == "true"
    store = request.store
    return _listed(request, render.taxes(_order(request), store.tax_rate, store.tax_name, details))


def get_consignments(request: Request) -> Any:
    full = "consignments.line_items" in _include(_query(request))
    return render.consignments(_order(request), _base(request), full)


def get_fees(request: Request) -> Any:
    return render.fees(_order(request))


def get_statuses(request: Request) -> Any:
    return render.statuses()


def get_status(request: Request) -> Any:
    raw = request.params["status_id"]
    status_id = int(raw) if raw.isdigit() and len(raw) < 4 else -1
    if status_id not in STATUS_NAMES:
        raise ApiError(404, "The order status was not found", detail="Status ids run from 0 to 14.")
    return render.status(status_id)


# -- v3: transactions, capture, void -------------------------------------------------------------


def _transactions(store: Store, order: Order) -> list[Transaction]:
    return [t for t in store.transactions if t.order_id == order.id]


def get_transactions(request: Request) -> Any:
    found = _transactions(request.store, _order(request))
    return {
        "data": [render.transaction(t) for t in found],
        "meta": render_server.pagination(len(found), len(found), 50, 1),
    }


def _authorization(store: Store, order: Order, action: str) -> Transaction:
    """The order's open authorisation: captured or voided by nothing yet (422 otherwise)."""
    events = _transactions(store, order)
    authorisation = next((t for t in events if t.event == "authorization"), None)
    settled = any(t.event in ("capture", "void") for t in events)
    if authorisation is None or settled:
        why = "the order has no payment" if not events else "the payment is captured or voided already"
        raise ApiError(
            422,
            f"The payment cannot be {action}",
            detail=f"Only an authorised payment that is not captured or voided yet can be {action}: {why}.",
        )
    return authorisation


def _follow(store: Store, order: Order, event: str, amount: Decimal, of: Transaction) -> Transaction:
    follow_up = Transaction(
        len(store.transactions) + 1,
        order.id,
        event,
        amount,
        order.currency,
        of.payment,
        reference_transaction_id=of.id,
    )
    store.transactions.append(follow_up)
    return follow_up


def _settle(request: Request, event: str, done: str) -> Any:
    """Capture or void the order's open authorisation (the fake's gateway settles at once)."""
    store, order = request.store, _order(request)
    authorisation = _authorization(store, order, done)
    _follow(store, order, event, authorisation.amount, authorisation)
    order.payment_status = "captured" if event == "capture" else "void"
    order.touch()
    return Reply(201, {"data": {}, "meta": {}})


def capture(request: Request) -> Any:
    return _settle(request, "capture", "captured")


def void(request: Request) -> Any:
    return _settle(request, "void", "voided")


# -- v3: refunds ---------------------------------------------------------------------------------


def _captured(store: Store, order: Order) -> Transaction:
    events = _transactions(store, order)
    paid = next((t for t in events if t.event in ("purchase", "capture")), None)
    if paid is None or any(t.event == "void" for t in events):
        raise ApiError(
            422,
            "The order has no captured payment to refund",
            detail="Refund an order once its payment is captured (an authorisation is voided instead).",
        )
    return paid


def _amount(value: Any, where: str, places: int) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ApiError(422, "Invalid refund amount", errors={where: "must be a number"})
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ApiError(422, "Invalid refund amount", errors={where: "must be a number"}) from None
    if not amount.is_finite() or amount <= 0 or rounded(amount, places) != amount:
        raise ApiError(
            422, "Invalid refund amount", errors={where: f"must be positive, with at most {places} decimals"}
        )
    return amount


def _quote(
    store: Store, order: Order, items: Any
) -> tuple[Decimal, Decimal, list[dict[str, object]], Callable[[], None]]:
    """What the items are worth (total, tax), the items as recorded, and how to mark them refunded."""
    if not isinstance(items, list) or not items:
        raise ApiError(422, "Nothing to refund", errors={"items": "send at least one item"})
    c, t = order.placed, order.totals
    assert c is not None
    assert t is not None
    places = c.places
    by_v2 = {v: k for k, v in order.v2_ids.items()}
    total, tax = ZERO, ZERO
    recorded: list[dict[str, object]] = []
    quantities = dict(order.refunded_quantities)
    shipping = dict(order.refunded_shipping)
    for n, entry in enumerate(items):
        where = f"items[{n}]"
        if not isinstance(entry, dict) or entry.get("item_type") not in ITEM_TYPES:
            raise ApiError(
                422,
                "Invalid refund item",
                errors={f"{where}.item_type": f"must be one of {', '.join(ITEM_TYPES)}"},
            )
        kind, item_id = entry["item_type"], entry.get("item_id")
        if isinstance(item_id, bool) or not isinstance(item_id, int):
            raise ApiError(422, "Invalid refund item", errors={f"{where}.item_id": "must be an integer"})
        reason = entry.get("reason", "")
        row: dict[str, object] = {
            "item_type": kind,
            "item_id": item_id,
            "reason": reason if isinstance(reason, str) else "",
        }
        key = by_v2.get(item_id, "")
        if kind in ("PRODUCT", "GIFT_WRAPPING"):
            item = c.item(key)
            quantity = entry.get("quantity")
            if item is None:
                raise ApiError(
                    422, "Invalid refund item", errors={f"{where}.item_id": "is not a product of this order"}
                )
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise ApiError(
                    422, "Invalid refund item", errors={f"{where}.quantity": "must be a whole number from 1"}
                )
            if kind == "PRODUCT":
                left = item.quantity - quantities.get(item_id, 0)
                if quantity > left:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={f"{where}.quantity": f"at most {left} left to refund"},
                    )
                quantities[item_id] = quantities.get(item_id, 0) + quantity
                worth, worth_tax = render.refund_of(order, item, quantity)
            else:
                if item.gift_wrap is None or quantity > item.quantity:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={f"{where}.quantity": "the product has no gift wrapping to refund"},
                    )
                worth, worth_tax = rounded(item.gift_wrap.amount * quantity / item.quantity, places), ZERO
            row["quantity"] = quantity
        else:
            amount = _amount(entry.get("amount"), f"{where}.amount", places)
            if kind == "SHIPPING":
                consignment = c.consignment(key)
                if consignment is None:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={f"{where}.item_id": "is not a shipping address of this order"},
                    )
                shipping_left = t.consignments[key].cost - shipping.get(item_id, ZERO)
                if amount > shipping_left:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={f"{where}.amount": f"at most {shipping_left} of shipping left to refund"},
                    )
                shipping[item_id] = shipping.get(item_id, ZERO) + amount
            elif kind == "FEE":
                fee = next((f for f in c.fees if f.id == key), None)
                if fee is None or amount > fee.cost:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={
                            f"{where}.item_id": "is not a fee of this order, or the amount is more than it"
                        },
                    )
            elif kind == "ORDER":
                if item_id != order.id:
                    raise ApiError(
                        422,
                        "Invalid refund item",
                        errors={f"{where}.item_id": "an ORDER item names the order's id"},
                    )
            else:  # HANDLING: the fake's orders have none
                raise ApiError(
                    422,
                    "Invalid refund item",
                    errors={f"{where}.item_type": "the order has no handling cost"},
                )
            worth, worth_tax = amount, ZERO
            row["requested_amount"] = as_number(amount)
        total += worth
        tax += worth_tax
        recorded.append(row)
    refundable = t.grand_total - order.refunded_amount
    if total > refundable:
        raise ApiError(
            422,
            "The refund is more than is left to refund",
            detail=f"At most {refundable} can still be refunded.",
        )

    def apply() -> None:
        order.refunded_quantities = quantities
        order.refunded_shipping = shipping

    return total, tax, recorded, apply


def _items(request: Request) -> Any:
    body = _body(request)
    if "tax_adjustment_amount" in body:
        raise ApiError(
            422,
            "The fake does not refund tax adjustments",
            detail="Refund items (PRODUCT, SHIPPING, ORDER...) instead.",
        )
    return body.get("items")


def _methods(order: Order, total: Decimal) -> list[list[dict[str, Any]]]:
    amount = as_number(total)
    return [
        [{"provider_id": ONLINE_PROVIDER, "provider_description": "Test card gateway (FakeBigCommerce)",
          "amount": amount, "offline": False, "offline_provider": False, "offline_reason": ""}],
        [{"provider_id": OFFLINE_PROVIDER, "provider_description": "Custom", "amount": amount,
          "offline": True, "offline_provider": True, "offline_reason": "Refunded outside BigCommerce."}],
    ]  # fmt: skip


def create_refund_quote(request: Request) -> Any:
    store, order = request.store, _order(request)
    _captured(store, order)
    total, tax, _, _ = _quote(store, order, _items(request))
    data = {
        "order_id": order.id,
        "total_refund_amount": as_number(total),
        "total_refund_tax_amount": as_number(tax),
        "order_level_refund_amount": 0,
        "rounding": 0,
        "adjustment": 0,
        "tax_inclusive": False,
        "refund_methods": _methods(order, total),
    }
    return Reply(201, {"data": data, "meta": {}})


def create_refund(request: Request) -> Any:
    store, order = request.store, _order(request)
    paid = _captured(store, order)
    body = _body(request)
    total, tax, items, apply = _quote(store, order, _items(request))
    payments = body.get("payments")
    if not isinstance(payments, list) or not payments:
        raise ApiError(
            422, "Invalid refund payments", errors={"payments": "send the refund method the quote offered"}
        )
    places = order.placed.places if order.placed else 2
    paid_back = ZERO
    online = ZERO
    rows: list[dict[str, object]] = []
    for n, p in enumerate(payments):
        where = f"payments[{n}]"
        if not isinstance(p, dict) or p.get("provider_id") not in (ONLINE_PROVIDER, OFFLINE_PROVIDER):
            raise ApiError(
                422,
                "Invalid refund payments",
                errors={f"{where}.provider_id": "use a provider_id the refund quote offered"},
            )
        amount = _amount(p.get("amount"), f"{where}.amount", places)
        offline = p["provider_id"] == OFFLINE_PROVIDER or p.get("offline") is True
        paid_back += amount
        if not offline:
            online += amount
        rows.append({"id": len(store.refunds) + n + 1, "provider_id": p["provider_id"], "amount": as_number(amount),
                     "offline": offline, "is_declined": False, "declined_message": ""})  # fmt: skip
    if paid_back != total:
        raise ApiError(
            422,
            "The payments do not add up to the refund",
            detail=f"The items are worth {total}; the payments add up to {paid_back}. Send a refund quote's amounts.",
        )
    apply()
    if online:
        refund_event = _follow(store, order, "refund", online, paid)
        for row in rows:
            if not row["offline"]:
                row["transaction_id"] = str(refund_event.id)
    reason = body.get("reason", "")
    record = RefundRecord(
        len(store.refunds) + 1,
        order.id,
        reason if isinstance(reason, str) else "",
        total,
        tax,
        tuple(items),
        tuple(rows),
    )
    store.refunds.append(record)
    order.refunded_amount += total
    assert order.totals is not None
    everything = order.refunded_amount >= order.totals.grand_total
    order.status_id = REFUNDED if everything else PARTIALLY_REFUNDED
    order.payment_status = "refunded" if everything else "partially refunded"
    order.touch()
    return Reply(201, {"data": render.refund(record), "meta": {}})


def get_order_refunds(request: Request) -> Any:
    order = _order(request)
    wanted = _query(request).get("transaction_id")
    found = [r for r in request.store.refunds if r.order_id == order.id and _has_transaction(r, wanted)]
    return {"data": [render.refund(r) for r in found], "meta": {}}


def _has_transaction(refund: RefundRecord, transaction_id: Any) -> bool:
    return transaction_id is None or any(
        p.get("transaction_id") == str(transaction_id) for p in refund.payments
    )


def get_refund(request: Request) -> Any:
    raw = request.params["refund_id"]
    refund_id = int(raw) if raw.isdigit() and len(raw) < 12 else -1
    found = next((r for r in request.store.refunds if r.id == refund_id), None)
    if found is None:
        raise ApiError(404, "The refund was not found")
    return {"data": render.refund(found), "meta": {}}


def _ids(value: Any, name: str) -> set[int] | None:
    if value is None:
        return None
    values = value if isinstance(value, list) else str(value).split(",")
    try:
        return {int(v) for v in values}
    except ValueError:
        raise ApiError(400, f"The field '{name}' is invalid", detail="Send comma-separated ids.") from None


def list_refunds(request: Request) -> Any:
    query = _query(request)
    order_ids, refund_ids = _ids(query.get("order_id:in"), "order_id:in"), _ids(query.get("id:in"), "id:in")
    low = _date(str(query["created:min"]), "created:min") if "created:min" in query else None
    high = _date(str(query["created:max"]), "created:max") if "created:max" in query else None
    found = [
        r
        for r in request.store.refunds
        if (order_ids is None or r.order_id in order_ids)
        and (refund_ids is None or r.id in refund_ids)
        and (low is None or datetime.fromisoformat(r.created_time) >= low)
        and (high is None or datetime.fromisoformat(r.created_time) <= high)
        and _has_transaction(r, query.get("transaction_id"))
    ]
    page, limit = _page(query)
    shown = found[(page - 1) * limit : page * limit]
    return {
        "data": [render.refund(r) for r in shown],
        "meta": render_server.pagination(len(found), len(shown), limit, page),
    }


# -- v3: order metafields (the carts' rules and renderer, `resource_type` "order") ---------------


def list_metafields(request: Request) -> Any:
    order = _order(request)
    pool = request.store.order_metafields
    return carts.metafield_page(request, [f for f in pool.values() if f.resource_id == str(order.id)])


def _exists(request: Request, resource_id: str, body: Any, besides: int | None = None) -> None:
    if carts.duplicate_metafield(
        request.store.order_metafields, resource_id, body.namespace, body.key, besides
    ):
        raise ApiError(
            409, "Metafield already exists", errors={"key": "the order has this namespace and key"}
        )


def create_metafield(request: Request) -> Any:
    order = _order(request)
    _exists(request, str(order.id), request.body)
    store = request.store
    field = carts.create_metafield(store, store.order_metafields, str(order.id), request.body, "order")
    return {"data": carts.metafield_json(field), "meta": {}}


def _metafield(request: Request) -> Metafield:
    order = _order(request)
    raw = request.params["metafield_id"]
    found = request.store.order_metafields.get(int(raw)) if raw.isdigit() and len(raw) < 12 else None
    if found is None or found.resource_id != str(order.id):
        raise ApiError(404, "Metafield not found")
    return found


def get_metafield(request: Request) -> Any:
    return {"data": carts.metafield_json(_metafield(request)), "meta": {}}


def update_metafield(request: Request) -> Any:
    field = _metafield(request)
    body = request.body
    merged = msgspec.structs.replace(
        body,
        **{k: getattr(field, k) for k in ("namespace", "key", "value", "permission_set") if getattr(body, k, None) is None},
    ) if isinstance(body, msgspec.Struct) else body  # fmt: skip
    _exists(request, field.resource_id, merged, besides=field.id)
    carts.write_metafield(field, merged)
    return {"data": carts.metafield_json(field), "meta": {}}


def delete_metafield(request: Request) -> Any:
    del request.store.order_metafields[_metafield(request).id]
    return Reply(204)
