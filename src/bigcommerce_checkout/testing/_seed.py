"""Checks on what a test seeds, so a typo fails at the seeding call and not as a puzzling total.

Wrong types raise TypeError, wrong values ValueError; each message names the argument.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NotRequired, TypedDict

from ._money import MAX_AMOUNT, to_decimal
from ._state import COUPON_TYPES, CouponType, Item, ItemKind, ShippingOptionDef, new_uuid

# name -> (symbol, decimal places); other ISO codes are accepted with their code as symbol and 2 places
CURRENCIES: dict[str, tuple[str, str, int]] = {
    "USD": ("US Dollar", "$", 2),
    "EUR": ("Euro", "€", 2),
    "GBP": ("British Pound", "£", 2),
    "CAD": ("Canadian Dollar", "$", 2),
    "AUD": ("Australian Dollar", "$", 2),
    "JPY": ("Japanese Yen", "¥", 0),
}

# ISO 3166 code -> the name a storefront checkout and an order show; other codes show as themselves
COUNTRIES = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "AU": "Australia",
    "NZ": "New Zealand",
    "IE": "Ireland",
    "DE": "Germany",
    "FR": "France",
    "NL": "Netherlands",
    "ES": "Spain",
    "IT": "Italy",
    "JP": "Japan",
}


class SeedItem(TypedDict):
    """One line of a seeded cart (`fake.seed_cart(items=[...])`)."""

    product_id: int
    name: str
    price: float | int | Decimal
    quantity: NotRequired[int]
    sku: NotRequired[str]
    type: NotRequired[ItemKind]
    variant_id: NotRequired[int]
    is_taxable: NotRequired[bool]
    url: NotRequired[str]
    image_url: NotRequired[str]
    options: NotRequired[Mapping[str, str]]
    categories: NotRequired[Sequence[str]]


class SeedShippingOption(TypedDict):
    """A shipping method offered to every consignment (`fake.seed_shipping_options([...])`)."""

    description: str
    cost: float | int | Decimal
    type: NotRequired[str]
    transit_time: NotRequired[str]
    image_url: NotRequired[str]
    additional_description: NotRequired[str]


_ITEM_KEYS = set(SeedItem.__annotations__)
_OPTION_KEYS = set(SeedShippingOption.__annotations__)


def text(value: object, name: str, *, allow_empty: bool = False, max_length: int | None = None) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{name} must be at most {max_length} characters")
    return value


def integer(value: object, name: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


def cart_id(value: object) -> str:
    """A cart id as BigCommerce writes them: a UUID in lower case, with hyphens."""
    value = text(value, "cart_id")
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
        raise ValueError(
            f"cart_id must be a UUID such as '0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90', got {value!r}"
        )
    return value


def amount(value: object, name: str, *, positive: bool = False) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be finite")
    result = to_decimal(value)
    if result < 0 or (positive and result == 0):
        raise ValueError(f"{name} must be {'more than' if positive else 'at least'} 0, got {value}")
    if result > MAX_AMOUNT:
        raise ValueError(f"{name} must be at most {MAX_AMOUNT}")
    return result


def boolean(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def currency(code: object) -> tuple[str, str, str, int]:
    """(code, name, symbol, places) for an ISO 4217 code."""
    code = text(code, "currency")
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"currency must be an ISO 4217 code such as 'USD', got {code!r}")
    name, symbol, places = CURRENCIES.get(code, (code, code, 2))
    return code, name, symbol, places


def items(values: object) -> list[Item]:
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise TypeError("items must be a list of dicts")
    if not values:
        raise ValueError("items must not be empty: BigCommerce has no checkout for an empty cart")
    return [_item(value, f"items[{n}]") for n, value in enumerate(values)]


def _item(value: object, where: str) -> Item:
    if not isinstance(value, Mapping):
        raise TypeError(f"{where} must be a dict, not {type(value).__name__}")
    unknown = set(value) - _ITEM_KEYS
    if unknown:
        raise ValueError(f"{where} has unknown keys {sorted(unknown)}; allowed: {sorted(_ITEM_KEYS)}")
    for key in ("product_id", "name", "price"):
        if key not in value:
            raise ValueError(f"{where} needs {key!r}")
    kind = value.get("type", "physical")
    if kind not in ("physical", "digital"):
        raise ValueError(f"{where}.type must be 'physical' or 'digital', got {kind!r}")
    product_id = integer(value["product_id"], f"{where}.product_id", minimum=1)
    options = value.get("options", {})
    if not isinstance(options, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in options.items()
    ):
        raise TypeError(f"{where}.options must map option names to values (str -> str)")
    categories = value.get("categories", [])
    if isinstance(categories, str) or not all(isinstance(c, str) for c in categories):
        raise TypeError(f"{where}.categories must be a list of str")
    return Item(
        id=new_uuid(),
        kind=kind,
        product_id=product_id,
        variant_id=integer(value.get("variant_id", product_id), f"{where}.variant_id", minimum=1),
        name=text(value["name"], f"{where}.name"),
        sku=text(value.get("sku", ""), f"{where}.sku", allow_empty=True),
        price=amount(value["price"], f"{where}.price"),
        quantity=integer(value.get("quantity", 1), f"{where}.quantity", minimum=1),
        is_taxable=boolean(value.get("is_taxable", True), f"{where}.is_taxable"),
        url=text(value.get("url", ""), f"{where}.url", allow_empty=True),
        image_url=text(value.get("image_url", ""), f"{where}.image_url", allow_empty=True),
        options=dict(options),
        categories=list(categories),
    )


def coupon_kind(coupon_type: object, percentage: object, amount_off: object) -> tuple[CouponType, Decimal]:
    """The coupon's type and value from `percentage=` / `amount=` / `type=`."""
    if percentage is not None and amount_off is not None:
        raise ValueError("give either percentage= or amount=, not both")
    if coupon_type is None:
        if percentage is not None:
            coupon_type = "percentage_discount"
        elif amount_off is not None:
            coupon_type = "per_total_discount"
        else:
            raise ValueError("a coupon needs percentage=, amount= or type='free_shipping'")
    if not isinstance(coupon_type, str):
        raise TypeError(f"type must be a str, not {type(coupon_type).__name__}")
    if coupon_type not in COUPON_TYPES:
        raise ValueError(f"unknown coupon type {coupon_type!r}; known: {', '.join(COUPON_TYPES)}")
    kind: CouponType = coupon_type
    if kind == "free_shipping":
        if percentage is not None or amount_off is not None:
            raise ValueError("a free_shipping coupon takes no percentage= or amount=")
        return kind, Decimal(0)
    if kind == "percentage_discount":
        if percentage is None:
            raise ValueError("a percentage_discount coupon needs percentage=")
        value = amount(percentage, "percentage", positive=True)
        if value > 100:
            raise ValueError(f"percentage must be at most 100, got {percentage}")
        return kind, value
    if amount_off is None:
        raise ValueError(f"a {kind} coupon needs amount=")
    return kind, amount(amount_off, "amount", positive=True)


def shipping_options(values: object) -> list[ShippingOptionDef]:
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise TypeError("options must be a list of dicts")
    result = []
    for n, value in enumerate(values):
        where = f"options[{n}]"
        if not isinstance(value, Mapping):
            raise TypeError(f"{where} must be a dict, not {type(value).__name__}")
        unknown = set(value) - _OPTION_KEYS
        if unknown:
            raise ValueError(f"{where} has unknown keys {sorted(unknown)}; allowed: {sorted(_OPTION_KEYS)}")
        if "description" not in value or "cost" not in value:
            raise ValueError(f"{where} needs 'description' and 'cost'")
        result.append(
            ShippingOptionDef(
                key=f"option-{n}",
                description=text(value["description"], f"{where}.description"),
                cost=amount(value["cost"], f"{where}.cost"),
                type=text(value.get("type", "shipping_flatrate"), f"{where}.type"),
                transit_time=text(value.get("transit_time", ""), f"{where}.transit_time", allow_empty=True),
                image_url=text(value.get("image_url", ""), f"{where}.image_url", allow_empty=True),
                additional_description=text(
                    value.get("additional_description", ""),
                    f"{where}.additional_description",
                    allow_empty=True,
                ),
            )
        )
    return result


def rate(value: object) -> Decimal:
    result = amount(value, "tax_rate")
    if result >= 1:
        raise ValueError(f"tax_rate is a fraction (0.1 for 10%), must be below 1, got {value}")
    return result


def check_places(value: Decimal, places: int, name: str) -> Decimal:
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(f"{name} has more than {places} decimal places for this currency")
    return value
