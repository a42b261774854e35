"""The demo store of `python -m bigcommerce_checkout.testing`: the store the documentation is written for.

The README, the PyPI page and the guides use one store hash, one cart id, one coupon code, one gift
certificate and one pickup method. The command seeds exactly those, so their code runs as written
against it: only the clients' `base_url` differs from a real store, and the token comes from
`BIGCOMMERCE_ACCESS_TOKEN` as the docs read it. A page that starts "on a new cart" needs a fresh
start of the command: the cart id is always the same.

The demo cart belongs to the storefront session whose `SHOP_SESSION_TOKEN` cookie is the one the
docs' storefront examples send. The docs call its shopper both "the shopper" and, where store credit
is at stake, "the signed-in shopper": both cookie values open the same session.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._fake import FakeBigCommerce
from ._seed_catalog import DEFAULT_PRODUCTS
from ._state import default_shipping_options

STORE_HASH = "k7x2q9rm"
CART_ID = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
SHOPPER = "ada.okafor@example.com"
STORE_CREDIT = 20
COUPONS = {"AUTUMN15": 15, "DEMO10": 10}  # code -> percentage off
GIFT_CERTIFICATE = ("GC-7Q2M-4KXR", 25)
PICKUP_METHOD = (1, "Pick up at the Portland shop")
SESSION_TOKEN = "the-shopper-session-token"  # noqa: S105 - the docs' placeholder, not a secret
SIGNED_IN_SESSION_TOKEN = "the-signed-in-shopper-session-token"  # noqa: S105 - likewise
ITEMS = (
    {
        "product_id": 112,
        "variant_id": 358,
        "name": "Teal enamel mug",
        "sku": "MUG-TEAL",
        "price": 32,
        "quantity": 2,
    },
    {"product_id": 140, "name": "Camping recipes (e-book)", "price": 10, "type": "digital"},
)


@dataclass(frozen=True)
class Demo:
    """What `seed_demo` put in the store, for the banner."""

    cart_id: str
    lines: tuple[str, ...]
    cookies: dict[str, str]


def seed_demo(fake: FakeBigCommerce) -> Demo:
    customer_id = fake.seed_customer(SHOPPER, first_name="Ada", last_name="Okafor", store_credit=STORE_CREDIT)
    cart_id = fake.seed_cart(items=list(ITEMS), customer_id=customer_id, cart_id=CART_ID)
    cookies = fake._give_session(cart_id, SESSION_TOKEN, aliases=(SIGNED_IN_SESSION_TOKEN,))
    fake._sign_in(SESSION_TOKEN, customer_id)  # its /customer/current.jwt names the shopper
    for code, percentage in COUPONS.items():
        fake.seed_coupon(code, percentage=percentage)
    fake.seed_gift_certificate(*GIFT_CERTIFICATE)
    fake.seed_pickup_method(*PICKUP_METHOD)
    contents = ", ".join(f"{item.get('quantity', 1)} x {item['name']}" for item in ITEMS)
    code, balance = GIFT_CERTIFICATE
    return Demo(
        cart_id,
        (
            f"cart              {cart_id}: {contents}",
            f"shopper           signed in as {SHOPPER}, with {STORE_CREDIT} in store credit",
            f"shopper session   cookie SHOP_SESSION_TOKEN={SESSION_TOKEN} (storefront calls on the cart need it)",
            "coupons           " + ", ".join(f"{c} ({p}% off)" for c, p in COUPONS.items()),
            f"gift certificate  {code} (balance {balance})",
            f"pickup method     {PICKUP_METHOD[0]} ({PICKUP_METHOD[1]})",
            "shipping options  "
            + ", ".join(f"{o.description} ({o.cost})" for o in default_shipping_options())
            + ", for any address",
            "products          "
            + ", ".join(f"{p['product_id']} ({p['name']})" for p in DEFAULT_PRODUCTS)
            + "; see the testing-offline guide",
        ),
        cookies,
    )
