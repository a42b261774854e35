"""Checks on `fake.seed_product(...)`, and the products every fake starts with.

Wrong types raise TypeError, wrong values ValueError; each message names the argument, as in
`_seed`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NotRequired, TypedDict

from . import _seed
from ._catalog import OptionValue, Product, ProductOption, Variant
from ._state import ItemKind


class SeedOptionValue(TypedDict):
    """One value of an option or modifier: `{"id": 84, "label": "Oak"}` (modifiers: `adjuster` too)."""

    id: int
    label: str
    adjuster: NotRequired[float | int | Decimal]


class SeedOption(TypedDict):
    """A variant option (`options=`) or a modifier (`modifiers=`; without `values` it takes text)."""

    id: int
    name: str
    values: NotRequired[Sequence[SeedOptionValue]]
    required: NotRequired[bool]


class SeedVariant(TypedDict):
    """A variant: one value of every variant option, with its own SKU, price and stock if it has them."""

    id: int
    options: Mapping[int, int]
    sku: NotRequired[str]
    price: NotRequired[float | int | Decimal]
    sale_price: NotRequired[float | int | Decimal]
    stock: NotRequired[int]


REQUIRED: dict[str, set[str]] = {
    "SeedOptionValue": {"id", "label"},
    "SeedOption": {"id", "name"},
    "SeedVariant": {"id", "options"},
}


def _keys(value: object, where: str, allowed: type[Any]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{where} must be a dict, not {type(value).__name__}")
    known = set(allowed.__annotations__)
    unknown = set(value) - known
    if unknown:
        raise ValueError(f"{where} has unknown keys {sorted(unknown)}; allowed: {sorted(known)}")
    needed = REQUIRED[allowed.__name__] - set(value)
    if needed:
        raise ValueError(f"{where} needs {sorted(needed)}")
    return value


def _list(value: object, where: str) -> Sequence[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{where} must be a list")
    return value


def _option(value: object, where: str, *, variant_option: bool) -> ProductOption:
    raw = _keys(value, where, SeedOption)
    values = []
    for n, v in enumerate(_list(raw.get("values", []), f"{where}.values")):
        item = _keys(v, f"{where}.values[{n}]", SeedOptionValue)
        if variant_option and "adjuster" in item:
            raise ValueError(
                f"{where}.values[{n}]: a variant option has no adjuster; give the variant a price"
            )
        values.append(
            OptionValue(
                _seed.integer(item["id"], f"{where}.values[{n}].id", minimum=1),
                _seed.text(item["label"], f"{where}.values[{n}].label"),
                _signed(item.get("adjuster", 0), f"{where}.values[{n}].adjuster"),
            )
        )
    if len({v.id for v in values}) != len(values):
        raise ValueError(f"{where}.values: value ids must be unique")
    if variant_option and not values:
        raise ValueError(f"{where}: a variant option needs values")
    required = _seed.boolean(raw.get("required", variant_option), f"{where}.required")
    if variant_option and not required:
        raise ValueError(f"{where}: a variant option is always required")
    return ProductOption(
        _seed.integer(raw["id"], f"{where}.id", minimum=1),
        _seed.text(raw["name"], f"{where}.name"),
        tuple(values),
        variant_option,
        required,
    )


def _signed(value: object, name: str) -> Decimal:
    """An adjuster may take money off (a negative amount)."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and value < 0:
        return -_seed.amount(-value, name)
    return _seed.amount(value, name)


def _optional_amount(value: object, name: str) -> Decimal | None:
    return None if value is None else _seed.amount(value, name)


def _stock(value: object, name: str) -> int | None:
    return None if value is None else _seed.integer(value, name)


def product(
    product_id: object,
    name: object,
    price: object,
    *,
    type: object = "physical",
    sku: object = "",
    sale_price: object = None,
    retail_price: object = None,
    stock: object = None,
    is_taxable: object = True,
    url: object = "",
    image_url: object = "",
    categories: object = (),
    options: object = (),
    modifiers: object = (),
    variants: object = (),
) -> Product:
    if type not in ("physical", "digital"):
        raise ValueError(f"type must be 'physical' or 'digital', got {type!r}")
    kind: ItemKind = "physical" if type == "physical" else "digital"
    variant_options = [
        _option(o, f"options[{n}]", variant_option=True) for n, o in enumerate(_list(options, "options"))
    ]
    modifier_options = [
        _option(o, f"modifiers[{n}]", variant_option=False)
        for n, o in enumerate(_list(modifiers, "modifiers"))
    ]
    every = variant_options + modifier_options
    if len({o.id for o in every}) != len(every):
        raise ValueError("option and modifier ids must be unique within the product")
    built = [
        _variant(v, f"variants[{n}]", variant_options) for n, v in enumerate(_list(variants, "variants"))
    ]
    if variant_options and not built:
        raise ValueError("a product with options= needs variants= (one per combination it sells)")
    if built and not variant_options:
        raise ValueError("variants= needs options= (the variant options their values belong to)")
    if len({v.id for v in built}) != len(built):
        raise ValueError("variant ids must be unique")
    if len({tuple(sorted(v.values.items())) for v in built}) != len(built):
        raise ValueError("two variants have the same option values")
    if built and stock is not None:
        raise ValueError("stock= is for a product without variants; give each variant its stock")
    cats = _list(categories, "categories")
    if not all(isinstance(c, str) for c in cats):
        raise TypeError("categories must be a list of str")
    base = _seed.amount(price, "price")
    sale = _optional_amount(sale_price, "sale_price")
    if sale is not None and sale > base:
        raise ValueError("sale_price must not be more than price")
    return Product(
        id=_seed.integer(product_id, "product_id", minimum=1),
        name=_seed.text(name, "name"),
        kind=kind,
        price=base,
        sale_price=sale,
        retail_price=_optional_amount(retail_price, "retail_price"),
        sku=_seed.text(sku, "sku", allow_empty=True),
        stock=_stock(stock, "stock"),
        is_taxable=_seed.boolean(is_taxable, "is_taxable"),
        url=_seed.text(url, "url", allow_empty=True),
        image_url=_seed.text(image_url, "image_url", allow_empty=True),
        categories=tuple(cats),
        options=tuple(every),
        variants=built,
    )


def _variant(value: object, where: str, options: list[ProductOption]) -> Variant:
    raw = _keys(value, where, SeedVariant)
    picks = raw["options"]
    if not isinstance(picks, Mapping):
        raise TypeError(f"{where}.options must map option ids to value ids")
    by_id = {o.id: o for o in options}
    if set(picks) != set(by_id):
        raise ValueError(f"{where}.options must give a value for each option id {sorted(by_id)}")
    for option_id, value_id in picks.items():
        if by_id[option_id].value(value_id) is None:
            raise ValueError(f"{where}.options: {value_id!r} is not a value of option {option_id}")
    return Variant(
        id=_seed.integer(raw["id"], f"{where}.id", minimum=1),
        sku=_seed.text(raw.get("sku", ""), f"{where}.sku", allow_empty=True),
        values=dict(picks),
        price=_optional_amount(raw.get("price"), f"{where}.price"),
        sale_price=_optional_amount(raw.get("sale_price"), f"{where}.sale_price"),
        stock=_stock(raw.get("stock"), f"{where}.stock"),
    )


# The products every fake starts with: the ones the documentation's examples buy.
DEFAULT_PRODUCTS: tuple[dict[str, Any], ...] = (
    {
        "product_id": 112,
        "name": "Teal enamel mug",
        "price": 32,
        "retail_price": 36,
        "sku": "MUG",
        "options": [
            {"id": 21, "name": "Colour", "values": [{"id": 71, "label": "Teal"}, {"id": 72, "label": "Sand"}]}
        ],
        "variants": [
            {"id": 358, "sku": "MUG-TEAL", "options": {21: 71}, "stock": 40},
            {"id": 359, "sku": "MUG-SAND", "options": {21: 72}, "stock": 0},
        ],
    },
    {
        "product_id": 118,
        "name": "Trail water bottle",
        "price": 24,
        "sku": "BOTTLE",
        "options": [
            {
                "id": 30,
                "name": "Size",
                "values": [{"id": 90, "label": "500 ml"}, {"id": 91, "label": "750 ml"}],
            }
        ],
        "variants": [
            {"id": 402, "sku": "BOTTLE-500", "options": {30: 90}, "stock": 25},
            {"id": 403, "sku": "BOTTLE-750", "options": {30: 91}, "price": 28, "stock": 25},
        ],
    },
    {
        "product_id": 131,
        "name": "Engraved cutting board",
        "price": 45,
        "sale_price": 39,
        "sku": "BOARD",
        "options": [
            {"id": 27, "name": "Wood", "values": [{"id": 84, "label": "Oak"}, {"id": 85, "label": "Walnut"}]}
        ],
        "modifiers": [
            {"id": 28, "name": "Engraving"},
            {"id": 29, "name": "Gift box", "values": [{"id": 87, "label": "Yes", "adjuster": 5}]},
        ],
        "variants": [
            {"id": 380, "sku": "BOARD-OAK", "options": {27: 84}, "stock": 12},
            {
                "id": 381,
                "sku": "BOARD-WALNUT",
                "options": {27: 85},
                "price": 55,
                "sale_price": 49,
                "stock": 12,
            },
        ],
    },
    {"product_id": 140, "name": "Camping recipes (e-book)", "price": 10, "type": "digital", "sku": "EBOOK"},
    {
        "product_id": 150,
        "name": "Wool camp blanket",
        "price": 80,
        "sale_price": 64,
        "sku": "BLANKET",
        "stock": 3,
    },
)


def default_products() -> list[Product]:
    return [product(**spec) for spec in DEFAULT_PRODUCTS]


__all__ = ["DEFAULT_PRODUCTS", "SeedOption", "SeedOptionValue", "SeedVariant", "default_products"]
