"""Every Python example of the docs site runs, against the local fake of both APIs.

The examples are written for a real store: real base URLs, the access token from the environment,
the ids of the spec's examples. Here the clients are pointed at `FakeBigCommerce`, the token comes
from the fake, and the example ids are swapped for the ids of what the test seeded; nothing else in
the code changes. An example that raises fails its test.

* Reference pages: each operation's examples (sync and async) are the call alone; each runs after
  its page's set-up block of the same tab (the block that opens `client`), on a store prepared
  for that operation (a billing address to update, a consignment to delete...).
* Every other page runs top to bottom as one script. `<!-- example: new-cart -->` before a block
  starts a new script on a new cart (`new-cart signed-in`: a cart of a customer with store credit).
"""

from __future__ import annotations

import ast
import asyncio
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import bigcommerce_checkout
from bigcommerce_checkout import AsyncCheckoutClient, AsyncStorefrontClient, CheckoutClient, StorefrontClient
from bigcommerce_checkout.testing import FakeBigCommerce
from generator.reference import anchor_for
from generator.spec import family_of, operations
from tests.spec_tools import FAKE_PENDING_OPERATIONS, committed_spec

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# Pages whose examples another test runs, with its own setup.
RUN_ELSEWHERE = {
    "guides/testing-offline.md": "tests/test_fake_guide.py runs it with the fake it starts itself",
    "reference/identity.md": "tests/test_customer_identity.py runs it with the token of a signed-in session",
}

STORE_HASH = "k7x2q9rm"
# The ids the examples use (the spec's example values) and what they stand for.
CHECKOUT_ID = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
ITEM_ID = "6f1c2d0e-4b7a-4c55-9a51-2f0f6d7c9e11"
CONSIGNMENT_ID = "9a7d1f0b3c2e4"
SHIPPING_OPTION_ID = "4dcbf24f457dd67d5f89bcf374e0bc9b"
SERVER_ADDRESS_ID = "64e1b7c2d90af"
STOREFRONT_ADDRESS_ID = "6a1f3e9b0c2d4"
FEE_ID = "3c5e7a90-1b2d-4f6a-8c9e-0a1b2c3d4e5f"
COUPON = "AUTUMN15"
GIFT_CERTIFICATE = "GC-7Q2M-4KXR"
# The shopper session cookies the storefront examples hold ("as their browser sent it").
SESSION_TOKENS = ("the-shopper-session-token", "the-signed-in-shopper-session-token")
CUSTOMER_ID = 4812  # update cart
METAFIELD_IDS = (31, 32)
ORDER_ID = 40127
# The Orders examples': an order, one of its products, a refund, a metafield, the refund's provider.
ORDERS_ORDER_ID = 118
ORDER_PRODUCT_ID = 41
REFUND_ID = 7
ORDER_METAFIELD_ID = 31
REFUND_PROVIDER = "testgateway"
WEBHOOK_ID = 30512

MUG = {"product_id": 112, "variant_id": 358, "name": "Teal enamel mug", "price": 32, "quantity": 2}
EBOOK = {"product_id": 140, "name": "Camping recipes", "price": 10, "type": "digital"}
ADDRESS = {
    "first_name": "Ada",
    "last_name": "Okafor",
    "email": "ada.okafor@example.com",
    "address1": "14 Harbour Lane",
    "city": "Portland",
    "state_or_province": "Oregon",
    "country_code": "US",
    "postal_code": "97201",
}
MARKER = re.compile(r"^\s*<!-- example: (?P<words>[\w -]+) -->\s*$")
FENCE = re.compile(r"^(?P<indent>\s*)```python\s*$")
TAB = re.compile(r'^=== "(?P<tab>[^"]+)"\s*$')


# --------------------------------------------------------------------------- finding the examples


@dataclass
class Example:
    page: str  # relative to docs/
    line: int
    code: str
    anchor: str  # the operation heading it sits under ("" outside the reference)
    markers: set[str] = field(default_factory=set)
    tab: str = ""  # the content tab it is in ("Python (async)"), "" outside tabs

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"


def examples_of(page: Path) -> list[Example]:
    """The ```python blocks of a Markdown page, at any indentation (tabs, admonitions)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Example] = []
    anchor = ""
    tab = ""
    markers: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if heading := re.match(r"^### .*\{ #(?P<anchor>[\w-]+)", line):
            anchor = heading["anchor"]
        if line.strip() and not line.startswith((" ", "\t")):
            tab = ""  # a line at the margin ends any tab
        if tab_line := TAB.match(line):
            tab = tab_line["tab"]
        if marker := MARKER.match(line):
            markers = set(marker["words"].split())
        fence = FENCE.match(line)
        if fence:
            indent = fence["indent"]
            body = []
            i += 1
            while lines[i].strip() != "```":
                body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i].strip())
                i += 1
            rel = page.relative_to(DOCS if page.is_relative_to(DOCS) else ROOT).as_posix()
            found.append(Example(rel, i - len(body), "\n".join(body) + "\n", anchor, markers, tab))
            markers = set()
        i += 1
    return found


def _pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if p.relative_to(DOCS).as_posix() not in RUN_ELSEWHERE)


REFERENCE_PAGES = (
    "reference/server.md",
    "reference/v2.md",
    "reference/storefront.md",
    "reference/payments.md",
)
_REFERENCE_BLOCKS = [e for p in REFERENCE_PAGES for e in examples_of(DOCS / p)]
# The set-up block of each page and tab: the blocks before the first operation heading.
SETUPS_OF_PAGES = {(e.page, e.tab): e for e in _REFERENCE_BLOCKS if not e.anchor}
ALL_REFERENCE_EXAMPLES = [e for e in _REFERENCE_BLOCKS if e.anchor]
# The fake routes of FAKE_PENDING_OPERATIONS come later: their examples, run on the fake, wait for them.
PENDING_ANCHORS = {
    anchor_for(str(family_of(path)), op["operationId"])
    for path, _, op in operations(committed_spec())
    if op["operationId"] in FAKE_PENDING_OPERATIONS
}
REFERENCE_EXAMPLES = [e for e in ALL_REFERENCE_EXAMPLES if e.anchor not in PENDING_ANCHORS]
GUIDE_PAGES = [
    p.relative_to(DOCS).as_posix() for p in _pages() if p.relative_to(DOCS).as_posix() not in REFERENCE_PAGES
]


# --------------------------------------------------------------------------- running them


class Swap(ast.NodeTransformer):
    """Replace the example ids by the seeded ones, and any `version` by the checkout's current one."""

    def __init__(
        self,
        ids: dict[str, str],
        positional: dict[int, Any],
        version: int | None,
        numbers: dict[int, int] | None = None,
    ) -> None:
        self.ids, self.positional, self.version = ids, positional, version
        self.numbers = numbers or {}

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str) and node.value in self.ids:
            return ast.copy_location(ast.Constant(self.ids[node.value]), node)
        if type(node.value) is int and node.value in self.numbers:  # an example's order id
            return ast.copy_location(ast.Constant(self.numbers[node.value]), node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if ast.unparse(node.func).startswith("client."):
            # Example ids that are numbers (a metafield, an order, a customer), wherever they sit in
            # the call's arguments: positional, or inside the body (`[31, 32]`, `{"id": 31}`).
            node.args = [_Numbers(self.positional).visit(a) for a in node.args]
        self.generic_visit(node)
        return node

    def visit_keyword(self, node: ast.keyword) -> ast.AST:
        if node.arg == "version" and self.version is not None and isinstance(node.value, ast.Constant):
            node.value = ast.copy_location(ast.Constant(self.version), node.value)
        self.generic_visit(node)
        return node

    def visit_Dict(self, node: ast.Dict) -> ast.AST:
        for n, key in enumerate(node.keys):
            value = node.values[n]
            if (
                isinstance(key, ast.Constant)
                and key.value == "version"
                and self.version is not None
                and isinstance(value, ast.Constant)
            ):
                node.values[n] = ast.copy_location(ast.Constant(self.version), value)
        self.generic_visit(node)
        return node


class _Numbers(ast.NodeTransformer):
    def __init__(self, positional: dict[int, Any]) -> None:
        self.positional = positional

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if type(node.value) is int and node.value in self.positional:
            return ast.copy_location(ast.Constant(self.positional[node.value]), node)
        if isinstance(node.value, str) and node.value.isdigit() and int(node.value) in self.positional:
            # an id written as the string BigCommerce documents (the batch metafield update's `id`)
            return ast.copy_location(ast.Constant(str(self.positional[int(node.value)])), node)
        return node


def run(example: Example, namespace: dict[str, Any], swap: Swap) -> None:
    tree = ast.fix_missing_locations(swap.visit(ast.parse(example.code)))
    exec(compile(tree, example.name, "exec"), namespace)  # noqa: S102 - our own documentation


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBigCommerce]:
    """A running fake; the four clients and the token of the examples point at it."""
    with FakeBigCommerce(store_hash=STORE_HASH) as running:
        running.seed_coupon(COUPON, percentage=15)
        running.seed_gift_certificate(GIFT_CERTIFICATE, 25)
        running.seed_pickup_method(1)
        monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", running.access_token)
        monkeypatch.setenv("BIGCOMMERCE_CLIENT_ID", running.app_client_id)
        monkeypatch.setenv("BIGCOMMERCE_CLIENT_SECRET", running.app_client_secret)
        for base in (CheckoutClient, AsyncCheckoutClient, StorefrontClient, AsyncStorefrontClient):
            monkeypatch.setattr(bigcommerce_checkout, base.__name__, _pointed_at(base, running.url))
        monkeypatch.setattr(bigcommerce_checkout, "customer_login_url", _login_at(running.url))
        yield running


def _pointed_at(base: type[Any], url: str) -> type[Any]:
    def __init__(self: Any, **kwargs: Any) -> None:
        kwargs.setdefault("base_url", url)
        if base in (CheckoutClient, AsyncCheckoutClient):  # the fake is the payments host too
            kwargs.setdefault("payments_base_url", url)
        base.__init__(self, **kwargs)

    return type(base.__name__, (base,), {"__init__": __init__})


def _login_at(url: str) -> Callable[..., str]:
    """`customer_login_url` for the storefront at `url`: the examples' `store_domain` is a real one."""

    def customer_login_url(**kwargs: Any) -> str:
        kwargs.pop("store_domain", None)
        kwargs.setdefault("base_url", url)
        return bigcommerce_checkout.customer_login.customer_login_url(**kwargs)

    return customer_login_url


def _server(fake: FakeBigCommerce) -> CheckoutClient:
    return CheckoutClient(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url)


def _storefront(fake: FakeBigCommerce, p: Prepared) -> StorefrontClient:
    """A storefront client of the shopper whose cart it is (the session cookies the fake issued)."""
    return StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(p.cart_id))


@dataclass
class Prepared:
    cart_id: str
    ids: dict[str, str] = field(default_factory=dict)
    positional: dict[int, Any] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)  # example order id -> the seeded one
    env: dict[str, str] = field(default_factory=dict)  # environment the page's set-up reads


def seed_store(fake: FakeBigCommerce, *, signed_in: bool = False) -> Prepared:
    """A new cart with two mugs (physical) and an e-book; with `signed_in`, the cart of a signed-in
    customer who has store credit."""
    customer_id = 0
    if signed_in:
        customer_id = fake.seed_customer(f"shopper{len(fake.requests)}@example.com", store_credit=20)
    cart_id = fake.seed_cart(items=[MUG, EBOOK], customer_id=customer_id)
    item = fake.checkout(cart_id)["cart"]["line_items"]["physical_items"][0]["id"]
    # The storefront examples act as the cart's shopper: their cookie is the session of this cart.
    session = fake.shopper_cookies(cart_id)["SHOP_SESSION_TOKEN"]
    return Prepared(cart_id, {CHECKOUT_ID: cart_id, ITEM_ID: item} | dict.fromkeys(SESSION_TOKENS, session))


# --------------------------------------------------------------------------- reference examples

Setup = Callable[[FakeBigCommerce, Prepared], None]


def _consignment(fake: FakeBigCommerce, p: Prepared, *, select: bool = False) -> None:
    with _server(fake) as client:
        checkout = client.checkouts.consignments.add(
            p.cart_id,
            [{"address": ADDRESS, "line_items": [{"item_id": p.ids[ITEM_ID], "quantity": 2}]}],
            include=["consignments.available_shipping_options"],
        )
        consignment = checkout.consignments[0]
        option = consignment.available_shipping_options[0].id
        p.ids[CONSIGNMENT_ID], p.ids[SHIPPING_OPTION_ID] = consignment.id, option
        if select:
            client.checkouts.consignments.update(p.cart_id, consignment.id, {"shipping_option_id": option})


def _billing(fake: FakeBigCommerce, p: Prepared) -> None:
    with _server(fake) as client:
        address_id = client.checkouts.billing_address.add(p.cart_id, ADDRESS).billing_address.id
    p.ids[SERVER_ADDRESS_ID] = address_id
    p.ids[STOREFRONT_ADDRESS_ID] = address_id


def _ready_for_order(fake: FakeBigCommerce, p: Prepared) -> None:
    _billing(fake, p)
    _consignment(fake, p, select=True)


def _coupon_applied(fake: FakeBigCommerce, p: Prepared) -> None:
    with _server(fake) as client:
        client.checkouts.coupons.add(p.cart_id, COUPON)


def _fee(fake: FakeBigCommerce, p: Prepared) -> None:
    fee = {"type": "custom_fee", "name": "bulky", "display_name": "Bulky", "cost": 5, "source": "docs"}
    with _server(fake) as client:
        checkout = client.checkouts.fees.add(p.cart_id, {"fees": [fee]})
    p.ids[FEE_ID] = str(checkout.fees[0].id)


def _gift_certificate_applied(fake: FakeBigCommerce, p: Prepared) -> None:
    with _storefront(fake, p) as shop:
        shop.checkouts.gift_certificates.add(p.cart_id, GIFT_CERTIFICATE)


def _order(fake: FakeBigCommerce, p: Prepared) -> None:
    _ready_for_order(fake, p)
    with _server(fake) as client:
        p.numbers[ORDER_ID] = client.checkouts.orders.create(p.cart_id).id


def _payment_access_token(fake: FakeBigCommerce, p: Prepared) -> None:
    _order(fake, p)
    with _server(fake) as client:
        token = client.payments.access_tokens.create({"order": {"id": p.numbers[ORDER_ID]}})
    p.env["BIGCOMMERCE_PAYMENT_ACCESS_TOKEN"] = token.id


def _customer(fake: FakeBigCommerce, p: Prepared) -> None:
    p.positional[CUSTOMER_ID] = fake.seed_customer(f"customer{len(fake.requests)}@example.com")


def _metafields(fake: FakeBigCommerce, p: Prepared) -> None:
    with _server(fake) as client:
        for n, example_id in enumerate(METAFIELD_IDS):
            field = {"namespace": "docs", "key": f"key{n}", "value": "v", "permission_set": "app_only"}
            p.positional[example_id] = client.carts.metafields.create(p.cart_id, field).id


def _order_placed(fake: FakeBigCommerce, p: Prepared) -> None:
    _ready_for_order(fake, p)
    with _server(fake) as client:
        p.positional[ORDER_ID] = client.checkouts.orders.create(p.cart_id).id


def _an_order(fake: FakeBigCommerce, p: Prepared) -> None:
    """The Orders examples' order: one placed from the example's cart (not paid: the cart stays)."""
    _order_placed(fake, p)
    p.positional[ORDERS_ORDER_ID] = p.positional.pop(ORDER_ID)


def _paid_order(
    fake: FakeBigCommerce, p: Prepared, *, price: float = 32, authorize_only: bool = False
) -> None:
    """The Orders examples' order, paid: from a cart of its own (paying deletes the cart)."""
    cart_id = fake.seed_cart(items=[{"product_id": 118, "name": "Trail water bottle", "price": price}])
    fake.authorize_only = authorize_only
    card = {
        "type": "card", "number": "4242424242424242", "cardholder_name": "Ada Okafor",
        "expiry_month": 12, "expiry_year": 2031, "verification_value": "123",
    }  # fmt: skip
    try:
        with CheckoutClient(
            store_hash=fake.store_hash,
            access_token=fake.access_token,
            base_url=fake.url,
            payments_base_url=fake.url,
        ) as client:
            client.checkouts.billing_address.add(cart_id, ADDRESS)
            shipped = client.checkouts.consignments.ship_all_to(
                cart_id, ADDRESS, include=["consignments.available_shipping_options"]
            )
            options = shipped.consignments[0].available_shipping_options or []
            client.checkouts.consignments.select_shipping_option(cart_id, options[0].id)
            order_id = client.checkouts.orders.create(cart_id).id
            client.payments.pay(order_id, {"instrument": card, "payment_method_id": "braintree.card"})
            [product] = client.orders.products.list(order_id)
    finally:
        fake.authorize_only = False
    p.positional[ORDERS_ORDER_ID], p.positional[ORDER_PRODUCT_ID] = order_id, product.id
    p.ids[REFUND_PROVIDER] = "braintree"  # the fake's test gateway


def _authorised_order(fake: FakeBigCommerce, p: Prepared) -> None:
    _paid_order(fake, p, authorize_only=True)


def _refundable_order(fake: FakeBigCommerce, p: Prepared) -> None:
    _paid_order(fake, p, price=24.5)  # what the refund example pays back for one unit


def _refund(fake: FakeBigCommerce, p: Prepared) -> None:
    _paid_order(fake, p)
    order_id = p.positional[ORDERS_ORDER_ID]
    with _server(fake) as client:
        client.orders.refunds.create(
            order_id,
            {"items": [{"item_type": "ORDER", "item_id": order_id, "amount": 1}],
             "payments": [{"provider_id": "braintree", "amount": 1, "offline": False}]},
        )  # fmt: skip
    p.positional[REFUND_ID] = fake.refunds[-1].id


def _order_metafield(fake: FakeBigCommerce, p: Prepared) -> None:
    _an_order(fake, p)
    field = {"namespace": "docs", "key": "reference", "value": "v", "permission_set": "app_only"}
    with _server(fake) as client:
        p.positional[ORDER_METAFIELD_ID] = client.orders.metafields.create(
            p.positional[ORDERS_ORDER_ID], field
        ).id


def _webhook(fake: FakeBigCommerce, p: Prepared) -> None:
    with _server(fake) as client:
        hook = client.webhooks.create("store/cart/converted", "https://hooks.example.net/docs")
        p.positional[WEBHOOK_ID] = hook.id


def _nothing(fake: FakeBigCommerce, p: Prepared) -> None:
    pass


# What each operation's example needs to find in the store before it runs.
SETUPS: dict[str, Setup] = {
    "server-update-checkout-billing-address": _billing,
    "server-update-checkout-consignment": _consignment,
    "server-delete-checkout-consignment": _consignment,
    "server-delete-checkout-coupon": _coupon_applied,
    "server-create-order": _ready_for_order,
    "server-update-checkout-fees": _fee,
    "server-delete-checkout-fees": _fee,
    "storefront-update-checkout-billing-address": _billing,
    "storefront-update-checkout-consignment": _consignment,
    "storefront-delete-checkout-consignment": _consignment,
    "storefront-delete-checkout-coupon": _coupon_applied,
    "storefront-delete-checkout-gift-certificate": _gift_certificate_applied,
    "server-list-payment-methods": _order,
    "server-create-payment-access-token": _order,
    "payments-process-payment": _payment_access_token,
    "server-update-cart": _customer,
    "server-get-cart-metafield": _metafields,
    "server-update-cart-metafield": _metafields,
    "server-delete-cart-metafield": _metafields,
    "server-update-cart-metafields": _metafields,
    "server-delete-cart-metafields": _metafields,
    "storefront-get-order": _order_placed,
    **dict.fromkeys(
        (
            "v2-get-orders",
            "v2-get-orders-count",
            "v2-get-order",
            "v2-update-order",
            "v2-get-order-products",
            "v2-get-order-shipping-addresses",
            "v2-get-order-coupons",
            "v2-get-order-taxes",
            "v2-get-order-consignments",
            "v2-get-order-fees",
            "server-get-order-transactions",
            "server-get-order-refunds",
            "server-get-order-metafields",
            "server-create-order-metafield",
        ),
        _an_order,
    ),
    "server-capture-order-payment": _authorised_order,
    "server-void-order-payment": _authorised_order,
    "server-create-order-refund-quotes": _refundable_order,
    "server-create-order-refund": _refundable_order,
    "server-get-order-refund": _refund,
    "server-get-order-metafield": _order_metafield,
    "server-update-order-metafield": _order_metafield,
    "server-delete-order-metafield": _order_metafield,
    "server-get-webhook": _webhook,
    "server-update-webhook": _webhook,
    "server-delete-webhook": _webhook,
}
# The success statuses each operation documents (201 for a created cart, 204 for a deletion...).
SUCCESS = {
    anchor_for(str(family_of(path)), op["operationId"]): {
        int(code) for code in op["responses"] if code.startswith("2")
    }
    for path, _, op in operations(committed_spec())
}
SIGNED_IN = {"storefront-add-checkout-store-credit", "storefront-remove-checkout-store-credit"}


def test_every_reference_operation_has_two_python_examples() -> None:
    anchors = [e.anchor for e in ALL_REFERENCE_EXAMPLES]
    assert len(anchors) == 2 * len(set(anchors)) == 2 * 99
    assert all(anchors.count(a) == 2 for a in anchors)
    assert len(PENDING_ANCHORS) == len(FAKE_PENDING_OPERATIONS)
    assert set(anchors) >= PENDING_ANCHORS
    assert len(REFERENCE_EXAMPLES) == 2 * (99 - len(FAKE_PENDING_OPERATIONS))
    assert {e.tab for e in REFERENCE_EXAMPLES} == {"Python", "Python (async)"}
    assert set(SETUPS_OF_PAGES) == {(p, tab) for p in REFERENCE_PAGES for tab in ("Python", "Python (async)")}


def test_reference_examples_are_the_call_alone() -> None:
    """The client set-up is shown once per page: an example neither imports nor opens a client."""
    problems = []
    for e in REFERENCE_EXAMPLES:
        tree = ast.parse(e.code)
        statements = [ast.unparse(s) for s in tree.body]
        if len(statements) != 1 or not re.match(r"^\w+ = (await )?client\.", statements[0]):
            problems.append(f"{e.name}: {statements}")
    assert problems == []


def reference_program(example: Example) -> str:
    """The page's set-up block of the example's tab, the example, then closing the client."""
    setup = SETUPS_OF_PAGES[(example.page, example.tab)]
    closing = "await client.close()" if example.tab == "Python (async)" else "client.close()"
    return setup.code + example.code + closing + "\n"


def run_reference(example: Example, swap: Swap) -> None:
    """Run an example after its set-up; an async one with top-level `await`, as in `python -m asyncio`."""
    tree = ast.fix_missing_locations(swap.visit(ast.parse(reference_program(example))))
    code = compile(tree, example.name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, Any] = {"__name__": "__docs_example__"}
    result = eval(code, namespace)  # noqa: S307 - our own documentation; a coroutine when it awaits
    if asyncio.iscoroutine(result):
        asyncio.run(result)


@pytest.mark.parametrize("example", REFERENCE_EXAMPLES, ids=lambda e: f"{e.anchor}-{e.tab}")
def test_reference_example_runs(
    example: Example, fake: FakeBigCommerce, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = seed_store(fake, signed_in=example.anchor in SIGNED_IN)
    SETUPS.get(example.anchor, _nothing)(fake, prepared)
    for name, value in prepared.env.items():
        monkeypatch.setenv(name, value)
    before = len(fake.requests)
    version = fake.checkout(prepared.cart_id)["version"]
    run_reference(example, Swap(prepared.ids, prepared.positional, version, prepared.numbers))
    sent = fake.requests[before:]
    assert len(sent) == 1, f"{example.name} sent {len(sent)} requests"
    assert sent[0].status in SUCCESS[example.anchor], (
        f"{example.name}: {sent[0].method} {sent[0].path} -> {sent[0].status}"
    )


# --------------------------------------------------------------------------- guides and other pages


def _close_clients(namespace: dict[str, Any]) -> None:
    """Close the clients a page left open (a page may keep one open across its blocks)."""
    for value in namespace.values():
        if isinstance(value, CheckoutClient | StorefrontClient):
            value.close()
        elif isinstance(value, AsyncCheckoutClient | AsyncStorefrontClient):
            asyncio.run(value.close())


@pytest.mark.parametrize("page", GUIDE_PAGES)
def test_page_examples_run_top_to_bottom(page: str, fake: FakeBigCommerce) -> None:
    examples = examples_of(DOCS / page)
    namespace: dict[str, Any] = {}
    prepared: Prepared | None = None
    try:
        for example in examples:
            if prepared is None or "new-cart" in example.markers:
                _close_clients(namespace)
                prepared = seed_store(fake, signed_in="signed-in" in example.markers)
                namespace = {"__name__": "__docs_example__"}
            run(example, namespace, Swap(prepared.ids, {}, None))
    finally:
        _close_clients(namespace)
    problems = [f"{r.method} {r.path} -> {r.status}" for r in fake.requests if (r.status or 500) >= 500]
    assert problems == []
