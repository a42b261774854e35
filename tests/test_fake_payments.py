"""The fake's payments: accepted methods, payment access tokens, the payments host and its test gateway.

Raw HTTP over loopback (the facade's side is in tests/test_payments_flow.py): every status and
error body the fake answers, checked against the spec's schemas; the order's status and the cart
after a payment; the token's lifetime and single use; and the PAT and card data never recorded,
logged or echoed.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout.testing._payments import OPERATIONS, TEST_CARDS, luhn
from bigcommerce_checkout_schemas import PaymentError, PaymentMethodsResponse
from bigcommerce_checkout_schemas import ProcessPaymentResponse as ProcessPaymentAnswer
from tests.fake_support import ACCEPT, CVV, HOLDER, PaymentsStore, card, conforms, loaded_spec


def _documented() -> dict[str, set[int]]:
    """The statuses the spec documents for each payments operation."""
    spec = loaded_spec()
    found = {}
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") in OPERATIONS:
                found[op["operationId"]] = {int(s) for s in op["responses"]}
    return found


DOCUMENTED = _documented()


@pytest.fixture
def store() -> Iterator[PaymentsStore]:
    with FakeBigCommerce() as fake:
        state = PaymentsStore(fake)
        yield state
        state.api.close()
        state.host.close()
        # whatever a test made the fake answer, the spec documents that status for the operation
        answered = {(r.operation_id, r.status) for r in fake.requests if r.operation_id in OPERATIONS}
        assert {(op, status) for op, status in answered if status not in DOCUMENTED[op] | {None}} == set()


def refused(answer: httpx.Response, status: int, code: int | None = None) -> dict[str, Any]:
    """The answer is the error `status` (with the payments `code`), in the spec's error shape."""
    assert answer.status_code == status, answer.text
    conforms(answer, "PaymentError", PaymentError)
    body: dict[str, Any] = answer.json()
    assert body["status"] == status
    assert body.get("code") == code, body
    return body


# --- accepted methods --------------------------------------------------------------------------


def test_methods_for_an_order_or_its_checkout(store: PaymentsStore) -> None:
    cart, order_id = store.order()
    by_order = store.api.get("/payments/methods", params={"order_id": order_id})
    conforms(by_order, "PaymentMethodsResponse", PaymentMethodsResponse)
    [method] = by_order.json()["data"]
    assert (method["id"], method["type"], method["test_mode"]) == ("braintree.card", "card", True)
    kinds = [i["instrument_type"] for i in method["supported_instruments"]]
    assert kinds == ["VISA", "MASTERCARD", "AMEX", "DISCOVER", "STORED_CARD"]
    assert method["stored_instruments"] == []  # a guest has none
    by_checkout = store.api.get("/payments/methods", params={"checkout_id": cart})
    assert by_checkout.json() == by_order.json()
    both = store.api.get("/payments/methods", params={"order_id": order_id, "checkout_id": cart})
    assert both.status_code == 200


def test_methods_refusals(store: PaymentsStore) -> None:
    _, order_id = store.order()
    refused(store.api.get("/payments/methods"), 400, 10001)
    refused(store.api.get("/payments/methods", params={"order_id": "abc"}), 400, 10001)
    refused(store.api.get("/payments/methods", params={"order_id": 0}), 422, 10001)
    refused(store.api.get("/payments/methods", params={"order_id": 999}), 404, 30003)
    other_cart, _ = store.order()
    mixed = {"order_id": order_id, "checkout_id": other_cart}
    refused(store.api.get("/payments/methods", params=mixed), 422, 10001)
    gone = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
    refused(store.api.get("/payments/methods", params={"checkout_id": gone}), 404)
    no_token = httpx.get(f"{store.fake.server_api_url}/payments/methods", params={"order_id": order_id})
    assert no_token.status_code == 401


def test_a_customers_stored_cards_are_listed_for_their_orders_only(store: PaymentsStore) -> None:
    customer = store.fake.seed_customer("sam@example.com")
    token = store.fake.seed_stored_card(customer, "5555555555554444", expiry_month=4, expiry_year=2030)
    _, theirs = store.order(customer_id=customer)
    _, guests = store.order()
    [method] = store.api.get("/payments/methods", params={"order_id": theirs}).json()["data"]
    assert method["stored_instruments"] == [
        {
            "type": "stored_card",
            "token": token,
            "brand": "MASTERCARD",
            "expiry_month": 4,
            "expiry_year": 2030,
            "issuer_identification_number": "555555",
            "last_4": "4444",
            "is_default": True,
        }
    ]
    assert re.fullmatch(r"[0-9a-f]{64}", token)
    [method] = store.api.get("/payments/methods", params={"order_id": guests}).json()["data"]
    assert method["stored_instruments"] == []
    with pytest.raises(ValueError, match="test gateway"):
        store.fake.seed_stored_card(customer, "4012888888881881")
    with pytest.raises(ValueError, match="not seeded"):
        store.fake.seed_stored_card(customer + 1)


# --- payment access tokens ---------------------------------------------------------------------


def test_token_refusals(store: PaymentsStore) -> None:
    refused(store.api.post("/payments/access_tokens", json={"order": {"id": 999}}), 404, 30003)
    refused(store.api.post("/payments/access_tokens", json={"order": {"id": 0}}), 422, 10001)
    refused(store.api.post("/payments/access_tokens", json={"order": {}}), 422, 10001)
    refused(store.api.post("/payments/access_tokens", content=b"{not json"), 400, 10001)
    refused(store.api.post("/payments/access_tokens"), 400, 10001)
    bad = httpx.post(f"{store.fake.server_api_url}/payments/access_tokens", json={"order": {"id": 1}})
    assert bad.status_code == 401


def test_each_token_is_new(store: PaymentsStore) -> None:
    _, order_id = store.order()
    first, second = store.token(order_id), store.token(order_id)
    assert first != second
    assert len(first) >= 32


# --- process payment ---------------------------------------------------------------------------


def test_a_payment_pays_the_order_records_one_payment_and_deletes_the_cart(store: PaymentsStore) -> None:
    cart, order_id = store.order()
    assert store.fake.order(order_id).status == "INCOMPLETE"
    assert store.fake.order(order_id).status_id == 0
    answer = store.pay(store.token(order_id), card())
    assert answer.status_code == 201, answer.text
    conforms(answer, "ProcessPaymentResponse", ProcessPaymentAnswer)
    data = answer.json()["data"]
    assert (data["status"], data["transaction_type"]) == ("success", "purchase")
    order = store.fake.order(order_id)
    assert (order.status, order.status_id) == ("AWAITING_FULFILLMENT", 11)
    [payment] = store.fake.payments
    assert (payment.id, payment.order_id, payment.currency) == (data["id"], order_id, "USD")
    assert payment.amount == 70  # 2 x 32 and 6 shipping: the order's grand total
    assert float(payment.amount) == order.grand_total
    assert (payment.payment_method_id, payment.instrument_type, payment.brand, payment.last_4) == (
        "braintree.card",
        "card",
        "VISA",
        "4242",
    )
    # the cart and its checkout are gone, on both APIs
    assert store.api.get(f"/checkouts/{cart}").status_code == 404
    assert httpx.get(f"{store.fake.storefront_api_url}/checkouts/{cart}").status_code == 404
    with pytest.raises(KeyError):
        store.fake.checkout(cart)
    # and a paid order takes no new token
    refused(store.api.post("/payments/access_tokens", json={"order": {"id": order_id}}), 409, 30101)


def test_a_second_payment_of_a_paid_order_is_refused(store: PaymentsStore) -> None:
    _, order_id = store.order()
    first, second = store.token(order_id), store.token(order_id)
    assert store.pay(first, card()).status_code == 201
    refused(store.pay(second, card("5555555555554444")), 422, 30101)
    assert len(store.fake.payments) == 1


@pytest.mark.parametrize("test_card", [c for c in TEST_CARDS if c.code is not None], ids=lambda c: c.number)
def test_declining_cards_answer_their_code_and_take_nothing(store: PaymentsStore, test_card: Any) -> None:
    cart, order_id = store.order()
    body = refused(store.pay(store.token(order_id), card(test_card.number)), 422, test_card.code)
    assert body["title"]
    assert body["detail"]
    assert store.fake.payments == []
    assert store.fake.order(order_id).status == "INCOMPLETE"
    assert store.api.get(f"/checkouts/{cart}").status_code == 200  # the cart stays


@pytest.mark.parametrize("test_card", [c for c in TEST_CARDS if c.code is None], ids=lambda c: c.number)
def test_every_success_card_pays(store: PaymentsStore, test_card: Any) -> None:
    _, order_id = store.order()
    cvv = "1234" if test_card.brand == "AMEX" else CVV
    answer = store.pay(store.token(order_id), card(test_card.number, verification_value=cvv))
    assert answer.status_code == 201, answer.text
    assert [(p.brand, p.last_4) for p in store.fake.payments] == [(test_card.brand, test_card.number[-4:])]


def test_the_test_cards_are_card_numbers() -> None:
    assert all(luhn(c.number) for c in TEST_CARDS)
    assert {c.code for c in TEST_CARDS} >= {None, 30104, 30106}


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"number": "4242424242424241"}, 30102, "number"),  # fails the Luhn check
        ({"number": "4242 4242 4242 4242"}, 30102, "number"),
        ({"number": "4012888888881881"}, 30102, "number"),  # a real test number of others, not ours
        ({"expiry_year": 2020}, 30103, None),
        ({"verification_value": None}, 30102, "verification_value"),
        ({"verification_value": "1234"}, 30102, "verification_value"),  # a Visa's CVV has 3 digits
    ],
)
def test_card_data_the_gateway_refuses(
    store: PaymentsStore, changes: dict[str, Any], code: int, field: str | None
) -> None:
    _, order_id = store.order()
    body = card(**changes)
    body["payment"]["instrument"] = {k: v for k, v in body["payment"]["instrument"].items() if v is not None}
    token = store.token(order_id)
    answer = refused(store.pay(token, body), 422, code)
    if field is not None:
        assert list(answer["errors"]) == [f"payment.instrument.{field}"]
    assert store.fake.payments == []
    refused(store.pay(token, card()), 401)  # the gateway saw it: the token is used up


def test_a_token_is_spent_by_a_decline_but_not_by_a_request_refused_before_the_gateway(
    store: PaymentsStore,
) -> None:
    _, order_id = store.order()
    token = store.token(order_id)
    wrong_method = card()
    wrong_method["payment"]["payment_method_id"] = "stripe.card"
    refused(store.pay(token, wrong_method), 422, 30000)
    refused(store.pay(token, {"payment": {"payment_method_id": "braintree.card"}}), 422, 10001)
    credit = {"payment": {"instrument": {"type": "store_credit"}, "payment_method_id": "braintree.card"}}
    refused(store.pay(token, credit), 422, 10001)
    refused(store.pay(token, card(), accept="application/json"), 400, 10001)
    refused(store.pay(token, card("4000000000000002")), 422, 30104)  # reaches the gateway
    spent = refused(store.pay(token, card()), 401)
    assert "used" in spent["detail"]
    assert store.pay(store.token(order_id), card()).status_code == 201  # a new token pays


def test_what_the_payments_host_checks_first(store: PaymentsStore) -> None:
    _, order_id = store.order()
    token = store.token(order_id)
    refused(store.pay(token, card(), accept=None), 400, 10001)
    refused(store.pay(token, card(), accept="*/*"), 400, 10001)
    refused(store.pay(None, card()), 401)
    refused(
        store.host.post(
            "/payments", json=card(), headers={"Authorization": f"Bearer {token}", "Accept": ACCEPT}
        ),
        401,
    )
    refused(store.pay("not-a-token", card()), 401)
    other_store = httpx.post(
        f"{store.fake.payments_url}/stores/otherstore/payments",
        json=card(),
        headers={"Authorization": f"PAT {token}", "Accept": ACCEPT},
    )
    refused(other_store, 401)
    # a malformed body is refused after the token is checked, and leaves it unspent
    refused(
        store.host.post(
            "/payments", content=b"{", headers={"Authorization": f"PAT {token}", "Accept": ACCEPT}
        ),
        400,
        10001,
    )
    refused(store.pay(token, {"payment": {}}), 422, 10001)
    assert store.pay(token, card(), accept=f"application/json, {ACCEPT}; q=0.9").status_code == 201


def test_tokens_expire(store: PaymentsStore) -> None:
    _, order_id = store.order()
    assert store.fake.payment_token_ttl == 3600  # BigCommerce's: one hour
    token = store.token(order_id)
    assert store.fake.expire_payment_tokens(order_id) == 1
    assert "expired" in refused(store.pay(token, card()), 401)["detail"]
    store.fake.payment_token_ttl = 0.2
    short = store.token(order_id)
    time.sleep(0.3)
    refused(store.pay(short, card()), 401)
    store.fake.payment_token_ttl = 60
    assert store.pay(store.token(order_id), card()).status_code == 201
    with pytest.raises(ValueError, match="payment_token_ttl"):
        store.fake.payment_token_ttl = 0


def test_a_token_pays_its_own_order_only(store: PaymentsStore) -> None:
    _, first = store.order()
    _, second = store.order()
    assert store.pay(store.token(first), card()).status_code == 201
    assert (store.fake.order(first).status, store.fake.order(second).status) == (
        "AWAITING_FULFILLMENT",
        "INCOMPLETE",
    )
    assert [p.order_id for p in store.fake.payments] == [first]


def test_stored_cards_pay_for_their_customer_only(store: PaymentsStore) -> None:
    customer = store.fake.seed_customer("sam@example.com")
    stored = store.fake.seed_stored_card(customer)
    declining = store.fake.seed_stored_card(customer, "4000000000009995")
    _, guests = store.order()
    use: dict[str, Any] = {
        "payment": {
            "instrument": {"type": "stored_card", "token": stored},
            "payment_method_id": "braintree.card",
        }
    }
    refused(store.pay(store.token(guests), use), 422, 30051)
    _, theirs = store.order(customer_id=customer)
    use["payment"]["instrument"]["token"] = declining
    refused(store.pay(store.token(theirs), use), 422, 30106)
    use["payment"]["instrument"]["token"] = stored
    assert store.pay(store.token(theirs), use).status_code == 201
    [payment] = store.fake.payments
    assert (payment.instrument_type, payment.last_4) == ("stored_card", "4242")


def test_save_instrument_stores_the_card_of_a_signed_in_customer(store: PaymentsStore) -> None:
    customer = store.fake.seed_customer("sam@example.com")
    _, first = store.order(customer_id=customer)
    body = card("5555555555554444")
    body["payment"]["save_instrument"] = True
    assert store.pay(store.token(first), body).status_code == 201
    _, second = store.order(customer_id=customer)
    [method] = store.api.get("/payments/methods", params={"order_id": second}).json()["data"]
    [saved] = method["stored_instruments"]
    assert (saved["last_4"], saved["brand"], saved["is_default"]) == ("4444", "MASTERCARD", True)
    assert "5555555555554444" not in str(method)


# --- the lost answer ---------------------------------------------------------------------------


def test_delay_answer_takes_the_payment_before_the_client_gives_up(store: PaymentsStore) -> None:
    _, order_id = store.order()
    token = store.token(order_id)
    store.fake.faults.add("processPayment", delay_answer=2)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        store.host.post(
            "/payments", json=card(), headers={"Authorization": f"PAT {token}", "Accept": ACCEPT}, timeout=0.3
        )
    assert time.monotonic() - started < 1.5
    assert len(store.fake.payments) == 1  # taken already, while the answer waits
    assert store.fake.order(order_id).status == "AWAITING_FULFILLMENT"


def test_delay_answer_with_a_drop_never_answers(store: PaymentsStore) -> None:
    _, order_id = store.order()
    store.fake.faults.add("processPayment", delay_answer=0.05, drop="after_processing")
    with pytest.raises(httpx.RemoteProtocolError):
        store.pay(store.token(order_id), card())
    assert len(store.fake.payments) == 1
    assert store.fake.requests_for("processPayment")[-1].status is None


def test_delay_answer_is_checked(store: PaymentsStore) -> None:
    with pytest.raises(ValueError, match="delay_answer"):
        store.fake.faults.add("processPayment", delay_answer=-1)
    with pytest.raises(ValueError, match="delay_answer"):
        store.fake.faults.add("processPayment", delay_answer=float("nan"))
    fault = store.fake.faults.add("processPayment", delay_answer=1.5)
    assert fault.delay_answer == 1.5


# --- secrets -----------------------------------------------------------------------------------


def _no_secret(secrets: tuple[str, ...], *texts: str | bytes) -> None:
    for text in texts:
        value = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        for secret in secrets:
            # digits-only secrets are matched as whole numbers, not inside a port or a length
            pattern = rf"(?<!\d){re.escape(secret)}(?!\d)" if secret.isdigit() else re.escape(secret)
            assert re.search(pattern, value) is None, f"{secret!r} leaked into {value[:300]!r}"


def test_the_pat_and_card_data_are_never_recorded_logged_or_echoed(
    store: PaymentsStore, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    store.fake.verbose = True  # the request log the command prints
    _, order_id = store.order()
    number = "4000000000009995"
    answers = []
    tokens = []
    for body in (
        card(number),  # declined
        card(number, expiry_month=13),  # does not fit the schema
        card(number + "x"),  # refused by the gateway's checks
    ):
        token = store.token(order_id)
        tokens.append(token)
        answers.append(store.pay(token, body))
    tokens.append(store.token(order_id))
    answers.append(
        store.host.post(
            "/payments",
            content=f'{{"number": "{number}", "cvv": "{CVV}"'.encode(),
            headers={"Authorization": f"PAT {tokens[-1]}", "Accept": ACCEPT},
        )
    )
    good = store.token(order_id)
    tokens.append(good)
    answers.append(store.pay(good, card("4242424242424242")))
    assert [a.status_code for a in answers] == [422, 422, 422, 400, 201]
    recorded = store.fake.requests_for("processPayment")
    assert len(recorded) == 5
    assert all(r.headers["authorization"] == "PAT [masked]" for r in recorded)
    assert recorded[0].json()["payment"]["instrument"]["number"] == "[masked]9995"
    assert recorded[0].json()["payment"]["instrument"]["verification_value"] == "[masked]"
    assert recorded[3].body == b"[masked]"  # not JSON: nothing of it is kept
    # a payment sent to a path that is no payments route is masked all the same
    lost = store.api.post("/payments", json=card(number), headers={"Authorization": f"PAT {good}"})
    assert lost.status_code == 404
    [stray] = [r for r in store.fake.requests if r.operation_id is None]
    assert stray.headers["authorization"] == "PAT [masked]"
    assert stray.json()["payment"]["instrument"]["number"] == "[masked]9995"
    recorded.append(stray)
    out, err = capfd.readouterr()
    assert err.count('"POST /stores/fakestore/payments HTTP/1.1"') == 5  # the request log ran
    secrets = (*tokens, number, "4242424242424242", CVV, HOLDER, "2031")
    _no_secret(
        secrets,
        *(a.content for a in answers),
        *(repr(r) for r in recorded),
        caplog.text,
        out,
        err,
        repr(store.fake.payments),
        repr(store.fake.orders),
    )
