"""Every amount on a checkout, recomputed from scratch on each read.

Order of operations (prices exclude tax):
1. manual item discounts, then manual cart discounts spread over the items by value;
2. coupons in the order they were applied, each on what the previous ones left;
3. shipping from the selected options, less shipping coupons;
4. tax at the flat rate on the taxable items after discounts (shipping and fees are not taxed);
5. grand total = items + shipping + fees + gift wrapping + tax; gift certificates and then store
   credit pay towards it, leaving the outstanding balance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ._money import ZERO, allocate, rounded
from ._state import Checkout, CouponDef, Store


@dataclass
class ItemTotals:
    extended_list: Decimal
    manual: Decimal  # item-level and cart-level manual discounts
    coupons: dict[int, Decimal] = field(default_factory=dict)  # coupon id -> amount off this item
    tax: Decimal = ZERO

    @property
    def coupon_amount(self) -> Decimal:
        return sum(self.coupons.values(), ZERO)

    @property
    def net(self) -> Decimal:
        return self.extended_list - self.manual - self.coupon_amount


@dataclass
class ShippingTotals:
    before_discount: Decimal
    coupons: dict[int, Decimal] = field(default_factory=dict)  # coupon id -> amount off shipping

    @property
    def cost(self) -> Decimal:
        return self.before_discount - sum(self.coupons.values(), ZERO)


@dataclass
class Totals:
    items: dict[str, ItemTotals]
    consignments: dict[str, ShippingTotals]
    coupons: dict[int, Decimal]  # coupon id -> total discounted
    base_amount: Decimal
    manual_discount: Decimal
    subtotal_ex_tax: Decimal
    tax: Decimal
    shipping_before_discount: Decimal
    shipping: Decimal
    fees: Decimal
    gift_wrapping: Decimal
    grand_total: Decimal
    gift_certificates: dict[str, tuple[Decimal, Decimal]]  # code -> (balance, used)
    store_credit_used: Decimal
    outstanding: Decimal

    @property
    def subtotal_inc_tax(self) -> Decimal:
        return self.subtotal_ex_tax + self.tax


def compute(checkout: Checkout, store: Store) -> Totals:
    places = checkout.places
    items = {
        i.id: ItemTotals(rounded(i.price * i.quantity, places), i.manual_discount) for i in checkout.items
    }
    _spread_cart_discounts(checkout, items)
    coupon_totals: dict[int, Decimal] = {}
    for coupon in checkout.coupons:
        coupon_totals[coupon.id] = _apply_item_coupon(coupon, checkout, items)
    consignments = {
        c.id: ShippingTotals(c.selected.cost if c.selected else ZERO) for c in checkout.consignments
    }
    for coupon in checkout.coupons:
        if coupon.type in ("shipping_discount", "free_shipping"):
            coupon_totals[coupon.id] = _apply_shipping_coupon(coupon, consignments, places)
    for item in checkout.items:
        if item.is_taxable:
            items[item.id].tax = rounded(items[item.id].net * store.tax_rate, places)
    subtotal = sum((t.net for t in items.values()), ZERO)
    tax = sum((t.tax for t in items.values()), ZERO)
    shipping = sum((s.cost for s in consignments.values()), ZERO)
    fees = sum((f.cost for f in checkout.fees), ZERO)
    wrapping = sum((i.gift_wrap.amount for i in checkout.items if i.gift_wrap), ZERO)
    grand_total = subtotal + shipping + fees + wrapping + tax
    due = grand_total
    certificates: dict[str, tuple[Decimal, Decimal]] = {}
    for code in checkout.gift_certificates:
        balance = store.gift_certificates[code.lower()].balance
        used = min(balance, due)
        certificates[code] = (balance, used)
        due -= used
    credit = ZERO
    customer = store.customers.get(checkout.customer_id)
    if checkout.store_credit_applied and customer is not None:
        credit = min(customer.store_credit, due)
        due -= credit
    return Totals(
        items=items,
        consignments=consignments,
        coupons=coupon_totals,
        base_amount=sum((t.extended_list for t in items.values()), ZERO),
        manual_discount=sum((t.manual for t in items.values()), ZERO),
        subtotal_ex_tax=subtotal,
        tax=tax,
        shipping_before_discount=sum((s.before_discount for s in consignments.values()), ZERO),
        shipping=shipping,
        fees=fees,
        gift_wrapping=wrapping,
        grand_total=grand_total,
        gift_certificates=certificates,
        store_credit_used=credit,
        outstanding=due,
    )


def _spread_cart_discounts(checkout: Checkout, items: dict[str, ItemTotals]) -> None:
    total = sum(checkout.cart_discounts, ZERO)
    ids = list(items)
    room = [items[i].extended_list - items[i].manual for i in ids]
    total = min(total, sum(room, ZERO))
    for item_id, share in zip(ids, allocate(total, room, checkout.places), strict=True):
        items[item_id].manual += share


def _apply_item_coupon(coupon: CouponDef, checkout: Checkout, items: dict[str, ItemTotals]) -> Decimal:
    places = checkout.places
    ids = list(items)
    room = [items[i].net for i in ids]
    if coupon.type == "percentage_discount":
        takes = [rounded(r * coupon.value / 100, places) for r in room]
    elif coupon.type == "per_item_discount":
        quantities = {i.id: i.quantity for i in checkout.items}
        takes = [
            min(r, rounded(coupon.value * quantities[i], places)) for i, r in zip(ids, room, strict=True)
        ]
    elif coupon.type == "per_total_discount":
        takes = allocate(min(coupon.value, sum(room, ZERO)), room, places)
    else:
        return ZERO
    for item_id, take in zip(ids, takes, strict=True):
        if take > 0:
            items[item_id].coupons[coupon.id] = take
    return sum(takes, ZERO)


def _apply_shipping_coupon(
    coupon: CouponDef, consignments: dict[str, ShippingTotals], places: int
) -> Decimal:
    ids = list(consignments)
    room = [consignments[c].cost for c in ids]
    if coupon.type == "free_shipping":
        takes = room
    else:
        takes = allocate(min(coupon.value, sum(room, ZERO)), room, places)
    for consignment_id, take in zip(ids, takes, strict=True):
        if take > 0:
            consignments[consignment_id].coupons[coupon.id] = take
    return sum(takes, ZERO)
