"""A whole storefront checkout against the fake with httpx: camelCase, unwrapped, no token."""

from __future__ import annotations

from typing import Any

from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import EBOOK, MUG, SF_ADDRESS, error, storefront, storefront_client

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]


def totals(c: dict[str, Any]) -> tuple[float, ...]:
    return (
        c["subtotal"],
        c["shippingCostTotal"],
        c["taxTotal"],
        c["grandTotal"],
        c["outstandingBalance"],
        c["version"],
    )


def test_a_whole_storefront_checkout(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = 0.1
    customer = fake.seed_customer("sam@example.com", first_name="Sam", last_name="Lee", store_credit=20)
    cart_id = fake.seed_cart(items=[MUG, EBOOK], customer_id=customer)
    fake.seed_coupon("AUTUMN15", percentage=15)
    fake.seed_gift_certificate("GC-7Q2M-4KXR", 30, purchase_date="2026-01-15T10:30:00Z")
    with storefront_client(fake, cart_id) as http:
        c = storefront(
            http.get(f"/{cart_id}", params={"include": "customer,cart.lineItems.physicalItems.options"})
        )
        assert c["id"] == cart_id
        assert c["cart"]["currency"] == {
            "name": "US Dollar",
            "code": "USD",
            "symbol": "$",
            "decimalPlaces": 2,
        }
        assert c["customer"]["fullName"] == "Sam Lee"
        assert c["customer"]["storeCredit"] == 20
        assert c["cart"]["lineItems"]["physicalItems"][0]["options"] == []
        assert totals(c) == (74, 0, 7.4, 81.4, 81.4, 1)

        c = storefront(
            http.post(f"/{cart_id}/billing-address", json={**SF_ADDRESS, "email": None, "version": 1})
        )
        assert c["billingAddress"]["email"] == "sam@example.com"  # a signed-in customer's email is filled in
        assert c["billingAddress"]["country"] == "United States"
        address_id = c["billingAddress"]["id"]
        c = storefront(
            http.put(f"/{cart_id}/billing-address/{address_id}", json={**SF_ADDRESS, "city": "Salem"})
        )
        assert c["billingAddress"]["city"] == "Salem"
        assert c["cart"]["email"] == SF_ADDRESS["email"]

        mug = c["cart"]["lineItems"]["physicalItems"][0]["id"]
        body = [{"address": SF_ADDRESS, "lineItems": [{"itemId": mug, "quantity": 2}]}]
        c = storefront(http.post(f"/{cart_id}/consignments", json=body))
        [k] = c["consignments"]
        options = k["availableShippingOptions"]  # included by default on the storefront
        assert [(o["description"], o["cost"], o["isRecommended"]) for o in options] == [
            ("Flat rate", 6, True),
            ("Express", 15, False),
        ]
        assert (
            "availableShippingOptions"
            not in storefront(http.get(f"/{cart_id}", params={"include": "customer"}))["consignments"][0]
        )

        c = storefront(
            http.put(f"/{cart_id}/consignments/{k['id']}", json={"shippingOptionId": options[0]["id"]})
        )
        assert c["consignments"][0]["selectedShippingOption"]["description"] == "Flat rate"
        assert totals(c) == (74, 6, 7.4, 87.4, 87.4, 5)

        c = storefront(http.post(f"/{cart_id}/coupons", json={"couponCode": "AUTUMN15", "version": 5}))
        assert c["coupons"][0]["couponType"] == "percentage_discount"
        assert c["cart"]["coupons"][0]["couponType"] == "percentage_discount"
        line = c["cart"]["lineItems"]["physicalItems"][0]
        assert (line["couponAmount"], line["salePrice"], line["extendedSalePrice"]) == (9.6, 27.2, 54.4)
        assert totals(c) == (62.9, 6, 6.29, 75.19, 75.19, 6)

        c = storefront(
            http.post(f"/{cart_id}/gift-certificates", json={"giftCertificateCode": "gc-7q2m-4kxr"})
        )
        assert c["giftCertificates"] == [
            {
                "code": "GC-7Q2M-4KXR",
                "balance": 30,
                "used": 30,
                "remaining": 0,
                "purchaseDate": "2026-01-15T10:30:00Z",
            }
        ]
        assert c["outstandingBalance"] == 45.19

        c = storefront(http.post(f"/{cart_id}/store-credit"))
        assert c["isStoreCreditApplied"] is True
        assert (c["grandTotal"], c["outstandingBalance"]) == (75.19, 25.19)
        c = storefront(http.delete(f"/{cart_id}/store-credit"))
        assert c["outstandingBalance"] == 45.19
        c = storefront(http.delete(f"/{cart_id}/gift-certificates/GC-7Q2M-4KXR"))
        assert c["outstandingBalance"] == 75.19

        c = storefront(http.put(f"/{cart_id}", json={"customerMessage": "Leave it with the neighbour."}))
        assert c["customerMessage"] == "Leave it with the neighbour."
        c = storefront(http.delete(f"/{cart_id}/coupons/AUTUMN15"))
        assert c["coupons"] == []
        assert c["grandTotal"] == 87.4
    assert fake.checkout(cart_id)["grand_total"] == 87.4
    assert fake.checkout(cart_id, storefront=True)["grandTotal"] == 87.4


def test_line_items_gift_wrapping_and_spam_protection(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    cart_id = fake.seed_cart(items=[MUG, EBOOK], spam_check=True)
    with storefront_client(fake, cart_id) as http:
        c = storefront(http.get(f"/{cart_id}"))
        assert c["shouldExecuteSpamCheck"] is True
        mug = c["cart"]["lineItems"]["physicalItems"][0]["id"]
        ebook = c["cart"]["lineItems"]["digitalItems"][0]["id"]
        k = storefront(
            http.post(
                f"/{cart_id}/consignments",
                json=[{"address": SF_ADDRESS, "lineItems": [{"itemId": mug, "quantity": 2}]}],
            )
        )["consignments"][0]

        wrap = {"wrapTogether": False, "wrapDetails": [{"id": 1, "message": "Happy birthday"}, {"id": 2}]}
        c = storefront(
            http.put(
                f"/{cart_id}/carts/{cart_id}/items/{mug}",
                json={"lineItem": {"quantity": 3, "giftWrapping": wrap}},
            )
        )
        line = c["cart"]["lineItems"]["physicalItems"][0]
        assert (line["quantity"], line["giftWrapping"]) == (
            3,
            {"name": "Kraft paper", "message": "Happy birthday", "amount": 7},
        )
        assert (c["giftWrappingCostTotal"], c["subtotal"], c["grandTotal"]) == (7, 106, 113)
        assert c["consignments"] == []  # the quantity changed, so the item needs assigning again
        assert k["id"] not in str(c)

        c = storefront(
            http.put(f"/{cart_id}/carts/{cart_id}/items/{mug}", json={"lineItem": {"giftWrapping": None}})
        )
        assert c["cart"]["lineItems"]["physicalItems"][0]["giftWrapping"] is None
        c = storefront(http.delete(f"/{cart_id}/carts/{cart_id}/items/{ebook}"))
        assert c["cart"]["lineItems"]["digitalItems"] == []
        error(http.delete(f"/{cart_id}/carts/{cart_id}/items/{mug}"), 422)  # never the last item
        error(http.put(f"/{cart_id}/carts/{cart_id}/items/{ebook}", json={"lineItem": {"quantity": 1}}), 404)
        error(http.put(f"/{cart_id}/carts/{mug}/items/{mug}", json={"lineItem": {"quantity": 1}}), 404)
        bad = error(
            http.put(f"/{cart_id}/carts/{cart_id}/items/{mug}", json={"lineItem": {"quantity": 1.5}}), 422
        )
        assert "lineItem.quantity" in bad["errors"]

        error(http.post(f"/{cart_id}/spam-protection", json={}), 422)
        c = storefront(http.post(f"/{cart_id}/spam-protection", json={"token": "03AFcWeA5r0Xl8m2Q"}))
        assert c["shouldExecuteSpamCheck"] is False


def test_storefront_rules_for_guests(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.seed_customer("taken@example.com")
    cart_id = fake.seed_cart(items=[MUG])
    fake.seed_gift_certificate("EMPTY", 0)
    with storefront_client(fake, cart_id) as http:
        missing = error(http.post(f"/{cart_id}/billing-address", json={"countryCode": "US"}), 422)
        assert "email" in missing["errors"]
        taken = error(
            http.post(f"/{cart_id}/billing-address", json={**SF_ADDRESS, "email": "taken@example.com"}), 403
        )
        assert taken["title"] == "Customer must sign in"
        error(http.post(f"/{cart_id}/store-credit"), 422)
        error(http.post(f"/{cart_id}/gift-certificates", json={"giftCertificateCode": "NOPE"}), 404)
        error(http.post(f"/{cart_id}/gift-certificates", json={"giftCertificateCode": "EMPTY"}), 404)
        error(http.delete(f"/{cart_id}/gift-certificates/NOPE"), 404)
        camel = error(
            http.post(
                f"/{cart_id}/consignments",
                json=[{"address": SF_ADDRESS, "lineItems": [{"itemId": "x", "quantity": 1}]}],
            ),
            422,
        )
        assert list(camel["errors"]) == [
            "[0].lineItems[0].itemId"
        ]  # field names in the storefront's spelling
