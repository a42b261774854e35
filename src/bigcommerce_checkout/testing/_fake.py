"""`FakeBigCommerce`: the object tests hold. It starts the server and seeds the store.

Seeding happens in-process, under the same lock the server uses, so a test can change the store
between two requests without races.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from types import TracebackType
from typing import Any

from . import (
    _ops_storefront_carts,
    _payments,
    _render_checkouts,
    _render_storefront_checkouts,
    _seed,
    _seed_catalog,
)
from ._dispatch import SESSION_COOKIE, Credentials
from ._faults import Faults
from ._server import MAX_RECORDED, FakeHTTPServer, RecordedRequest
from ._state import (
    Checkout,
    CouponDef,
    Customer,
    GiftCertificateDef,
    Order,
    Payment,
    RateWindow,
    RefundRecord,
    Store,
    new_uuid,
)
from ._webhooks import Delivery, WebhookHub


class FakeBigCommerce:
    """A local, stateful BigCommerce for both checkout APIs, the Carts APIs and storefront orders.

    It starts with a small catalogue (`DEFAULT_PRODUCTS` in `_seed_catalog.py`; pass
    `default_products=False` for none) that `seed_product` extends. `requests` keeps the newest
    `max_recorded_requests` requests (10,000; 0 keeps none).

    with FakeBigCommerce() as fake:
        cart_id = fake.seed_cart(items=[{"product_id": 1, "name": "Mug", "price": 12}])
        client = CheckoutClient(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url)
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        store_hash: str = "fakestore",
        access_token: str | None = None,
        tax_rate: float | Decimal = 0,
        default_products: bool = True,
        max_recorded_requests: int = MAX_RECORDED,
        app_client_id: str | None = None,
        app_client_secret: str | None = None,
    ) -> None:
        _seed.text(store_hash, "store_hash")
        if "/" in store_hash:
            raise ValueError("store_hash must not contain '/'")
        self.store_hash = store_hash
        self.access_token = (
            _seed.text(access_token, "access_token") if access_token else secrets.token_hex(16)
        )
        # The app whose client secret signs customer login and current customer tokens (random
        # unless given, like the access token).
        self.app_client_id = (
            _seed.text(app_client_id, "app_client_id") if app_client_id else secrets.token_hex(8)
        )
        self._app_client_secret = (
            _seed.text(app_client_secret, "app_client_secret") if app_client_secret else secrets.token_hex(32)
        )
        self._address = (_seed.text(host, "host"), _seed.integer(port, "port"))
        self.faults = Faults()
        self._store = Store()
        self._store.channels[1] = {}
        self._store.webhooks = self._hub = WebhookHub(store_hash, store_id="1000001")
        self.tax_rate = tax_rate
        if _seed.boolean(default_products, "default_products"):
            for product in _seed_catalog.default_products():
                self._store.products[product.id] = product
        self._max_recorded = _seed.integer(max_recorded_requests, "max_recorded_requests")
        self._server: FakeHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakeBigCommerce:
        if self._server is not None:
            raise RuntimeError("the fake is already running")
        credentials = Credentials(
            self.store_hash, self.access_token, self.app_client_id, self._app_client_secret
        )
        self._server = FakeHTTPServer(
            self._address, self._store, credentials, self.faults, self._max_recorded
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # How soon stop() is noticed: each stop waits half of it on average, and test suites
            # start and stop hundreds of fakes; 100 idle wake-ups a second cost next to nothing.
            kwargs={"poll_interval": 0.01},
            name="fake-bigcommerce",
            daemon=True,
        )
        self._thread.start()
        with self._store.lock:
            self._store.base_url = self.url  # the root of the carts' redirect URLs
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.shutdown()
        server.close_open_connections()
        server.server_close()
        thread.join(5)
        self._server = self._thread = None
        self._hub.close()

    def __enter__(self) -> FakeBigCommerce:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The base URL of both APIs, e.g. `http://127.0.0.1:51234` (paths start with /stores or /api)."""
        if self._server is None:
            raise RuntimeError("start the fake first (use it as a context manager)")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def app_client_secret(self) -> str:
        """The client secret of the fake's app (`app_client_id`): it signs both customer tokens."""
        return self._app_client_secret

    @property
    def server_api_url(self) -> str:
        """Where the server-to-server API lives: `{url}/stores/{store_hash}/v3`."""
        return f"{self.url}/stores/{self.store_hash}/v3"

    @property
    def storefront_api_url(self) -> str:
        """Where the storefront API lives: `{url}/api/storefront`."""
        return f"{self.url}/api/storefront"

    # -- webhooks (_webhooks.py) --------------------------------------------------------------------

    @property
    def hooks(self) -> list[dict[str, Any]]:
        """The webhooks registered on the fake, as the API shows them."""
        with self._store.lock:
            return [h.render(self.store_hash) for h in self._hub.hooks.values()]

    @property
    def webhook_retry_scale(self) -> float:
        """BigCommerce's retry intervals (60 s to 86,400 s) are multiplied by this; tests use 1e-6 (the 48 hours in 0.17 s)."""
        return self._hub.retry_scale

    @webhook_retry_scale.setter
    def webhook_retry_scale(self, value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError("webhook_retry_scale must be a number >= 0")
        self._hub.retry_scale = float(value)

    @property
    def webhook_duplicates(self) -> int:
        """How many extra times every event is delivered (0: once), to test a receiver's dedupe."""
        return self._hub.duplicates

    @webhook_duplicates.setter
    def webhook_duplicates(self, value: int) -> None:
        self._hub.duplicates = _seed.integer(value, "webhook_duplicates")

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every delivery attempt so far, in order: hook, event, attempt, the destination's status."""
        with self._hub._cond:
            return list(self._hub.deliveries)

    def emit_webhook(self, scope: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Fire an event as BigCommerce would (for changes the fake does not fire by itself)."""
        return self._hub.emit(_seed.text(scope, "scope"), dict(data))

    def wait_for_webhooks(self, timeout: float = 5.0) -> None:
        """Wait until every event queued so far is delivered (or its retries are used up)."""
        if not self._hub.wait_idle(timeout):
            raise TimeoutError(f"webhook deliveries still pending after {timeout} s")

    @property
    def verbose(self) -> bool:
        return self._server.verbose if self._server else False

    @verbose.setter
    def verbose(self, value: bool) -> None:
        if self._server is not None:
            self._server.verbose = value

    def set_rate_limit(self, quota: int = 150, window: float = 30.0, *, enforce: bool = True) -> None:
        """The store's API quota: `quota` server-to-server requests per `window` seconds.

        Every server-to-server answer reports the window in BigCommerce's `X-Rate-Limit-*`
        headers. With `enforce` (off when the fake starts, which counts 150 per 30 s and refuses
        nothing), a request beyond the quota is answered 429 with BigCommerce's error body and
        those headers, and does nothing, until the window ends. The storefront and the payments
        host are not counted. A new quota starts a new window.
        """
        quota = _seed.integer(quota, "quota", minimum=1)
        if isinstance(window, bool) or not isinstance(window, int | float) or not window >= 0.001:
            raise ValueError(f"window must be a number of seconds, at least 0.001, got {window!r}")
        enforced = _seed.boolean(enforce, "enforce")
        self._store.rate_window = RateWindow(quota, round(window * 1000), enforce=enforced)

    @property
    def rate_limited(self) -> int:
        """How many requests the enforced quota refused with 429 (since `set_rate_limit`)."""
        return self._store.rate_window.refused

    @property
    def server_requests(self) -> int:
        """How many server-to-server requests arrived, refused ones included (since `set_rate_limit`)."""
        return self._store.rate_window.received

    # -- what happened ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, in order (a copy): the newest `max_recorded_requests`
        (10,000 unless the fake was made with another number), so a long run stays bounded."""
        if self._server is None:
            return []
        with self._server.records_lock:
            return list(self._server.records)

    def requests_for(self, operation_id: str) -> list[RecordedRequest]:
        """The requests routed to one operation, e.g. `fake.requests_for("createOrder")`."""
        return [r for r in self.requests if r.operation_id == operation_id]

    @property
    def orders(self) -> list[Order]:
        """Every order created through the fake, in order (a copy)."""
        with self._store.lock:
            return list(self._store.orders)

    def checkout(self, checkout_id: str, *, storefront: bool = False) -> dict[str, Any]:
        """The checkout as the API would return it (server shape unless `storefront=True`)."""
        with self._store.lock:
            found = self._checkout(checkout_id)
            if storefront:
                return _render_storefront_checkouts.checkout(found, self._store, frozenset())
            return _render_checkouts.checkout(found, self._store, frozenset())

    # -- seeding ---------------------------------------------------------------------------------

    @property
    def tax_rate(self) -> Decimal:
        """The flat tax rate on taxable items, as a fraction (0.1 is 10%)."""
        return self._store.tax_rate

    @tax_rate.setter
    def tax_rate(self, value: float | Decimal) -> None:
        rate = _seed.rate(value)
        with self._store.lock:
            self._store.tax_rate = rate

    def seed_cart(
        self,
        items: Sequence[_seed.SeedItem] | Sequence[Mapping[str, Any]],
        *,
        currency: str = "USD",
        customer_id: int = 0,
        channel_id: int = 1,
        spam_check: bool = False,
        cart_id: str | None = None,
    ) -> str:
        """Create a cart (and so its checkout); returns the checkout id.

        Each item needs `product_id`, `name` and `price` (unit price, tax excluded); `quantity`
        (1), `sku`, `type` ("physical" or "digital"), `variant_id`, `is_taxable`, `url`,
        `image_url`, `options` and `categories` are optional. `cart_id` (a UUID, as BigCommerce's
        cart ids are) gives the cart a known id instead of a random one.
        """
        code, _, _, places = _seed.currency(currency)
        seeded = _seed.items(items)
        for n, item in enumerate(seeded):
            _seed.check_places(item.price, places, f"items[{n}].price")
        _seed.integer(customer_id, "customer_id")
        _seed.integer(channel_id, "channel_id", minimum=1)
        _seed.boolean(spam_check, "spam_check")
        new_id = _seed.cart_id(cart_id) if cart_id is not None else new_uuid()
        with self._store.lock:
            if new_id in self._store.checkouts:
                raise ValueError(f"cart_id {new_id!r} is already seeded")
            if customer_id and customer_id not in self._store.customers:
                raise ValueError(f"customer_id {customer_id} is not seeded; call seed_customer() first")
            customer = self._store.customers.get(customer_id)
            checkout = Checkout(
                id=new_id,
                currency=code,
                places=places,
                customer_id=customer_id,
                channel_id=channel_id,
                items=seeded,
                email=customer.email if customer else "",
                spam_check=spam_check,
            )
            self._store.checkouts[checkout.id] = checkout
        return checkout.id

    def seed_coupon(
        self,
        code: str,
        *,
        percentage: float | Decimal | None = None,
        amount: float | Decimal | None = None,
        type: str | None = None,
        display_name: str | None = None,
    ) -> int:
        """Offer a coupon code; returns its numeric id.

        `percentage=15` makes a percentage_discount, `amount=5` a per_total_discount; `type=` picks
        per_item_discount (amount off each unit), shipping_discount (amount off shipping) or
        free_shipping explicitly.
        """
        _seed.text(code, "code", max_length=50)
        kind, value = _seed.coupon_kind(type, percentage, amount)
        name = _seed.text(display_name, "display_name") if display_name is not None else code
        with self._store.lock:
            if code.lower() in self._store.coupons:
                raise ValueError(f"coupon {code!r} is already seeded")
            coupon = CouponDef(self._store.next_coupon_id, code, kind, value, name)
            self._store.next_coupon_id += 1
            self._store.coupons[code.lower()] = coupon
        return coupon.id

    def seed_shipping_options(
        self, options: Sequence[_seed.SeedShippingOption] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Replace the shipping options every consignment with an address is offered.

        The default is two flat rates: "Flat rate" at 6 and "Express" at 15. An empty list means
        nothing ships (useful to test that case).
        """
        seeded = _seed.shipping_options(options)
        with self._store.lock:
            self._store.shipping_options = seeded

    def seed_gift_certificate(
        self, code: str, balance: float | Decimal, *, purchase_date: str | None = None
    ) -> None:
        """A gift certificate the storefront can pay with."""
        _seed.text(code, "code")
        value = _seed.amount(balance, "balance")
        date = (
            purchase_date
            if purchase_date is not None
            else datetime.now(UTC).replace(microsecond=0).isoformat()
        )
        _seed.text(date, "purchase_date")
        with self._store.lock:
            self._store.gift_certificates[code.lower()] = GiftCertificateDef(code, value, date)

    def seed_customer(
        self,
        email: str,
        *,
        first_name: str = "",
        last_name: str = "",
        store_credit: float | Decimal = 0,
        group_id: int = 0,
    ) -> int:
        """A customer account; pass its id to `seed_cart(customer_id=...)` for a signed-in shopper.

        A browser signs in as the customer with a customer login URL signed with
        `app_client_secret` (`/login/token/{jwt}`); `group_id` is the customer group the current
        customer token names (0: none).
        """
        _seed.text(email, "email")
        if "@" not in email:
            raise ValueError(f"email must be an email address, got {email!r}")
        credit = _seed.amount(store_credit, "store_credit")
        with self._store.lock:
            customer_id = max(self._store.customers, default=0) + 1
            self._store.customers[customer_id] = Customer(
                customer_id,
                email,
                _seed.text(first_name, "first_name", allow_empty=True),
                _seed.text(last_name, "last_name", allow_empty=True),
                credit,
                _seed.integer(group_id, "group_id"),
            )
        return customer_id

    def seed_pickup_method(self, method_id: int, name: str = "Store pickup") -> None:
        """A pickup method a consignment may choose instead of shipping."""
        _seed.integer(method_id, "method_id", minimum=1)
        _seed.text(name, "name")
        with self._store.lock:
            self._store.pickup_methods[method_id] = name

    def seed_channel(self, channel_id: int) -> None:
        """A sales channel with default checkout settings (channel 1 exists already)."""
        _seed.integer(channel_id, "channel_id", minimum=1)
        with self._store.lock:
            self._store.channels.setdefault(channel_id, {})

    # -- payments (the payments host and its test gateway) ----------------------------------------

    @property
    def payments_url(self) -> str:
        """What to give a client as `payments_base_url`: the payments host is this same server.

        `CheckoutClient(..., base_url=fake.url, payments_base_url=fake.payments_url)`; process
        payment then goes to `{payments_url}/stores/{store_hash}/payments`, as on BigCommerce's
        payments host.
        """
        return self.url

    @property
    def payments(self) -> list[Payment]:
        """Every payment the test gateway took, in order (a copy): amount, currency, method, last 4."""
        with self._store.lock:
            return list(self._store.payments)

    def order(self, order_id: int) -> Order:
        """One order by id (its `status` and `status_id` change when it is paid)."""
        with self._store.lock:
            found = next((o for o in self._store.orders if o.id == order_id), None)
        if found is None:
            raise KeyError(f"no order {order_id!r}")
        return found

    @property
    def authorize_only(self) -> bool:
        """Whether the test gateway only authorises payments (False: it captures them at once).

        With True, a payment shows as an `authorization` transaction and the order's
        `payment_status` is "authorized" until the Orders v3 capture or void call.
        """
        return self._store.authorize_only

    @authorize_only.setter
    def authorize_only(self, value: bool) -> None:
        _seed.boolean(value, "authorize_only")
        with self._store.lock:
            self._store.authorize_only = value

    @property
    def refunds(self) -> list[RefundRecord]:
        """Every refund made through the Orders v3 refunds call, in order (a copy)."""
        with self._store.lock:
            return list(self._store.refunds)

    @property
    def payment_token_ttl(self) -> float:
        """How long a new payment access token lasts, in seconds (3600: one hour, as BigCommerce's)."""
        return self._store.payment_token_ttl

    @payment_token_ttl.setter
    def payment_token_ttl(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 < seconds < 10**7:
            raise ValueError("payment_token_ttl must be a positive number of seconds")
        with self._store.lock:
            self._store.payment_token_ttl = float(seconds)

    def expire_payment_tokens(self, order_id: int | None = None) -> int:
        """Make the payment access tokens issued so far (or one order's) expired, as an hour later.

        Returns how many were still valid. A payment with one of them is then refused with 401.
        """
        with self._store.lock:
            return _payments.expire_tokens(self._store, order_id)

    def seed_stored_card(
        self,
        customer_id: int,
        number: str = "4242424242424242",
        *,
        expiry_month: int = 12,
        expiry_year: int | None = None,
    ) -> str:
        """Save a card for a customer, as a shopper who ticked "save this card"; returns its token.

        The accepted-methods call lists it for that customer's orders, and a payment with
        `{"type": "stored_card", "token": ...}` is answered as the test card `number` would be.
        """
        _seed.integer(customer_id, "customer_id", minimum=1)
        _seed.text(number, "number")
        if number not in _payments.BY_NUMBER:
            raise ValueError("number must be one of the test gateway's card numbers (see TEST_CARDS)")
        _seed.integer(expiry_month, "expiry_month", minimum=1)
        if expiry_month > 12:
            raise ValueError("expiry_month must be from 1 to 12")
        year = datetime.now(UTC).year + 3 if expiry_year is None else expiry_year
        _seed.integer(year, "expiry_year", minimum=2000)
        with self._store.lock:
            if customer_id not in self._store.customers:
                raise ValueError(f"customer_id {customer_id} is not seeded; call seed_customer() first")
            return _payments.save_card(self._store, customer_id, number, expiry_month, year).token

    def _checkout(self, checkout_id: str) -> Checkout:
        found = self._store.checkouts.get(checkout_id)
        if found is None:
            raise KeyError(f"no checkout {checkout_id!r}")
        return found

    # -- catalogue and storefront sessions (carts) ---------------------------------------------------

    def seed_product(
        self,
        product_id: int,
        name: str,
        price: float | Decimal,
        *,
        type: str = "physical",
        sku: str = "",
        sale_price: float | Decimal | None = None,
        retail_price: float | Decimal | None = None,
        stock: int | None = None,
        is_taxable: bool = True,
        url: str = "",
        image_url: str = "",
        categories: Sequence[str] = (),
        options: Sequence[_seed_catalog.SeedOption] | Sequence[Mapping[str, Any]] = (),
        modifiers: Sequence[_seed_catalog.SeedOption] | Sequence[Mapping[str, Any]] = (),
        variants: Sequence[_seed_catalog.SeedVariant] | Sequence[Mapping[str, Any]] = (),
    ) -> None:
        """Put a product in the catalogue (or replace the one with this id); carts price from it.

        `price` is the default price; a `sale_price` below it is what the shopper pays (the cart's
        list price), `retail_price` (MSRP) is shown only. `stock=None` tracks no stock; a number
        caps the units one cart may hold. `options` are variant options
        (`{"id": 21, "name": "Colour", "values": [{"id": 71, "label": "Teal"}]}`), and `variants`
        one entry per combination sold (`{"id": 358, "options": {21: 71}, "sku": ..., "price": ...,
        "sale_price": ..., "stock": ...}`). `modifiers` are options that do not pick a variant: a
        text field (no `values`) or a list whose values may carry an `adjuster` added to the unit
        price; `"required": True` makes a cart refuse the product without it.
        """
        product = _seed_catalog.product(
            product_id, name, price, type=type, sku=sku, sale_price=sale_price,
            retail_price=retail_price, stock=stock, is_taxable=is_taxable, url=url,
            image_url=image_url, categories=categories, options=options, modifiers=modifiers,
            variants=variants,
        )  # fmt: skip
        with self._store.lock:
            self._store.products[product.id] = product

    def shopper_cookies(self, cart_id: str) -> dict[str, str]:
        """The cookies of the storefront session that owns the cart, for a `StorefrontClient`.

        A cart created server-to-server or with `seed_cart` gets a session the first time; a cart
        created through the storefront has one already. Storefront calls that name the cart, its
        checkout or its orders need these cookies: `StorefrontClient(cookies=fake.shopper_cookies(id))`
        or `client.for_shopper(fake.shopper_cookies(id))`.
        """
        _seed.text(cart_id, "cart_id")
        with self._store.lock:
            token = _ops_storefront_carts.session_for(self._store, self._checkout(cart_id))
        return {SESSION_COOKIE: token}

    def _give_session(self, cart_id: str, token: str, *, aliases: Sequence[str] = ()) -> dict[str, str]:
        """Give a cart the session of a known cookie value (the demo store's, which the docs print)."""
        with self._store.lock:
            self._store.give_session(self._checkout(cart_id), token)
            self._store.sessions.add(token)
            for alias in aliases:
                self._store.session_aliases[alias] = token
        return {SESSION_COOKIE: token}

    def _sign_in(self, token: str, customer_id: int) -> None:
        """Sign a known session in as a customer, as a customer login URL would (the demo store's)."""
        with self._store.lock:
            if token not in self._store.sessions or customer_id not in self._store.customers:
                raise ValueError("sign in a known session as a seeded customer")
            self._store.signed_in[token] = customer_id
