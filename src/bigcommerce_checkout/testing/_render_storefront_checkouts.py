"""The storefront shape of a checkout: camelCase and not wrapped, as in the spec's `StorefrontCheckout`.

Optional parts (shipping options, item options and categories, customer, payments, promotions)
appear only when `include` asks for them, as BigCommerce does. Values take the shapes BigCommerce's
own checkout receives (see openapi/DEVIATIONS.md): `giftWrapping` and `parentId` are `null` when
unset, `orderId` is a number, cart discounts are keyed by line item id, coupon ids and types are
strings.
"""

from __future__ import annotations

from typing import Any

from ._money import ZERO, as_number
from ._seed import COUNTRIES, CURRENCIES
from ._state import Address, Checkout, Consignment, CouponDef, Fee, Item, SelectedShipping, Store
from ._totals import Totals, compute

SHIPPING_OPTIONS = "consignments.availableShippingOptions"
ADDRESS_KEYS = {
    "first_name": "firstName",
    "last_name": "lastName",
    "email": "email",
    "company": "company",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "state_or_province": "stateOrProvince",
    "state_or_province_code": "stateOrProvinceCode",
    "country_code": "countryCode",
    "postal_code": "postalCode",
    "phone": "phone",
}


def checkout(c: Checkout, store: Store, include: frozenset[str]) -> dict[str, Any]:
    t = compute(c, store)
    body: dict[str, Any] = {
        "id": c.id,
        "cart": _cart(c, t, include),
        "channelId": c.channel_id,
        "consignments": [_consignment(k, c, store, t, include) for k in c.consignments],
        "coupons": [_coupon(coupon, t) for coupon in c.coupons],
        "fees": [_fee(f) for f in c.fees],
        "taxes": [{"name": store.tax_name, "amount": as_number(t.tax)}] if t.tax > 0 else [],
        "giftCertificates": [
            {
                "code": code,
                "balance": as_number(balance),
                "used": as_number(used),
                "remaining": as_number(balance - used),
                "purchaseDate": store.gift_certificates[code.lower()].purchase_date,
            }
            for code, (balance, used) in t.gift_certificates.items()
        ],
        "customerMessage": c.message,
        "giftWrappingCostTotal": as_number(t.gift_wrapping),
        "shippingCostTotal": as_number(t.shipping),
        "shippingCostBeforeDiscount": as_number(t.shipping_before_discount),
        "comparisonShippingCost": as_number(t.shipping),
        "handlingCostTotal": 0,
        "subtotal": as_number(t.subtotal_ex_tax),
        "taxTotal": as_number(t.tax),
        "grandTotal": as_number(t.grand_total),
        "outstandingBalance": as_number(t.outstanding),
        "isStoreCreditApplied": c.store_credit_applied,
        "shouldExecuteSpamCheck": c.spam_check,
        "orderId": c.order_id,
        "version": c.version,
        "createdTime": c.created_time,
        "updatedTime": c.updated_time,
    }
    if c.billing is not None:
        body["billingAddress"] = address(c.billing)
    if "customer" in include or "customer.customerGroup" in include:
        body["customer"] = _customer(c, store)
    if "payments" in include:
        body["payments"] = []
    if "promotions" in include:
        body["promotions"] = []
    return body


def address(a: Address) -> dict[str, Any]:
    body: dict[str, Any] = {"id": a.id}
    body.update({ADDRESS_KEYS[k]: v for k, v in a.fields.items()})
    code = a.fields.get("country_code", "")
    body["country"] = COUNTRIES.get(code, code)
    body["customFields"] = [{"fieldId": k, "fieldValue": v} for k, v in a.custom_fields]
    body["shouldSaveAddress"] = a.should_save
    return body


def _cart(c: Checkout, t: Totals, include: frozenset[str]) -> dict[str, Any]:
    name, symbol, _ = CURRENCIES.get(c.currency, (c.currency, c.currency, c.places))
    return {
        "id": c.id,
        "customerId": c.customer_id,
        "email": c.email,
        "currency": {"name": name, "code": c.currency, "symbol": symbol, "decimalPlaces": c.places},
        "isTaxIncluded": False,
        "baseAmount": as_number(t.base_amount),
        "discountAmount": as_number(t.manual_discount),
        "cartAmount": as_number(t.subtotal_ex_tax),
        "coupons": [_coupon(coupon, t) for coupon in c.coupons],
        # One entry per product line item, keyed by its id, as BigCommerce sends them.
        "discounts": [
            {"id": i.id, "discountedAmount": as_number(t.items[i.id].coupon_amount + t.items[i.id].manual)}
            for i in c.items
        ],
        "lineItems": {
            "physicalItems": [_item(i, t, include) for i in c.items if i.kind == "physical"],
            "digitalItems": [_item(i, t, include) for i in c.items if i.kind == "digital"],
            "giftCertificates": [],
            "customItems": [],
        },
        "locale": "en",
        "version": c.version,
        "createdTime": c.created_time,
        "updatedTime": c.updated_time,
    }


def _item(i: Item, t: Totals, include: frozenset[str]) -> dict[str, Any]:
    it = t.items[i.id]
    kinds = "physicalItems" if i.kind == "physical" else "digitalItems"
    body: dict[str, Any] = {
        "id": i.id,
        "parentId": None,
        "variantId": i.variant_id,
        "productId": i.product_id,
        "sku": i.sku,
        "name": i.name,
        "url": i.url,
        "quantity": i.quantity,
        "type": i.kind,
        "isTaxable": i.is_taxable,
        "imageUrl": i.image_url,
        "discounts": [
            {"id": coupon_id, "discountedAmount": as_number(amount)}
            for coupon_id, amount in it.coupons.items()
        ],
        "discountAmount": as_number(it.manual),
        "couponAmount": as_number(it.coupon_amount),
        "originalPrice": as_number(i.original_price if i.original_price is not None else i.price),
        "listPrice": as_number(i.price),
        "salePrice": as_number(round(it.net / i.quantity, 4)),
        "extendedListPrice": as_number(it.extended_list),
        "extendedSalePrice": as_number(it.net),
        "comparisonPrice": as_number(i.price),
        "extendedComparisonPrice": as_number(it.extended_list),
        "isShippingRequired": i.kind == "physical",
        "isMutable": True,
        "addedByPromotion": False,
    }
    if f"cart.lineItems.{kinds}.options" in include:
        body["options"] = [_option_of(i, k, v) for k, v in i.options.items()]
    if f"cart.lineItems.{kinds}.categoryNames" in include:
        body["categoryNames"] = list(i.categories)
    if i.kind == "physical":
        body["giftWrapping"] = (
            None
            if i.gift_wrap is None
            else {
                "name": i.gift_wrap.name,
                "message": i.gift_wrap.message,
                "amount": as_number(i.gift_wrap.amount),
            }
        )
    return body


def _option_of(i: Item, name: str, value: str) -> dict[str, Any]:
    """A chosen option; with its ids when the item was priced from the catalogue."""
    body: dict[str, Any] = {"name": name, "value": value}
    if name in i.option_ids:
        body["nameId"], body["valueId"] = i.option_ids[name]
    return body


def _coupon(coupon: CouponDef, t: Totals) -> dict[str, Any]:
    return {
        "id": str(coupon.id),
        "code": coupon.code,
        "displayName": coupon.display_name,
        "couponType": coupon.type,
        "discountedAmount": as_number(t.coupons.get(coupon.id, ZERO)),
    }


def _option(o: SelectedShipping) -> dict[str, Any]:
    return {
        "id": o.id,
        "type": o.type,
        "description": o.description,
        "imageUrl": o.image_url,
        "cost": as_number(o.cost),
        "transitTime": o.transit_time,
        "additionalDescription": o.additional_description,
    }


def _consignment(
    k: Consignment, c: Checkout, store: Store, t: Totals, include: frozenset[str]
) -> dict[str, Any]:
    s = t.consignments[k.id]
    codes = {coupon.id: coupon.code for coupon in c.coupons}
    body: dict[str, Any] = {
        "id": k.id,
        "couponDiscounts": [
            {"code": codes.get(cid, ""), "amount": as_number(amount)} for cid, amount in s.coupons.items()
        ],
        "discounts": [],
        "lineItemIds": list(k.lines),
        "shippingCost": as_number(s.cost),
        "shippingCostBeforeDiscount": as_number(s.before_discount),
        "comparisonShippingCost": as_number(s.cost),
        "handlingCost": 0,
    }
    if k.address is not None:
        body["address"] = body["shippingAddress"] = address(k.address)
    if SHIPPING_OPTIONS in include:
        options = store.available_options(k)
        body["availableShippingOptions"] = [
            {**_option(o), "isRecommended": n == 0} for n, o in enumerate(options)
        ]
    if k.selected is not None:
        body["selectedShippingOption"] = _option(k.selected)
    if k.pickup_method_id is not None:
        body["selectedPickupOption"] = {"pickupMethodId": k.pickup_method_id}
    return body


def _fee(f: Fee) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": f.id,
        "type": "custom_fee",
        "name": f.name,
        "displayName": f.display_name,
        "cost": as_number(f.cost),
        "source": f.source,
    }
    if f.tax_class_id is not None:
        body["taxClassId"] = f.tax_class_id
    return body


def _customer(c: Checkout, store: Store) -> dict[str, Any]:
    customer = store.customers.get(c.customer_id)
    if customer is None:
        return {
            "id": 0,
            "isGuest": True,
            "email": c.email,
            "firstName": "",
            "lastName": "",
            "fullName": "",
            "storeCredit": 0,
            "shouldEncourageSignIn": False,
            "addresses": [],
        }
    return {
        "id": customer.id,
        "isGuest": False,
        "email": customer.email,
        "firstName": customer.first_name,
        "lastName": customer.last_name,
        "fullName": f"{customer.first_name} {customer.last_name}".strip(),
        "storeCredit": as_number(customer.store_credit),
        "shouldEncourageSignIn": False,
        "addresses": [],
    }
