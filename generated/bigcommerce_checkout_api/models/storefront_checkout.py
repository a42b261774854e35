from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_applied_gift_certificate import (
        StorefrontAppliedGiftCertificate,
    )
    from ..models.storefront_billing_address import StorefrontBillingAddress
    from ..models.storefront_cart import StorefrontCart
    from ..models.storefront_checkout_coupon import StorefrontCheckoutCoupon
    from ..models.storefront_checkout_fee import StorefrontCheckoutFee
    from ..models.storefront_consignment import StorefrontConsignment
    from ..models.storefront_customer import StorefrontCustomer
    from ..models.storefront_payment import StorefrontPayment
    from ..models.storefront_promotion import StorefrontPromotion
    from ..models.tax import Tax


T = TypeVar("T", bound="StorefrontCheckout")


@_attrs_define
class StorefrontCheckout:
    """The shopper's checkout as the storefront API returns it (not wrapped in `data`, fields in camelCase).

    Attributes:
        id (UUID | Unset): The checkout id; equal to the cart id.
        billing_address (StorefrontBillingAddress | Unset): The checkout's billing address.
        cart (StorefrontCart | Unset): The cart behind the checkout.
        channel_id (int | Unset): The sales channel the checkout belongs to.
        consignments (list[StorefrontConsignment] | Unset):
        coupons (list[StorefrontCheckoutCoupon] | Unset): Coupons applied to the checkout.
        fees (list[StorefrontCheckoutFee] | Unset): Fees added to the checkout.
        created_time (str | Unset): When the cart was created (ISO 8601).
        customer (StorefrontCustomer | Unset): The shopper. Present when the request asked for `include=customer`.
        customer_message (str | Unset): The shopper's note for the merchant.
        gift_certificates (list[StorefrontAppliedGiftCertificate] | Unset): Gift certificates used to pay.
        gift_wrapping_cost_total (float | Unset): Gift wrapping across all items.
        grand_total (float | Unset): What the checkout costs, before store credit and gift certificates are taken off.
        handling_cost_total (float | Unset): Handling across all consignments.
        is_store_credit_applied (bool | Unset): Whether the customer's store credit is being used.
        order_id (None | str | Unset): The id of the order made from this checkout, once there is one.
        outstanding_balance (float | Unset): What remains to pay after store credit.
        payments (list[StorefrontPayment] | Unset): Present when the request asked for `include=payments`.
        promotions (list[StorefrontPromotion] | Unset): Present when the request asked for `include=promotions`.
        shipping_cost_before_discount (float | Unset): Shipping across all consignments before discounts.
        comparison_shipping_cost (float | Unset): Shipping across all consignments after automatic promotions.
        shipping_cost_total (float | Unset): Shipping across all consignments.
        should_execute_spam_check (bool | Unset): Whether the shopper must pass spam protection before the order can be
            placed.
        subtotal (float | Unset): The items before item-level discounts; tax included or not as the store is set up.
        taxes (list[Tax] | Unset):
        tax_total (float | Unset): All taxes on the checkout.
        updated_time (str | Unset): When the cart last changed (ISO 8601).
        version (int | Unset): Changes with every update. Send it back in a write to have BigCommerce refuse the write
            (409) if the checkout changed meanwhile.
    """

    id: UUID | Unset = UNSET
    billing_address: StorefrontBillingAddress | Unset = UNSET
    cart: StorefrontCart | Unset = UNSET
    channel_id: int | Unset = UNSET
    consignments: list[StorefrontConsignment] | Unset = UNSET
    coupons: list[StorefrontCheckoutCoupon] | Unset = UNSET
    fees: list[StorefrontCheckoutFee] | Unset = UNSET
    created_time: str | Unset = UNSET
    customer: StorefrontCustomer | Unset = UNSET
    customer_message: str | Unset = UNSET
    gift_certificates: list[StorefrontAppliedGiftCertificate] | Unset = UNSET
    gift_wrapping_cost_total: float | Unset = UNSET
    grand_total: float | Unset = UNSET
    handling_cost_total: float | Unset = UNSET
    is_store_credit_applied: bool | Unset = UNSET
    order_id: None | str | Unset = UNSET
    outstanding_balance: float | Unset = UNSET
    payments: list[StorefrontPayment] | Unset = UNSET
    promotions: list[StorefrontPromotion] | Unset = UNSET
    shipping_cost_before_discount: float | Unset = UNSET
    comparison_shipping_cost: float | Unset = UNSET
    shipping_cost_total: float | Unset = UNSET
    should_execute_spam_check: bool | Unset = UNSET
    subtotal: float | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    tax_total: float | Unset = UNSET
    updated_time: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart, Unset):
            cart = self.cart.to_dict()

        channel_id = self.channel_id

        consignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consignments, Unset):
            consignments = []
            for consignments_item_data in self.consignments:
                consignments_item = consignments_item_data.to_dict()
                consignments.append(consignments_item)

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        created_time = self.created_time

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_message = self.customer_message

        gift_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gift_certificates, Unset):
            gift_certificates = []
            for gift_certificates_item_data in self.gift_certificates:
                gift_certificates_item = gift_certificates_item_data.to_dict()
                gift_certificates.append(gift_certificates_item)

        gift_wrapping_cost_total = self.gift_wrapping_cost_total

        grand_total = self.grand_total

        handling_cost_total = self.handling_cost_total

        is_store_credit_applied = self.is_store_credit_applied

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        outstanding_balance = self.outstanding_balance

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        promotions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            promotions = []
            for promotions_item_data in self.promotions:
                promotions_item = promotions_item_data.to_dict()
                promotions.append(promotions_item)

        shipping_cost_before_discount = self.shipping_cost_before_discount

        comparison_shipping_cost = self.comparison_shipping_cost

        shipping_cost_total = self.shipping_cost_total

        should_execute_spam_check = self.should_execute_spam_check

        subtotal = self.subtotal

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        tax_total = self.tax_total

        updated_time = self.updated_time

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if cart is not UNSET:
            field_dict["cart"] = cart
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if consignments is not UNSET:
            field_dict["consignments"] = consignments
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if fees is not UNSET:
            field_dict["fees"] = fees
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_message is not UNSET:
            field_dict["customerMessage"] = customer_message
        if gift_certificates is not UNSET:
            field_dict["giftCertificates"] = gift_certificates
        if gift_wrapping_cost_total is not UNSET:
            field_dict["giftWrappingCostTotal"] = gift_wrapping_cost_total
        if grand_total is not UNSET:
            field_dict["grandTotal"] = grand_total
        if handling_cost_total is not UNSET:
            field_dict["handlingCostTotal"] = handling_cost_total
        if is_store_credit_applied is not UNSET:
            field_dict["isStoreCreditApplied"] = is_store_credit_applied
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if outstanding_balance is not UNSET:
            field_dict["outstandingBalance"] = outstanding_balance
        if payments is not UNSET:
            field_dict["payments"] = payments
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if shipping_cost_before_discount is not UNSET:
            field_dict["shippingCostBeforeDiscount"] = shipping_cost_before_discount
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost
        if shipping_cost_total is not UNSET:
            field_dict["shippingCostTotal"] = shipping_cost_total
        if should_execute_spam_check is not UNSET:
            field_dict["shouldExecuteSpamCheck"] = should_execute_spam_check
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: StorefrontBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = StorefrontBillingAddress.from_dict(_billing_address)

        _cart = d.pop("cart", UNSET)
        cart: StorefrontCart | Unset
        if isinstance(_cart, Unset):
            cart = UNSET
        else:
            cart = StorefrontCart.from_dict(_cart)

        channel_id = d.pop("channelId", UNSET)

        _consignments = d.pop("consignments", UNSET)
        consignments: list[StorefrontConsignment] | Unset = UNSET
        if _consignments is not UNSET:
            consignments = []
            for consignments_item_data in _consignments:
                consignments_item = StorefrontConsignment.from_dict(consignments_item_data)

                consignments.append(consignments_item)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[StorefrontCheckoutCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = StorefrontCheckoutCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _fees = d.pop("fees", UNSET)
        fees: list[StorefrontCheckoutFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = StorefrontCheckoutFee.from_dict(fees_item_data)

                fees.append(fees_item)

        created_time = d.pop("createdTime", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: StorefrontCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = StorefrontCustomer.from_dict(_customer)

        customer_message = d.pop("customerMessage", UNSET)

        _gift_certificates = d.pop("giftCertificates", UNSET)
        gift_certificates: list[StorefrontAppliedGiftCertificate] | Unset = UNSET
        if _gift_certificates is not UNSET:
            gift_certificates = []
            for gift_certificates_item_data in _gift_certificates:
                gift_certificates_item = StorefrontAppliedGiftCertificate.from_dict(
                    gift_certificates_item_data
                )

                gift_certificates.append(gift_certificates_item)

        gift_wrapping_cost_total = d.pop("giftWrappingCostTotal", UNSET)

        grand_total = d.pop("grandTotal", UNSET)

        handling_cost_total = d.pop("handlingCostTotal", UNSET)

        is_store_credit_applied = d.pop("isStoreCreditApplied", UNSET)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("orderId", UNSET))

        outstanding_balance = d.pop("outstandingBalance", UNSET)

        _payments = d.pop("payments", UNSET)
        payments: list[StorefrontPayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = StorefrontPayment.from_dict(payments_item_data)

                payments.append(payments_item)

        _promotions = d.pop("promotions", UNSET)
        promotions: list[StorefrontPromotion] | Unset = UNSET
        if _promotions is not UNSET:
            promotions = []
            for promotions_item_data in _promotions:
                promotions_item = StorefrontPromotion.from_dict(promotions_item_data)

                promotions.append(promotions_item)

        shipping_cost_before_discount = d.pop("shippingCostBeforeDiscount", UNSET)

        comparison_shipping_cost = d.pop("comparisonShippingCost", UNSET)

        shipping_cost_total = d.pop("shippingCostTotal", UNSET)

        should_execute_spam_check = d.pop("shouldExecuteSpamCheck", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[Tax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = Tax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        tax_total = d.pop("taxTotal", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        version = d.pop("version", UNSET)

        storefront_checkout = cls(
            id=id,
            billing_address=billing_address,
            cart=cart,
            channel_id=channel_id,
            consignments=consignments,
            coupons=coupons,
            fees=fees,
            created_time=created_time,
            customer=customer,
            customer_message=customer_message,
            gift_certificates=gift_certificates,
            gift_wrapping_cost_total=gift_wrapping_cost_total,
            grand_total=grand_total,
            handling_cost_total=handling_cost_total,
            is_store_credit_applied=is_store_credit_applied,
            order_id=order_id,
            outstanding_balance=outstanding_balance,
            payments=payments,
            promotions=promotions,
            shipping_cost_before_discount=shipping_cost_before_discount,
            comparison_shipping_cost=comparison_shipping_cost,
            shipping_cost_total=shipping_cost_total,
            should_execute_spam_check=should_execute_spam_check,
            subtotal=subtotal,
            taxes=taxes,
            tax_total=tax_total,
            updated_time=updated_time,
            version=version,
        )

        storefront_checkout.additional_properties = d
        return storefront_checkout

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, here, rather than inside every to_dict/from_dict call: the models refer to each
# other, and by this line every class in this module exists.
from ..models.storefront_applied_gift_certificate import (
    StorefrontAppliedGiftCertificate,  # noqa: E402
)
from ..models.storefront_billing_address import StorefrontBillingAddress  # noqa: E402
from ..models.storefront_cart import StorefrontCart  # noqa: E402
from ..models.storefront_checkout_coupon import StorefrontCheckoutCoupon  # noqa: E402
from ..models.storefront_checkout_fee import StorefrontCheckoutFee  # noqa: E402
from ..models.storefront_consignment import StorefrontConsignment  # noqa: E402
from ..models.storefront_customer import StorefrontCustomer  # noqa: E402
from ..models.storefront_payment import StorefrontPayment  # noqa: E402
from ..models.storefront_promotion import StorefrontPromotion  # noqa: E402
from ..models.tax import Tax  # noqa: E402
