"""The store's catalogue (products, variants, options, prices, stock) and how a cart line is priced.

BigCommerce prices a cart line from the catalogue: a variant's own price, or else the product's
default price, is the *original price*; a sale price below it, when set, becomes the *list price*
the shopper pays; list-value modifiers add their price adjustment to each unit. A `list_price`
sent with the line item (server-to-server only) replaces the catalogue's price. The retail price
(MSRP) is kept for display and changes no amount, as on BigCommerce.

Stock: a product or variant with a stock level accepts no more units in one cart than it has; a
line whose product tracks no stock (`stock=None`) takes any quantity. The fake checks stock when a
cart changes and does not take units out of stock when an order is placed.

Errors are raised in API-neutral terms (snake_case field names); the storefront handlers rename
them. The refusal for stock uses 422 with the reason in `title`, as BigCommerce's Carts API answers
a quantity the catalogue cannot supply (its published answers carry the sentence in `title`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._errors import ApiError, unprocessable
from ._money import ZERO, rounded
from ._state import Checkout, Item, ItemKind, Store, new_uuid, now_iso

MAX_QUANTITY = 10**6
# Exchange rates from the store's default currency (USD), for carts priced in another currency.
RATES: dict[str, Decimal] = {
    "USD": Decimal(1),
    "EUR": Decimal("0.92"),
    "GBP": Decimal("0.79"),
    "CAD": Decimal("1.36"),
    "AUD": Decimal("1.52"),
    "JPY": Decimal(150),
}


@dataclass(frozen=True)
class OptionValue:
    id: int
    label: str
    adjuster: Decimal = ZERO  # added to the unit price (modifiers only)


@dataclass(frozen=True)
class ProductOption:
    """A variant option (its values pick the variant) or a modifier (a list, or free text)."""

    id: int
    name: str
    values: tuple[OptionValue, ...]
    variant_option: bool
    required: bool

    def value(self, value_id: int) -> OptionValue | None:
        return next((v for v in self.values if v.id == value_id), None)


@dataclass
class Variant:
    id: int
    sku: str
    values: dict[int, int]  # variant option id -> value id
    price: Decimal | None = None
    sale_price: Decimal | None = None
    stock: int | None = None


@dataclass
class Product:
    id: int
    name: str
    kind: ItemKind
    price: Decimal
    sale_price: Decimal | None = None
    retail_price: Decimal | None = None
    sku: str = ""
    stock: int | None = None  # used for a product without variants
    is_taxable: bool = True
    url: str = ""
    image_url: str = ""
    categories: tuple[str, ...] = ()
    options: tuple[ProductOption, ...] = ()
    variants: list[Variant] = field(default_factory=list)

    def option(self, option_id: int) -> ProductOption | None:
        return next((o for o in self.options if o.id == option_id), None)

    def variant(self, variant_id: int) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)


@dataclass
class Metafield:
    """A metafield of a cart or (with the orders) of an order: `resource_id` is the cart's or order's id."""

    id: int
    resource_id: str
    namespace: str
    key: str
    value: str
    permission_set: str
    description: str = ""
    date_created: str = field(default_factory=now_iso)
    date_modified: str = field(default_factory=now_iso)
    resource_type: str = "cart"


@dataclass
class LineRequest:
    """One line item as either API sends it, in neutral terms."""

    product_id: float
    quantity: float
    variant_id: float | None = None
    list_price: float | None = None
    name: str | None = None
    selections: list[tuple[int | None, Any]] = field(default_factory=list)  # (option id, value)
    where: str = ""


def whole(value: float | None, name: str, *, minimum: int = 1, maximum: int = MAX_QUANTITY) -> int:
    """A number the request sends as `number` that must be a whole one (a quantity, an id)."""
    if value is None or isinstance(value, bool) or not math.isfinite(value) or value != int(value):
        raise unprocessable("Invalid line item", **{name: "must be a whole number"})
    if not minimum <= value <= maximum:
        raise unprocessable("Invalid line item", **{name: f"must be from {minimum} to {maximum}"})
    return int(value)


def purchasing_allowed(store: Store, channel_id: int) -> bool:
    own = store.channel_purchasing.get(channel_id)
    return store.allow_purchasing if own is None else own


def check_purchasing(store: Store, channel_id: int) -> None:
    if not purchasing_allowed(store, channel_id):
        raise unprocessable(
            "Purchasing is disabled for this store",
            channel_id="the cart settings do not allow purchasing on this channel",
        )


def price_in(amount: Decimal, currency: str, places: int) -> Decimal:
    return rounded(amount * RATES.get(currency, Decimal(1)), places)


def build_item(store: Store, checkout: Checkout, line: LineRequest, *, keep_id: str | None = None) -> Item:
    """A priced item for the cart from the catalogue; stock is checked by `check_stock`."""
    where = line.where
    product_id = whole(line.product_id, f"{where}product_id", maximum=2**31 - 1)
    quantity = whole(line.quantity, f"{where}quantity")
    product = store.products.get(product_id)
    if product is None:
        raise unprocessable("Product not found", **{f"{where}product_id": f"no product has id {product_id}"})
    chosen: dict[int, int] = {}  # variant option id -> value id
    names: dict[str, str] = {}
    ids: dict[str, tuple[int, int | None]] = {}
    adjust = ZERO
    for n, (option_id, value) in enumerate(line.selections):
        key = f"{where}option_selections[{n}]"
        option = product.option(option_id) if option_id is not None else None
        if option is None:
            raise unprocessable("Invalid option", **{f"{key}.option_id": "is not an option of this product"})
        if option.values:
            value_id = (
                value
                if type(value) is int
                else int(value)
                if isinstance(value, str) and value.isdigit()
                else None
            )
            picked = option.value(value_id) if value_id is not None else None
            if picked is None:
                raise unprocessable(
                    "Invalid option", **{f"{key}.option_value": f"is not a value of option {option.name!r}"}
                )
            names[option.name], ids[option.name] = picked.label, (option.id, picked.id)
            if option.variant_option:
                chosen[option.id] = picked.id
            else:
                adjust += picked.adjuster
        else:
            if not isinstance(value, str) or not value.strip():
                raise unprocessable(
                    "Invalid option", **{f"{key}.option_value": "must be text for this option"}
                )
            names[option.name], ids[option.name] = value, (option.id, None)
    variant = _variant(product, line, chosen, where)
    for option in product.options:
        if option.variant_option and variant is not None:
            value_id = variant.values.get(option.id)
            picked = option.value(value_id) if value_id is not None else None
            if picked is not None:
                names[option.name], ids[option.name] = picked.label, (option.id, picked.id)
        elif option.required and option.name not in names:
            raise unprocessable(
                "Invalid option", **{f"{where}option_selections": f"{option.name!r} is required"}
            )
    base = variant.price if variant is not None and variant.price is not None else product.price
    sale = (
        variant.sale_price if variant is not None and variant.sale_price is not None else product.sale_price
    )
    listed = sale if sale is not None and ZERO < sale < base else base
    places = checkout.places
    overridden = line.list_price is not None
    if line.list_price is not None:
        if not math.isfinite(line.list_price) or line.list_price < 0:
            raise unprocessable("Invalid line item", **{f"{where}list_price": "must be a price of 0 or more"})
        price = rounded(Decimal(str(line.list_price)), places)
    else:
        price = price_in(listed + adjust, checkout.currency, places)
    return Item(
        id=keep_id or new_uuid(),
        kind=product.kind,
        product_id=product.id,
        variant_id=variant.id if variant is not None else product.id,
        name=line.name or product.name,
        sku=variant.sku if variant is not None and variant.sku else product.sku,
        price=price,
        quantity=quantity,
        is_taxable=product.is_taxable,
        url=product.url,
        image_url=product.image_url,
        options=names,
        categories=list(product.categories),
        original_price=price_in(base, checkout.currency, places),
        option_ids=ids,
        price_overridden=overridden,
    )


def _variant(product: Product, line: LineRequest, chosen: dict[int, int], where: str) -> Variant | None:
    if not product.variants:
        if line.variant_id is not None and line.variant_id != product.id:
            raise unprocessable(
                "Invalid variant", **{f"{where}variant_id": "is not a variant of this product"}
            )
        return None
    if line.variant_id is not None:
        variant_id = whole(line.variant_id, f"{where}variant_id", maximum=2**31 - 1)
        variant = product.variant(variant_id)
        if variant is None:
            raise unprocessable(
                "Invalid variant", **{f"{where}variant_id": "is not a variant of this product"}
            )
        if any(variant.values.get(o) != v for o, v in chosen.items()):
            raise unprocessable(
                "Invalid variant", **{f"{where}option_selections": "do not match the variant sent"}
            )
        return variant
    matches = [v for v in product.variants if all(v.values.get(o) == val for o, val in chosen.items())]
    if len(matches) != 1:
        raise unprocessable(
            "Choose a variant",
            **{f"{where}variant_id": "send variant_id, or option_selections for every variant option"},
        )
    return matches[0]


def stock_of(store: Store, item: Item) -> int | None:
    product = store.products.get(item.product_id)
    if product is None:
        return None
    variant = product.variant(item.variant_id)
    return variant.stock if variant is not None else product.stock


def check_stock(store: Store, items: Sequence[Item]) -> None:
    """Refuse a cart that holds more units of a product or variant than are in stock."""
    wanted: dict[tuple[int, int], int] = {}
    for item in items:
        key = (item.product_id, item.variant_id)
        wanted[key] = wanted.get(key, 0) + item.quantity
    for item in items:
        stock = stock_of(store, item)
        count = wanted[(item.product_id, item.variant_id)]
        if stock is not None and count > stock:
            label = f"{item.name} ({item.sku})" if item.sku else item.name
            have = "is out of stock" if stock == 0 else f"has only {stock} in stock"
            raise ApiError(422, f"Not enough stock: {label} {have}; the cart asked for {count}.")


def merge(items: list[Item], new: Item) -> None:
    """Add a line; the same product, variant and options already in the cart get more units instead."""
    for item in items:
        same = (item.product_id, item.variant_id, item.options) == (
            new.product_id,
            new.variant_id,
            new.options,
        )
        if same and not item.price_overridden and not new.price_overridden and item.kind == new.kind:
            item.quantity += new.quantity
            return
    items.append(new)
