"""Payments: accepted methods and payment access tokens (API gateway), and the payments host.

The payments host (`POST /stores/{store_hash}/payments` on the fake's own URL) charges orders
through one test gateway, whose method id is `braintree.card`, the id the spec's examples use, so
the documentation's calls run unchanged against the fake. Which card numbers do what is the
`TEST_CARDS` table (also in the package docstring and the testing-offline guide).

Facts this follows, and where they come from (BigCommerce's Payments API overview,
docs/store-operations/payments in bigcommerce/docs, and its token reference page):

* a payment access token (PAT) is "single use", tied to one order, and valid for one hour (the
  published example token is a JWT whose `exp` is its `iat` plus 3600 s);
* a successful payment moves the order to Awaiting Fulfillment (`_state.AWAITING_FULFILLMENT`);
* it shows in the order's v3 transactions as a `purchase`, or as an `authorization` when the store
  only authorises (`FakeBigCommerce.authorize_only`; the process-payment answer's
  `transaction_type` names both), to be captured or voided through the Orders v3 payment actions;
* a token can be made only for an order in status Incomplete, and a payment is refused for any
  other status (error code 30101, "the order is in the wrong status");
* error bodies are `{status, title, type, detail?, code?, errors}` (the published `Error Payment
  Response`), with the codes of the overview's error table: 10001 invalid data, 30000 method not
  configured, 30003 order not found, 30051 stored instrument not found, 30101 order not awaiting
  payment, 30102 card details not verified, 30103 card expired, 30104 declined by the issuer,
  30106 insufficient funds.

Where BigCommerce says nothing, the fake chooses, strictly (code that works here works there):

* a PAT is spent by the first payment that reaches the gateway, declined or not: after a decline,
  create a new token to try another card. Requests refused before the gateway (a wrong `Accept`,
  a malformed body, an unknown method) leave it unspent;
* `Accept` must name `application/vnd.bc.v1+json` (400 otherwise), as the published parameter
  requires;
* a malformed JSON body is 400 and a body that does not fit the schema 422, both with code 10001;
* a missing, malformed, unknown, expired or spent PAT, or one of another store, is 401;
* its tokens are random strings, not JWTs: a client must treat a PAT as opaque anyway;
* any card number that is not a test card is declined (30102): the fake never accepts a real card.

The PAT and card data never reach a log line, an error body or `fake.requests` (`mask_headers`,
`mask_body`); a payment keeps the card's brand and last four digits only.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import msgspec

import bigcommerce_checkout_schemas as m

from ._context import Request, Route
from ._errors import ApiError, error_body
from ._state import (
    AWAITING_FULFILLMENT,
    INCOMPLETE,
    Order,
    Payment,
    PaymentToken,
    Store,
    StoredCard,
    Transaction,
    now_iso,
)

OPERATIONS = frozenset({"listPaymentMethods", "createPaymentAccessToken", "processPayment"})
SUCCESS_STATUS = {"listPaymentMethods": 200, "createPaymentAccessToken": 201, "processPayment": 201}
ACCEPT = "application/vnd.bc.v1+json"
CARD_METHOD_ID = "braintree.card"
CARD_METHOD_NAME = "Test card gateway (FakeBigCommerce)"
BRANDS = ("VISA", "MASTERCARD", "AMEX", "DISCOVER")


@dataclass(frozen=True)
class TestCard:
    """One number of the test gateway and what the gateway answers for it."""

    __test__ = False  # not a pytest test class

    number: str
    brand: str
    code: int | None  # None: the payment succeeds; else the decline's error code
    outcome: str  # what happens, for the docs


TEST_CARDS: tuple[TestCard, ...] = (
    TestCard("4242424242424242", "VISA", None, "succeeds"),
    TestCard("4111111111111111", "VISA", None, "succeeds"),
    TestCard("5555555555554444", "MASTERCARD", None, "succeeds"),
    TestCard("378282246310005", "AMEX", None, "succeeds (4-digit CVV)"),
    TestCard("4000000000000002", "VISA", 30104, "declined by the issuer"),
    TestCard("4000000000009995", "VISA", 30106, "declined: insufficient funds"),
    TestCard("4000000000000069", "VISA", 30103, "declined: the card has expired"),
    TestCard("4000000000000127", "VISA", 30102, "declined: the CVV does not match"),
)
BY_NUMBER = {c.number: c for c in TEST_CARDS}

# code -> (title, detail), in our words after the overview's error table
DECLINES: dict[int, tuple[str, str]] = {
    30102: (
        "The card details could not be verified",
        "Check the number, expiry and verification value, then pay again with a new token.",
    ),
    30103: ("The card has expired", "Ask the shopper for a card that is still valid."),
    30104: (
        "The card was declined",
        "The issuer declined the payment; ask the shopper for another card or payment method.",
    ),
    30106: (
        "The card was declined for insufficient funds",
        "Ask the shopper for another card or payment method.",
    ),
}


class PaymentError(ApiError):
    """An error of the payments endpoints: BigCommerce's error body plus the payments `code`."""

    def __init__(self, status: int, title: str, code: int | None = None, **kwargs: Any) -> None:
        super().__init__(status, title, **kwargs)
        self.code = code

    def body(self) -> dict[str, Any]:
        body = error_body(self.status, self.title, errors=self.errors, detail=self.detail)
        if self.code is not None:
            body["code"] = self.code
        return body


@dataclass
class PaymentsRequest(Request):
    """A payments call: what `Request` holds, plus the query, the headers and the store's hash."""

    query: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    store_hash: str = ""


# --------------------------------------------------------------------------- dispatch


def serve(
    store: Store,
    store_hash: str,
    route: Route,
    params: dict[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    raw_body: bytes,
) -> tuple[int, Any]:
    """Check and run one payments call (after the API token, for the two server operations)."""
    if route.operation_id == "processPayment" and not _accepts(headers.get("accept", "")):
        raise PaymentError(
            400,
            "The Accept header must be application/vnd.bc.v1+json",
            10001,
            detail="The payments host answers only this media type; send it in Accept.",
        )
    parsed_query = _query(route, query)
    with store.lock:
        if route.operation_id == "processPayment":
            _token(store, store_hash, params, headers)  # 401 before the body is even read
        body = _body(route, raw_body)
        request = PaymentsRequest(
            store, params, body, raw_body=raw_body, query=parsed_query, headers=headers, store_hash=store_hash
        )
        return SUCCESS_STATUS[route.operation_id], route.handler(request)


def _accepts(value: str) -> bool:
    types = [part.split(";")[0].strip().lower() for part in value.split(",")]
    return ACCEPT in types


def _query(route: Route, query: Mapping[str, Sequence[str]]) -> Any:
    if route.query is None:
        return None
    values = {k: v[0] for k, v in query.items() if v}
    try:
        return msgspec.convert(values, route.query, strict=False)
    except msgspec.ValidationError as exc:
        raise PaymentError(400, "A query parameter is not valid", 10001, errors=_where(str(exc))) from None


def _body(route: Route, raw: bytes) -> Any:
    if route.body is None:
        return None
    if not raw.strip():
        raise PaymentError(400, "A request body is required", 10001, errors={"body": "is required"})
    try:
        return msgspec.json.decode(raw, type=route.body)
    except msgspec.ValidationError as exc:
        raise PaymentError(422, "The request data is not valid", 10001, errors=_where(str(exc))) from None
    except msgspec.DecodeError:
        raise PaymentError(
            400, "The request body is not valid JSON", 10001, errors={"body": "is not valid JSON"}
        ) from None


def _where(message: str) -> dict[str, str]:
    """msgspec's `Expected `int`, got `str` - at `$.order.id`` as {"order.id": ...}; no value is echoed."""
    text, sep, path = message.rpartition(" - at `")
    if not sep:
        text, path = message, ""
    where = path.rstrip("`").removeprefix("$").removeprefix(".") or "body"
    missing = re.fullmatch(r"Object missing required field `([^`]+)`", text)
    if missing:
        return {f"{where}.{missing.group(1)}" if where != "body" else missing.group(1): "is required"}
    if text.startswith("Invalid value") or text.startswith("Invalid enum value"):
        text = "is not an allowed value"
    return {where: text}


def _token(
    store: Store, store_hash: str, params: Mapping[str, str], headers: Mapping[str, str]
) -> PaymentToken:
    """The payment access token the request carries; 401 (never echoing it) when it cannot pay."""
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme != "PAT" or not value.strip():
        raise _unauthorized("Send the order's payment access token as `Authorization: PAT <token>`.")
    found = next(
        (
            t
            for key, t in store.payment_tokens.items()
            if hmac.compare_digest(key.encode(), value.strip().encode())
        ),
        None,
    )
    if found is None or found.store_hash != params.get("store_hash") or found.store_hash != store_hash:
        raise _unauthorized("The payment access token is not one this store issued.")
    if time.monotonic() >= found.expires_at:
        raise _unauthorized("The payment access token has expired; create a new one for the order.")
    if found.spent:
        raise _unauthorized(
            "The payment access token was used by an earlier payment; create a new one for the order."
        )
    return found


def _unauthorized(detail: str) -> PaymentError:
    return PaymentError(401, "Unauthorized", detail=detail)


# --------------------------------------------------------------------------- handlers


def _order(store: Store, order_id: int) -> Order:
    found = next((o for o in store.orders if o.id == order_id), None)
    if found is None:
        raise PaymentError(404, "Order not found", 30003, detail="No order of this store has this id.")
    return found


def list_methods(request: Request) -> Any:
    """The methods that can pay an order (`order_id`) or a checkout (`checkout_id`)."""
    assert isinstance(request, PaymentsRequest)
    store = request.store
    order_id = getattr(request.query, "order_id", None)
    checkout_id = getattr(request.query, "checkout_id", None)
    if order_id is None and checkout_id is None:
        raise PaymentError(
            400, "Give order_id or checkout_id", 10001, errors={"order_id": "or checkout_id is required"}
        )
    customer_id = 0
    if order_id is not None:
        if order_id < 1:
            raise PaymentError(422, "Order id is invalid", 10001, errors={"order_id": "must be at least 1"})
        order = _order(store, order_id)
        if checkout_id is not None and checkout_id != order.checkout_id:
            raise PaymentError(
                422,
                "The order and the checkout do not match",
                10001,
                errors={"checkout_id": "is not the checkout this order was created from"},
            )
        customer_id = order.customer_id
    else:
        checkout = store.checkouts.get(str(checkout_id))
        if checkout is None:
            raise PaymentError(404, "Checkout not found", detail="No checkout of this store has this id.")
        customer_id = checkout.customer_id
    cards = [c for c in store.stored_cards.values() if customer_id and c.customer_id == customer_id]
    supported: list[dict[str, Any]] = [
        {"instrument_type": brand, "verification_value_required": True} for brand in BRANDS
    ]
    supported.append({"instrument_type": "STORED_CARD", "verification_value_required": False})
    method = {
        "id": CARD_METHOD_ID,
        "name": CARD_METHOD_NAME,
        "type": "card",
        "test_mode": True,
        "supported_instruments": supported,
        "stored_instruments": [stored_instrument(c) for c in cards],
    }
    return {"data": [method], "meta": {}}


def stored_instrument(card: StoredCard) -> dict[str, Any]:
    return {
        "type": "stored_card",
        "token": card.token,
        "brand": card.brand,
        "expiry_month": card.expiry_month,
        "expiry_year": card.expiry_year,
        "issuer_identification_number": card.number[:6],
        "last_4": card.last_4,
        "is_default": card.is_default,
    }


def create_access_token(request: Request) -> Any:
    assert isinstance(request, PaymentsRequest)
    body: m.PaymentAccessTokenRequest = request.body
    store = request.store
    order = _order(store, body.order.id)
    if order.status_id != INCOMPLETE:
        raise PaymentError(
            409,
            "Order is not awaiting payment",
            30101,
            detail="Only an order in status Incomplete can be paid; this one is already paid.",
        )
    token = secrets.token_urlsafe(32)
    store.payment_tokens[token] = PaymentToken(
        order.id, request.store_hash, time.monotonic() + store.payment_token_ttl
    )
    return {"data": {"id": token}, "meta": {}}


def process(request: Request) -> Any:
    """Charge the token's order through the test gateway."""
    assert isinstance(request, PaymentsRequest)
    store = request.store
    token = _token(store, request.store_hash, request.params, request.headers)
    payment: m.PaymentRequest = request.body.payment
    order = _order(store, token.order_id)
    if order.status_id != INCOMPLETE:
        raise PaymentError(
            422,
            "Order is not awaiting payment",
            30101,
            detail="The order is already paid; it takes no second payment. Read its status.",
        )
    if payment.payment_method_id != CARD_METHOD_ID:
        raise PaymentError(
            422,
            "The payment method is not configured for this store",
            30000,
            errors={"payment.payment_method_id": f"use one of the accepted methods: {CARD_METHOD_ID}"},
        )
    instrument = payment.instrument
    if isinstance(instrument, m.PaymentCard):
        token.spent = True  # the gateway has it now: declined or not, this token is used up
        number, brand, kind = instrument.number, _card_checks(instrument), "card"
    elif isinstance(instrument, m.PaymentStoredCard):
        stored = store.stored_cards.get(instrument.token)
        if stored is None or not order.customer_id or stored.customer_id != order.customer_id:
            raise PaymentError(
                422,
                "The stored instrument was not found",
                30051,
                detail="Use a token the accepted-methods call lists for this order's customer.",
            )
        token.spent = True
        number, brand, kind = stored.number, stored.brand, "stored_card"
    else:
        raise PaymentError(
            422,
            "The request data is not valid",
            10001,
            errors={"payment.instrument.type": "the card method takes a card or a stored card"},
        )
    card = BY_NUMBER.get(number)
    if card is None:
        raise _declined(30102, "payment.instrument.number", "is not one of the fake gateway's test cards")
    if card.code is not None:
        raise _declined(card.code)
    kind_of_charge = "authorization" if store.authorize_only else "purchase"
    transaction = Payment(
        id=str(uuid.uuid4()),
        order_id=order.id,
        amount=order.totals.grand_total if order.totals is not None else Decimal(str(order.grand_total)),
        currency=order.currency,
        payment_method_id=payment.payment_method_id,
        instrument_type=kind,
        brand=brand,
        last_4=number[-4:],
        transaction_type=kind_of_charge,
        created_time=now_iso(),
    )
    store.payments.append(transaction)
    store.transactions.append(
        Transaction(
            len(store.transactions) + 1,
            order.id,
            kind_of_charge,
            transaction.amount,
            order.currency,
            transaction,
        )
    )
    order.status_id = AWAITING_FULFILLMENT
    order.payment_status = "authorized" if store.authorize_only else "captured"
    order.touch()
    checkout = store.checkouts.pop(order.checkout_id, None)
    if checkout is not None:  # BigCommerce deletes the cart once its order is paid
        store.closed_checkouts[checkout.id] = checkout
    if isinstance(instrument, m.PaymentCard) and payment.save_instrument and order.customer_id:
        save_card(store, order.customer_id, number, instrument.expiry_month, instrument.expiry_year)
    return {"data": {"id": transaction.id, "transaction_type": kind_of_charge, "status": "success"}}


def _card_checks(card: m.PaymentCard) -> str:
    """The card's brand, once its number, expiry and CVV look like a card's (else a decline)."""
    if not card.number.isdigit() or not 12 <= len(card.number) <= 19 or not luhn(card.number):
        raise _declined(30102, "payment.instrument.number", "is not a valid card number")
    brand = brand_of(card.number)
    if brand is None:
        raise _declined(30102, "payment.instrument.number", "is not a brand this method takes")
    today = datetime.now(UTC)
    if (card.expiry_year, card.expiry_month) < (today.year, today.month):
        raise _declined(30103)
    cvv = card.verification_value
    if cvv is None:
        raise _declined(30102, "payment.instrument.verification_value", "is required")
    if not cvv.isdigit() or len(cvv) != (4 if brand == "AMEX" else 3):
        raise _declined(30102, "payment.instrument.verification_value", "is not valid for this card")
    return brand


def _declined(code: int, where: str | None = None, message: str = "") -> PaymentError:
    title, detail = DECLINES[code]
    return PaymentError(422, title, code, detail=detail, errors={where: message} if where else None)


def luhn(number: str) -> bool:
    total = 0
    for n, digit in enumerate(reversed(number)):
        value = int(digit) * (2 if n % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def brand_of(number: str) -> str | None:
    if number.startswith("4"):
        return "VISA"
    if number[:2] in ("34", "37"):
        return "AMEX"
    if 51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720:
        return "MASTERCARD"
    if number.startswith(("6011", "65")):
        return "DISCOVER"
    return None


def save_card(store: Store, customer_id: int, number: str, month: int, year: int) -> StoredCard:
    """Store a card for a customer (the first one is the default) and return it."""
    brand = brand_of(number) or "VISA"
    first = not any(c.customer_id == customer_id for c in store.stored_cards.values())
    card = StoredCard(secrets.token_hex(32), customer_id, number, brand, month, year, first)
    store.stored_cards[card.token] = card
    return card


# --------------------------------------------------------------------------- secrets


MASK = "[masked]"
_CARD_FIELDS = ("number", "verification_value", "cardholder_name", "expiry_month", "expiry_year")


_LOGIN_TOKEN = re.compile(r"(/login/token/)[^/?\s]+")


def mask_path(text: str) -> str:
    """`text` (a path, or a log line holding one) with a customer login token masked: the token
    is a signed credential, single use but valid for 30 s, and the path carries it."""
    return _LOGIN_TOKEN.sub(rf"\g<1>{MASK}", text)


def mask_headers(operation_id: str | None, headers: dict[str, str]) -> dict[str, str]:
    """The headers to record: any `Authorization` (a payment's PAT) masked, whatever the route."""
    if "authorization" not in headers:
        return headers
    scheme = headers["authorization"].partition(" ")[0]
    return {**headers, "authorization": f"{scheme} {MASK}"}


def mask_body(operation_id: str | None, raw: bytes) -> bytes:
    """The body to record: card data masked (the last four digits of the number kept).

    Any route's body with a `payment.instrument` is masked (a payment sent to a wrong path holds
    card data too); a payment's body that is not JSON, or not shaped as one, is `[masked]` whole:
    it may hold card data the fake cannot find.
    """
    is_payment = operation_id == "processPayment"
    if not raw or (not is_payment and b"instrument" not in raw):
        return raw
    try:
        data = json.loads(raw)
    except ValueError:
        return MASK.encode() if is_payment else raw
    payment = data.get("payment") if isinstance(data, dict) else None
    instrument = payment.get("instrument") if isinstance(payment, dict) else None
    if not isinstance(instrument, dict):
        return MASK.encode() if is_payment else raw
    for name in _CARD_FIELDS:
        if name in instrument:
            value = instrument[name]
            keep = value[-4:] if name == "number" and isinstance(value, str) and len(value) > 8 else ""
            instrument[name] = f"{MASK}{keep}"
    return json.dumps(data).encode()


def expire_tokens(store: Store, order_id: int | None = None) -> int:
    """Make tokens (all, or one order's) expired now; returns how many were still valid."""
    now = time.monotonic()
    count = 0
    for token in store.payment_tokens.values():
        if order_id is None or token.order_id == order_id:
            if token.expires_at > now:
                count += 1
            token.expires_at = now
    return count
