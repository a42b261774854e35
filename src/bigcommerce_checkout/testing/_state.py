"""What the fake remembers: the store's catalogue of promotions and options, and each checkout.

Plain dataclasses with API-neutral field names; `_render_*` turns them into the server-to-server
(snake_case, wrapped in `data`) or storefront (camelCase) shapes, and `_totals` computes every
amount from them, so the two APIs can never disagree about a checkout.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from ._money import ZERO

if TYPE_CHECKING:
    from ._catalog import Metafield, Product
    from ._totals import Totals
    from ._webhooks import WebhookHub

ItemKind = Literal["physical", "digital"]
CouponType = Literal[
    "per_item_discount", "percentage_discount", "per_total_discount", "shipping_discount", "free_shipping"
]
COUPON_TYPES: tuple[CouponType, ...] = (
    "per_item_discount",
    "percentage_discount",
    "per_total_discount",
    "shipping_discount",
    "free_shipping",
)
ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "company",
    "address1",
    "address2",
    "city",
    "state_or_province",
    "state_or_province_code",
    "country_code",
    "postal_code",
    "phone",
)


# Order statuses by BigCommerce's status_id, as the published Orders v2 file lists them (the
# `/order_statuses` table). Orders made by the checkout's create order call start Incomplete (0):
# BigCommerce's accepted-methods description says so. A captured card payment moves the order to
# Awaiting Fulfillment (11): BigCommerce's Payments API overview says a successful payment
# "automatically" moves the order there (docs/store-operations/payments in bigcommerce/docs). A
# refund moves it to Refunded (4) or Partially Refunded (14) (the refunds page: an email goes out
# "when an order status changes to Refunded or Partially Refunded").
INCOMPLETE = 0
REFUNDED = 4
CANCELLED = 5
AWAITING_FULFILLMENT = 11
PARTIALLY_REFUNDED = 14
STATUS_NAMES = {
    0: "Incomplete",
    1: "Pending",
    2: "Shipped",
    3: "Partially Shipped",
    4: "Refunded",
    5: "Cancelled",
    6: "Declined",
    7: "Awaiting Payment",
    8: "Awaiting Pickup",
    9: "Awaiting Shipment",
    10: "Completed",
    11: "Awaiting Fulfillment",
    12: "Manual Verification Required",
    13: "Disputed",
    14: "Partially Refunded",
}
# The storefront spells them in capitals (orders.sf.yml, `Status`): AWAITING_FULFILLMENT.
ORDER_STATUSES = {k: v.upper().replace(" ", "_") for k, v in STATUS_NAMES.items()}


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def new_uuid() -> str:
    return str(uuid.uuid4())


def short_id() -> str:
    """A 13-hex-digit id, the shape BigCommerce uses for consignments."""
    return uuid.uuid4().hex[:13]


# A form field value as BigCommerce answers it: text, or the ticked values of checkboxes. A pick
# list's option number is sent as an integer and answered as a string.
FieldValue = str | list[str]
CustomFields = list[tuple[str, FieldValue]]


def custom_field(field_id: str | None, value: str | int | list[str] | None) -> tuple[str, FieldValue]:
    """One sent form field value, kept as it will be answered."""
    return field_id or "", str(value) if isinstance(value, int) else value or ""


@dataclass
class Address:
    """A postal address; `fields` holds the ADDRESS_FIELDS that were sent, snake_case."""

    id: str
    fields: dict[str, str]
    custom_fields: CustomFields = field(default_factory=list)
    should_save: bool = False

    @property
    def email(self) -> str:
        return self.fields.get("email", "")


@dataclass
class GiftWrap:
    name: str
    message: str
    amount: Decimal  # for the whole line


@dataclass
class Item:
    id: str
    kind: ItemKind
    product_id: int
    variant_id: int
    name: str
    sku: str
    price: Decimal  # unit list price, tax excluded
    quantity: int
    is_taxable: bool = True
    url: str = ""
    image_url: str = ""
    options: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    manual_discount: Decimal = ZERO  # item-level discount set through the discounts endpoint
    gift_wrap: GiftWrap | None = None
    # Added with the catalogue (carts): the product's default price when the item was priced from
    # it (None: `price` is the original price too), and the ids of the chosen options by name.
    original_price: Decimal | None = None
    option_ids: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    price_overridden: bool = False  # a `list_price` sent with the line item replaced the catalogue's


@dataclass(frozen=True)
class ShippingOptionDef:
    """A shipping method the store offers every consignment."""

    key: str
    description: str
    cost: Decimal
    type: str = "shipping_flatrate"
    transit_time: str = ""
    image_url: str = ""
    additional_description: str = ""


@dataclass(frozen=True)
class SelectedShipping:
    """The option a consignment chose, frozen at the time it was chosen."""

    id: str
    type: str
    description: str
    cost: Decimal
    transit_time: str = ""
    image_url: str = ""
    additional_description: str = ""


@dataclass
class Consignment:
    id: str
    address: Address | None
    lines: dict[str, int]  # item id -> quantity shipped here
    selected: SelectedShipping | None = None
    pickup_method_id: int | None = None

    @property
    def ready(self) -> bool:
        return self.selected is not None or self.pickup_method_id is not None


@dataclass(frozen=True)
class CouponDef:
    id: int
    code: str
    type: CouponType
    value: Decimal  # a percentage for percentage_discount, else an amount (0 for free_shipping)
    display_name: str


@dataclass
class Fee:
    id: str
    name: str
    display_name: str
    cost: Decimal
    source: str
    tax_class_id: int | None = None


@dataclass(frozen=True)
class GiftCertificateDef:
    code: str
    balance: Decimal
    purchase_date: str


@dataclass(frozen=True)
class Customer:
    id: int
    email: str
    first_name: str
    last_name: str
    store_credit: Decimal
    group_id: int = 0  # the customer group; 0: none


@dataclass
class Order:
    """An order the fake created; `fake.orders` lists them so a test can count them.

    `status_id` changes when the order is paid, refunded or updated (see `STATUS_NAMES`); what it
    was bought with (`placed`, `totals`) never changes.
    """

    id: int
    checkout_id: str
    grand_total: float
    currency: str
    email: str
    item_ids: tuple[str, ...]
    created_time: str
    # Added with storefront sessions: the session that owned the cart (the storefront shows the order
    # to that session only), and the checkout as it was when the order was placed (for its page).
    # (a session cookie is a secret on a real store: kept out of the repr)
    session_token: str | None = field(default=None, repr=False)
    placed: Checkout | None = field(default=None, repr=False, compare=False)
    status_id: int = 0  # INCOMPLETE until a payment succeeds
    customer_id: int = 0  # the checkout's customer (0: a guest), whose stored cards may pay it
    # Added with the Orders APIs (_ops_orders.py): when it last changed, the v2 ids of its products,
    # shipping addresses and fees, its amounts when it was placed, what was refunded, the payment's
    # state as v2 reports it ("" until paid; "authorized", "captured", "void", "refunded",
    # "partially refunded"), and the text fields an update wrote.
    modified_time: str = field(default_factory=now_iso)
    v2_ids: dict[str, int] = field(default_factory=dict)  # cart item, consignment or fee id -> v2 id
    totals: Totals | None = field(default=None, repr=False, compare=False)  # as placed
    refunded_amount: Decimal = ZERO
    refunded_quantities: dict[int, int] = field(default_factory=dict)  # order product id -> units
    refunded_shipping: dict[int, Decimal] = field(default_factory=dict)  # order address id -> amount
    payment_status: str = ""
    edits: dict[str, str] = field(default_factory=dict)  # staff_notes, external_order_id... an update set

    @property
    def status(self) -> str:
        """The status's name as BigCommerce's storefront spells it, e.g. `INCOMPLETE`."""
        return ORDER_STATUSES[self.status_id]

    def touch(self) -> None:
        self.modified_time = now_iso()


@dataclass(frozen=True)
class Payment:
    """A payment the fake's test gateway took: no card data beyond the last four digits.

    `fake.payments` lists them; one order has at most one (a second payment is refused).
    """

    id: str  # the transaction id the process-payment call answered
    order_id: int
    amount: Decimal  # the order's grand total, in `currency`
    currency: str
    payment_method_id: str
    instrument_type: str  # "card" or "stored_card"
    brand: str  # "VISA", "MASTERCARD"...
    last_4: str
    transaction_type: str  # "purchase" (captured at once) or "authorization" (authorize_only)
    created_time: str


@dataclass(frozen=True)
class Transaction:
    """One event of an order's payment as the v3 transactions list shows it.

    A payment through the payments host makes a `purchase` (or an `authorization` when the store
    only authorises); capture, void and refund each add one that refers to it.
    """

    id: int
    order_id: int
    event: str  # purchase, authorization, capture, void, refund
    amount: Decimal
    currency: str
    payment: Payment  # the payment it belongs to (its gateway id, card brand and last four digits)
    created_time: str = field(default_factory=now_iso)
    reference_transaction_id: int | None = None


@dataclass(frozen=True)
class RefundRecord:
    """A refund made through the v3 refunds call: what was asked, what was paid back and how."""

    id: int
    order_id: int
    reason: str
    total_amount: Decimal
    total_tax: Decimal
    items: tuple[dict[str, object], ...]  # as the refund list renders them
    payments: tuple[dict[str, object], ...]
    created_time: str = field(default_factory=now_iso)


@dataclass
class PaymentToken:
    """A payment access token as the payments host knows it: one order, one store, a deadline."""

    order_id: int
    store_hash: str
    expires_at: float  # time.monotonic() deadline
    spent: bool = False  # a payment that reached the gateway used it up


@dataclass(frozen=True)
class StoredCard:
    """A card a customer saved; payments name it by `token`, never by its number."""

    token: str  # 64 hex digits, as BigCommerce's stored instrument tokens
    customer_id: int
    number: str = field(repr=False)  # kept to decide the test gateway's answer; never rendered
    brand: str
    expiry_month: int
    expiry_year: int
    is_default: bool

    @property
    def last_4(self) -> str:
        return self.number[-4:]


@dataclass
class Checkout:
    id: str
    currency: str
    places: int
    customer_id: int
    channel_id: int
    items: list[Item]
    email: str = ""
    billing: Address | None = None
    consignments: list[Consignment] = field(default_factory=list)
    coupons: list[CouponDef] = field(default_factory=list)
    cart_discounts: list[Decimal] = field(default_factory=list)  # cart-level manual discounts
    fees: list[Fee] = field(default_factory=list)
    gift_certificates: list[str] = field(default_factory=list)  # applied codes, in order
    store_credit_applied: bool = False
    spam_check: bool = False
    message: str = ""
    order_id: int | None = None
    version: int = 1
    created_time: str = field(default_factory=now_iso)
    updated_time: str = field(default_factory=now_iso)
    # Added with the carts: the shopper's locale, and the storefront session that owns the cart
    # (None until a storefront call, `shopper_cookies()` or a redirect URL gives it one).
    locale: str = "en"
    session_token: str | None = field(default=None, repr=False)

    def touch(self) -> None:
        """Record a change: BigCommerce bumps the version on every write."""
        self.version += 1
        self.updated_time = now_iso()

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def consignment(self, consignment_id: str) -> Consignment | None:
        return next((c for c in self.consignments if c.id == consignment_id), None)

    def assigned(self, item_id: str, *, besides: Consignment | None = None) -> int:
        """How many units of an item already sit in consignments (other than `besides`)."""
        return sum(c.lines.get(item_id, 0) for c in self.consignments if c is not besides)


def default_shipping_options() -> list[ShippingOptionDef]:
    return [
        ShippingOptionDef("flat-rate", "Flat rate", Decimal(6), transit_time="3-5 business days"),
        ShippingOptionDef("express", "Express", Decimal(15), transit_time="1-2 business days"),
    ]


class RateWindow:
    """The store's API rate-limit window, as BigCommerce reports it on every server-to-server answer
    (`X-Rate-Limit-*`; 150 requests per 30 s is the Standard and Plus plans' quota).

    A window starts with the first request after the last one ended. Unless `enforce` is set, it
    only counts and reports; enforced, a request beyond the quota is refused (and not counted, as it
    did nothing) until the window ends.
    """

    def __init__(self, quota: int = 150, window_ms: int = 30_000, *, enforce: bool = False) -> None:
        self.quota = quota
        self.window_ms = window_ms
        self.enforce = enforce
        self.received = 0  # every request, refused ones too
        self.refused = 0
        self._started = 0.0
        self._used = 0
        self._lock = threading.Lock()

    def take(self, now: float) -> tuple[bool, dict[str, str]]:
        """Count one request at `now` (monotonic seconds): whether it may be served, and the
        headers its answer carries."""
        with self._lock:
            self.received += 1
            elapsed_ms = (now - self._started) * 1000
            if self._used == 0 or elapsed_ms >= self.window_ms:
                self._started, self._used, elapsed_ms = now, 0, 0.0
            allowed = not (self.enforce and self._used >= self.quota)
            if allowed:
                self._used += 1
            else:
                self.refused += 1
            return allowed, {
                "X-Rate-Limit-Requests-Left": str(max(self.quota - self._used, 0)),
                "X-Rate-Limit-Requests-Quota": str(self.quota),
                "X-Rate-Limit-Time-Reset-Ms": str(max(int(self.window_ms - elapsed_ms), 0)),
                "X-Rate-Limit-Time-Window-Ms": str(self.window_ms),
            }


@dataclass
class Store:
    """Everything the fake knows. One lock serialises every request against it."""

    rate_window: RateWindow = field(default_factory=RateWindow)
    lock: threading.RLock = field(default_factory=threading.RLock)
    checkouts: dict[str, Checkout] = field(default_factory=dict)
    coupons: dict[str, CouponDef] = field(default_factory=dict)  # by lower-cased code
    shipping_options: list[ShippingOptionDef] = field(default_factory=default_shipping_options)
    pickup_methods: dict[int, str] = field(default_factory=dict)
    gift_wrapping: dict[int, tuple[str, Decimal]] = field(
        default_factory=lambda: {1: ("Kraft paper", Decimal(2)), 2: ("Gift box", Decimal(5))}
    )
    gift_certificates: dict[str, GiftCertificateDef] = field(default_factory=dict)  # by lower-cased code
    customers: dict[int, Customer] = field(default_factory=dict)
    channels: dict[int, dict[str, object]] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    orders: list[Order] = field(default_factory=list)
    tax_rate: Decimal = ZERO
    tax_name: str = "Tax"
    next_order_id: int = 100
    next_coupon_id: int = 1
    next_address_id: int = 1
    # Added with the carts (see _catalog.py): the catalogue, storefront sessions, cart settings,
    # metafields, the one-time redirect tokens, and the fake's own root URL for the redirect links.
    products: dict[int, Product] = field(default_factory=dict)
    sessions: set[str] = field(default_factory=set)
    allow_purchasing: bool = True
    channel_purchasing: dict[int, bool | None] = field(default_factory=dict)
    metafields: dict[int, Metafield] = field(default_factory=dict)
    next_metafield_id: int = 1
    redirect_tokens: dict[str, str] = field(default_factory=dict)  # one-time token -> cart id
    base_url: str = ""
    # payments (the payments host and its test gateway)
    payments: list[Payment] = field(default_factory=list)
    payment_tokens: dict[str, PaymentToken] = field(default_factory=dict, repr=False)  # by token: secrets
    payment_token_ttl: float = 3600.0  # seconds; BigCommerce's tokens last one hour
    stored_cards: dict[str, StoredCard] = field(default_factory=dict)  # by token
    # Checkouts deleted because their order was paid: no route serves them (BigCommerce answers 404),
    # kept so what an order was bought with can still be read.
    closed_checkouts: dict[str, Checkout] = field(default_factory=dict)
    session_aliases: dict[str, str] = field(default_factory=dict)  # another cookie value -> session
    # The carts each session was given, in that order: `GET /carts` reads the newest without
    # looking at every cart of the store (give_session / session_cart).
    session_carts: dict[str, list[str]] = field(default_factory=dict)

    def give_session(self, checkout: Checkout, token: str) -> str:
        """Make `token`'s storefront session the owner of the cart; returns the token."""
        checkout.session_token = token
        self.session_carts.setdefault(token, []).append(checkout.id)
        return token

    def session_cart(self, token: str) -> Checkout | None:
        """The newest cart the session still owns; carts deleted since are forgotten on the way."""
        ids = self.session_carts.get(token)
        while ids:
            found = self.checkouts.get(ids[-1])
            if found is not None and found.session_token == token:
                return found
            ids.pop()
        return None

    # Signing in (_ops_customers.py): which customer each signed-in session is, and the login
    # tokens' ids already used (each works once).
    signed_in: dict[str, int] = field(default_factory=dict)
    used_login_jtis: set[str] = field(default_factory=set)

    # Orders APIs (_ops_orders.py): payment transactions, refunds, order metafields, v2 line ids, and
    # whether the test gateway only authorises payments (capture or void them afterwards).
    transactions: list[Transaction] = field(default_factory=list)
    refunds: list[RefundRecord] = field(default_factory=list)
    order_metafields: dict[int, Metafield] = field(default_factory=dict)
    next_order_line_id: int = 1
    authorize_only: bool = False
    webhooks: WebhookHub | None = field(default=None, repr=False)  # hooks and deliveries (_webhooks.py)

    def address_id(self) -> str:
        """Billing address ids are numeric strings: the server API's path parameter is an integer."""
        value = self.next_address_id
        self.next_address_id += 1
        return str(value)

    def available_options(self, consignment: Consignment) -> list[SelectedShipping]:
        """The store's shipping options for a consignment with an address (none for a pickup).

        Ids are stable per option, so a storefront client may select a known option while creating
        the consignment, as BigCommerce allows.
        """
        if consignment.address is None or consignment.pickup_method_id is not None:
            return []
        return [
            SelectedShipping(
                id=hashlib.sha256(f"{o.key}:{o.type}:{o.description}:{o.cost}".encode()).hexdigest()[:32],
                type=o.type,
                description=o.description,
                cost=o.cost,
                transit_time=o.transit_time,
                image_url=o.image_url,
                additional_description=o.additional_description,
            )
            for o in self.shipping_options
        ]
