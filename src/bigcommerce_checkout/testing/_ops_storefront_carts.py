"""Handlers of the storefront Carts API (`/api/storefront/carts/...`) and storefront Orders API.

Sessions. Creating a cart answers with `Set-Cookie: SHOP_SESSION_TOKEN=...`, the cookie
BigCommerce's storefronts keep the shopper's session in (a UUID, as on real stores). The session
owns the carts it created; every storefront call that names a cart, a checkout or an order answers
only to the session that owns it (404 otherwise, see `_context.owned`). A cart made server-to-server
or with `seed_cart` has no session until `fake.shopper_cookies(cart_id)` gives it one, or a browser
opens one of its redirect URLs. `GET /carts` answers the session's current cart (a list of at most
one, empty without a session). The cookie carries no `Secure` flag because the fake speaks plain
HTTP on loopback; BigCommerce's storefronts are HTTPS-only.

Statuses the published files leave open: deleting the last line item deletes the cart, as
published, and answers 200 with the emptied cart (the only success status published for the
call); stock, unknown products and options are refused with 422 as in the server API.
"""

from __future__ import annotations

import uuid
from typing import Any

import bigcommerce_checkout_schemas as m

from . import _catalog as catalog
from . import _ops_carts as carts
from . import _render_carts as render
from ._catalog import LineRequest
from ._context import Reply, Request, owned
from ._dispatch import SESSION_COOKIE
from ._errors import ApiError, unprocessable
from ._money import rounded
from ._seed import currency as currency_info
from ._state import Checkout, Store


def session_cookie(token: str) -> str:
    return f"{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax"


def new_session(store: Store) -> str:
    token = str(uuid.uuid4())
    store.sessions.add(token)
    return token


def session_for(store: Store, checkout: Checkout) -> str:
    """The session that owns the cart, made now if it has none."""
    if checkout.session_token is None:
        return store.give_session(checkout, new_session(store))
    return checkout.session_token


def _cart(request: Request) -> Checkout:
    found = request.store.checkouts.get(request.params["cartId"])
    if found is None:
        raise ApiError(404, "The cart was not found")
    owned(found, request.session, "cart")
    return found


def _answer(request: Request, checkout: Checkout) -> Any:
    return render.storefront_cart(checkout, request.store, request.include)


def _lines(items: list[m.StorefrontCartLineItemInput] | None) -> list[LineRequest]:
    return [
        LineRequest(
            product_id=li.product_id,
            quantity=li.quantity,
            variant_id=li.variant_id,
            selections=[(s.option_id, s.option_value) for s in li.option_selections or []],
            where=f"line_items[{n}].",
        )
        for n, li in enumerate(items or [])
    ]


def _wraps(store: Store, checkout: Checkout, items: list[m.StorefrontCartLineItemInput] | None) -> None:
    for n, li in enumerate(items or []):
        if li.gift_wrapping is None:
            continue
        item = next((i for i in reversed(checkout.items) if i.product_id == int(li.product_id)), None)
        if item is not None:
            item.gift_wrap = carts.wrap(
                store, li.gift_wrapping, item.kind, item.quantity, checkout.places, f"line_items[{n}]."
            )


def get_cart(request: Request) -> Any:
    found = request.store.session_cart(request.session) if request.session else None
    return [] if found is None else [_answer(request, found)]


def create_cart(request: Request) -> Any:
    body: m.StorefrontCartCreateRequest = request.body
    if body.gift_certificates:
        raise carts.unsupported("gift_certificates")
    store = request.store
    checkout = carts.new_cart(store, _lines(body.line_items), locale=body.locale or "en")
    try:
        _wraps(store, checkout, body.line_items)
    except ApiError:
        carts.delete_cart(store, checkout)
        raise
    known = request.session if request.session in store.sessions else ""
    token = store.give_session(checkout, known or new_session(store))
    return Reply(200, _answer(request, checkout), {"Set-Cookie": session_cookie(token)})


def delete_cart(request: Request) -> Any:
    carts.delete_cart(request.store, _cart(request))
    return Reply(204)


def add_line_items(request: Request) -> Any:
    checkout = _cart(request)
    body: m.StorefrontCartItemsAddRequest = request.body
    carts.check_version(checkout, body.version)
    if body.gift_certificates:
        raise carts.unsupported("gift_certificates")
    carts.add_lines(request.store, checkout, _lines(body.line_items))
    _wraps(request.store, checkout, body.line_items)
    return _answer(request, checkout)


def update_line_item(request: Request) -> Any:
    checkout = _cart(request)
    body: m.StorefrontCartItemUpdateRequest = request.body
    carts.check_version(checkout, body.version)
    if body.gift_certificate is not None:
        raise carts.unsupported("gift_certificate")
    if body.line_item is None:
        raise unprocessable("Invalid line item", line_item="is required")
    [line] = _lines([body.line_item])
    line.where = "line_item."
    item_id = request.params["itemId"]
    carts.update_line(request.store, checkout, item_id, line)
    carts.rewrap(request.store, checkout, item_id, body.line_item.gift_wrapping)
    return _answer(request, checkout)


def delete_line_item(request: Request) -> Any:
    checkout = _cart(request)
    body: m.CartVersionOnly | None = request.body
    carts.check_version(checkout, body.version if body else None)
    carts.delete_line(request.store, checkout, request.params["itemId"])
    return _answer(request, checkout)


def update_currency(request: Request) -> Any:
    checkout = _cart(request)
    body: m.StorefrontCartCurrencyRequest = request.body
    code = body.currency_code
    # The statuses of carts.sf.yml: 422 for missing or invalid data, 404 for a currency not found.
    if len(code) != 3 or not code.isascii() or not code.isalpha() or not code.isupper():
        raise unprocessable("Invalid currency code", currency_code="send an ISO 4217 code such as EUR")
    if code not in catalog.RATES:
        raise ApiError(
            404,
            "Currency not found",
            errors={"currencyCode": f"the store sells in {', '.join(catalog.RATES)}"},
        )
    manual = checkout.cart_discounts or any(i.manual_discount for i in checkout.items)
    if checkout.coupons or checkout.gift_certificates or manual:
        raise unprocessable(
            "The cart cannot change currency now",
            currency_code="remove coupons, gift certificates and manual discounts first",
        )
    if code != checkout.currency:
        places = currency_info(code)[3]
        ratio = catalog.RATES[code] / catalog.RATES[checkout.currency]
        for item in checkout.items:
            item.price = rounded(item.price * ratio, places)
            if item.original_price is not None:
                item.original_price = rounded(item.original_price * ratio, places)
        checkout.currency, checkout.places = code, places
        checkout.touch()
    return [_answer(request, checkout)]


def get_order(request: Request) -> Any:
    raw = request.params["orderId"]
    order_id = int(raw) if raw.isdigit() and len(raw) < 12 else -1
    order = next((o for o in request.store.orders if o.id == order_id), None)
    if order is None or not request.session or order.session_token != request.session:
        raise ApiError(
            404,
            "The order was not found",
            detail="The storefront shows an order only to the session whose cart it was made from.",
        )
    return render.storefront_order(order, request.store, request.include)
