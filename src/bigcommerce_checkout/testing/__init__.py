"""A local, stateful fake of BigCommerce's checkout APIs (server-to-server and storefront), its Carts
APIs (both), the storefront order, the payments host and the Orders APIs (v2 reads, listing and
status changes; v3 transactions, capture, void, refunds and order metafields), with a small
catalogue to price carts from.

Run your integration's tests against it without a store or a network:

```python
from bigcommerce_checkout.testing import FakeBigCommerce

with FakeBigCommerce(tax_rate=0.1) as fake:
    mug = {"product_id": 112, "name": "Mug", "price": 32, "quantity": 2}
    cart_id = fake.seed_cart(items=[mug])
    fake.seed_coupon("AUTUMN15", percentage=15)
    ...  # point a client at fake.url, fake.store_hash, fake.access_token
```

or use the `fake_bigcommerce` pytest fixture (`pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]`),
or run `python -m bigcommerce_checkout.testing --port 8080`.

Requests are checked against the curated OpenAPI description with the same generated models the
client uses (nothing extra to install). Statuses BigCommerce documents are used as
documented; where it documents none, the fake chooses, and says so here:

* a body that is not valid JSON, or misses or mistypes a field: 422; a bad `include`: 400;
* an unknown path: 404; a known path with another method: 405 (with `Allow`);
* a missing or wrong `X-Auth-Token`, or another store's hash: 401 (server-to-server only; the
  storefront needs no token);
* a storefront call that names a cart, checkout or order without the `SHOP_SESSION_TOKEN` cookie
  of the session that owns it: 404, as for a cart the session does not have (see
  `FakeBigCommerce.shopper_cookies`; creating a storefront cart sets the cookie);
* a checkout, consignment, billing address, coupon, line item or gift certificate named in the
  path that does not exist: 404 (an unknown gift certificate code in the body too, as documented);
* a stale `version`: 409;
* a well-formed request the checkout cannot accept (an unknown coupon code, more units in
  consignments than in the cart, a shipping option that is not offered, a sixth fee...): 422;
* a cart line the catalogue cannot supply (more units than in stock, an unknown product, variant
  or option): 422, the reason in `title` for stock, as BigCommerce's Carts API answers;
* create order before every physical item is in a consignment with a selected shipping (or
  pickup) option and there is a billing address, or while the billing address or a shipping
  address lacks a first or last name, `address1`, city or country code (or the billing address
  its email): 422, with the missing parts in `errors`. Each successful call creates a new order, as BigCommerce does.

Payments (`_payments.py` has the evidence for each rule). Orders start INCOMPLETE (status_id 0).
The fake is the payments host too: give the client `payments_base_url=fake.payments_url`. Its
one test gateway, method id `braintree.card`, answers by card number (with any future expiry,
any holder name, and a 3-digit CVV, 4 digits for American Express):

* `4242424242424242` and `4111111111111111` (Visa), `5555555555554444` (Mastercard),
  `378282246310005` (American Express): 201, paid. The order becomes AWAITING_FULFILLMENT
  (status_id 11), `fake.payments` gets one payment and the cart is deleted (404 on both APIs);
* `4000000000000002`: 422, code 30104, declined by the issuer;
* `4000000000009995`: 422, code 30106, insufficient funds;
* `4000000000000069`: 422, code 30103, the card has expired;
* `4000000000000127`: 422, code 30102, the CVV does not match;
* any other number: 422, code 30102, not a test card (the fake never takes a real card).

A payment access token pays one order, lasts `fake.payment_token_ttl` seconds (3600) and is used
up by the first payment that reaches the gateway, declined or not (`fake.expire_payment_tokens()`
ages them); without a valid one the payment is 401. A paid order refuses a payment (422, code
30101) and a new token (409). `Accept` must be `application/vnd.bc.v1+json` (400). The token
and card data are masked in `fake.requests` and never appear in an error body or the log.
The fault `delay_answer=` takes the payment at once and answers late (or, with
`drop="after_processing"`, never): the case of `PaymentMayHaveBeenTakenError`.

Orders (the sources of these rules are listed in `_ops_orders.py`). Every order the checkout flow
makes is an order of the Orders APIs, with the amounts, items, addresses, coupons, taxes and fees
of the checkout it came from. v2 answers bare JSON with money as text ("25.0000") and RFC 2822
dates; a list page with nothing on it (past the end, or no match) is 204 with no body; `limit` is
at most 250; v2 errors are `[{"status", "message"}]`. A payment is a `purchase` transaction, or an
`authorization` with `fake.authorize_only = True`; only an authorisation not yet captured or voided
can be captured or voided (422 otherwise). A refund needs a captured payment, its payments must add
up to what its items are worth (the refund quote's amount), and it moves the order to Partially
Refunded (14) or Refunded (4) and raises `refunded_amount`; `fake.refunds` lists them.
`updateOrder` changes what its model allows (status, customer, billing address, notes, external
id, payment method); the fake has no v2 `POST /orders`, shipments or order settings.

Webhooks (`_webhooks.py`): the 7 `/hooks` operations, and deliveries as BigCommerce makes them.
Cart, order and payment calls fire their events (`store/cart/created`, `updated`, `deleted`,
`converted`, `store/order/created`, `statusUpdated`, `updated`); `fake.emit_webhook(scope, data)`
fires any other. Each is POSTed, with the hook's headers, to every active hook whose scope matches
(loopback destinations only), from a background thread, and retried on BigCommerce's schedule
times `fake.webhook_retry_scale`; after the last retry the hook is switched off.
`fake.webhook_duplicates = 1` delivers every event twice; `fake.webhook_deliveries` lists every
attempt and `fake.wait_for_webhooks()` waits until none is pending.
"""

from ._errors import ApiError
from ._fake import FakeBigCommerce
from ._faults import Fault, Faults
from ._seed import SeedItem, SeedShippingOption
from ._seed_catalog import SeedOption, SeedOptionValue, SeedVariant
from ._server import RecordedRequest
from ._state import Order, Payment
from ._webhooks import Delivery

__all__ = [
    "ApiError",
    "Delivery",
    "FakeBigCommerce",
    "Fault",
    "Faults",
    "Order",
    "Payment",
    "RecordedRequest",
    "SeedItem",
    "SeedOption",
    "SeedOptionValue",
    "SeedShippingOption",
    "SeedVariant",
]
