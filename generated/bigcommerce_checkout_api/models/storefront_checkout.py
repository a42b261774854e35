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
        id (UUID): The checkout id; equal to the cart id.
        cart (StorefrontCart): The cart behind the checkout.
        consignments (list[StorefrontConsignment]):
        coupons (list[StorefrontCheckoutCoupon]): Coupons applied to the checkout.
        created_time (str): When the cart was created (ISO 8601).
        customer_message (str): The shopper's note for the merchant.
        gift_certificates (list[StorefrontAppliedGiftCertificate]): Gift certificates used to pay.
        gift_wrapping_cost_total (float): Gift wrapping across all items.
        grand_total (float): What the checkout costs, before store credit and gift certificates are taken off.
        handling_cost_total (float): Handling across all consignments.
        is_store_credit_applied (bool): Whether the customer's store credit is being used.
        outstanding_balance (float): What remains to pay after store credit.
        shipping_cost_before_discount (float): Shipping across all consignments before discounts.
        shipping_cost_total (float): Shipping across all consignments.
        should_execute_spam_check (bool): Whether the shopper must pass spam protection before the order can be placed.
        subtotal (float): The items before item-level discounts; tax included or not as the store is set up.
        taxes (list[Tax]):
        tax_total (float): All taxes on the checkout.
        updated_time (str): When the cart last changed (ISO 8601).
        billing_address (None | StorefrontBillingAddress | Unset):
        channel_id (int | None | Unset): The sales channel the checkout belongs to.
        fees (list[StorefrontCheckoutFee] | None | Unset): Fees added to the checkout.
        customer (None | StorefrontCustomer | Unset):
        order_id (int | None | str | Unset): The id of the order made from this checkout, once there is one: a number
            (BigCommerce's
            own checkout sends `127`, not `"127"`), kept as sent should a string arrive.
        payments (list[StorefrontPayment] | None | Unset): Present when the request asked for `include=payments`.
        promotions (list[StorefrontPromotion] | None | Unset): Present when the request asked for `include=promotions`:
            each entry holds the banners to
            show the shopper.
        comparison_shipping_cost (float | None | Unset): Shipping across all consignments after automatic promotions.
        version (int | None | Unset): Changes with every update. Send it back in a write to have BigCommerce refuse the
            write
            (409) if the checkout changed meanwhile.
    """

    id: UUID
    cart: StorefrontCart
    consignments: list[StorefrontConsignment]
    coupons: list[StorefrontCheckoutCoupon]
    created_time: str
    customer_message: str
    gift_certificates: list[StorefrontAppliedGiftCertificate]
    gift_wrapping_cost_total: float
    grand_total: float
    handling_cost_total: float
    is_store_credit_applied: bool
    outstanding_balance: float
    shipping_cost_before_discount: float
    shipping_cost_total: float
    should_execute_spam_check: bool
    subtotal: float
    taxes: list[Tax]
    tax_total: float
    updated_time: str
    billing_address: None | StorefrontBillingAddress | Unset = UNSET
    channel_id: int | None | Unset = UNSET
    fees: list[StorefrontCheckoutFee] | None | Unset = UNSET
    customer: None | StorefrontCustomer | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    payments: list[StorefrontPayment] | None | Unset = UNSET
    promotions: list[StorefrontPromotion] | None | Unset = UNSET
    comparison_shipping_cost: float | None | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cart = self.cart.to_dict()

        consignments = []
        for consignments_item_data in self.consignments:
            consignments_item = consignments_item_data.to_dict()
            consignments.append(consignments_item)

        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)

        created_time = self.created_time

        customer_message = self.customer_message

        gift_certificates = []
        for gift_certificates_item_data in self.gift_certificates:
            gift_certificates_item = gift_certificates_item_data.to_dict()
            gift_certificates.append(gift_certificates_item)

        gift_wrapping_cost_total = self.gift_wrapping_cost_total

        grand_total = self.grand_total

        handling_cost_total = self.handling_cost_total

        is_store_credit_applied = self.is_store_credit_applied

        outstanding_balance = self.outstanding_balance

        shipping_cost_before_discount = self.shipping_cost_before_discount

        shipping_cost_total = self.shipping_cost_total

        should_execute_spam_check = self.should_execute_spam_check

        subtotal = self.subtotal

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        tax_total = self.tax_total

        updated_time = self.updated_time

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, StorefrontBillingAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        channel_id: int | None | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        elif isinstance(self.fees, list):
            fees = []
            for fees_type_0_item_data in self.fees:
                fees_type_0_item = fees_type_0_item_data.to_dict()
                fees.append(fees_type_0_item)

        else:
            fees = self.fees

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, StorefrontCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        promotions: list[dict[str, Any]] | None | Unset
        if isinstance(self.promotions, Unset):
            promotions = UNSET
        elif isinstance(self.promotions, list):
            promotions = []
            for promotions_type_0_item_data in self.promotions:
                promotions_type_0_item = promotions_type_0_item_data.to_dict()
                promotions.append(promotions_type_0_item)

        else:
            promotions = self.promotions

        comparison_shipping_cost: float | None | Unset
        if isinstance(self.comparison_shipping_cost, Unset):
            comparison_shipping_cost = UNSET
        else:
            comparison_shipping_cost = self.comparison_shipping_cost

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cart": cart,
                "consignments": consignments,
                "coupons": coupons,
                "createdTime": created_time,
                "customerMessage": customer_message,
                "giftCertificates": gift_certificates,
                "giftWrappingCostTotal": gift_wrapping_cost_total,
                "grandTotal": grand_total,
                "handlingCostTotal": handling_cost_total,
                "isStoreCreditApplied": is_store_credit_applied,
                "outstandingBalance": outstanding_balance,
                "shippingCostBeforeDiscount": shipping_cost_before_discount,
                "shippingCostTotal": shipping_cost_total,
                "shouldExecuteSpamCheck": should_execute_spam_check,
                "subtotal": subtotal,
                "taxes": taxes,
                "taxTotal": tax_total,
                "updatedTime": updated_time,
            }
        )
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if fees is not UNSET:
            field_dict["fees"] = fees
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cart = StorefrontCart.from_dict(d.pop("cart"))

        consignments = []
        _consignments = d.pop("consignments")
        for consignments_item_data in _consignments:
            consignments_item = StorefrontConsignment.from_dict(consignments_item_data)

            consignments.append(consignments_item)

        coupons = []
        _coupons = d.pop("coupons")
        for coupons_item_data in _coupons:
            coupons_item = StorefrontCheckoutCoupon.from_dict(coupons_item_data)

            coupons.append(coupons_item)

        created_time = d.pop("createdTime")

        customer_message = d.pop("customerMessage")

        gift_certificates = []
        _gift_certificates = d.pop("giftCertificates")
        for gift_certificates_item_data in _gift_certificates:
            gift_certificates_item = StorefrontAppliedGiftCertificate.from_dict(gift_certificates_item_data)

            gift_certificates.append(gift_certificates_item)

        gift_wrapping_cost_total = d.pop("giftWrappingCostTotal")

        grand_total = d.pop("grandTotal")

        handling_cost_total = d.pop("handlingCostTotal")

        is_store_credit_applied = d.pop("isStoreCreditApplied")

        outstanding_balance = d.pop("outstandingBalance")

        shipping_cost_before_discount = d.pop("shippingCostBeforeDiscount")

        shipping_cost_total = d.pop("shippingCostTotal")

        should_execute_spam_check = d.pop("shouldExecuteSpamCheck")

        subtotal = d.pop("subtotal")

        taxes = []
        _taxes = d.pop("taxes")
        for taxes_item_data in _taxes:
            taxes_item = Tax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

        tax_total = d.pop("taxTotal")

        updated_time = d.pop("updatedTime")

        def _parse_billing_address(data: object) -> None | StorefrontBillingAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = StorefrontBillingAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"billing_address: a {type(data).__name__} fits none of the declared types")

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        def _parse_channel_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channelId", UNSET))

        def _parse_fees(data: object) -> list[StorefrontCheckoutFee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fees_type_0 = []
                _fees_type_0 = data
                for fees_type_0_item_data in _fees_type_0:
                    fees_type_0_item = StorefrontCheckoutFee.from_dict(fees_type_0_item_data)

                    fees_type_0.append(fees_type_0_item)

                return fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"fees: a {type(data).__name__} fits none of the declared types")

        fees = _parse_fees(d.pop("fees", UNSET))

        def _parse_customer(data: object) -> None | StorefrontCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = StorefrontCustomer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"customer: a {type(data).__name__} fits none of the declared types")

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_order_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_id = _parse_order_id(d.pop("orderId", UNSET))

        def _parse_payments(data: object) -> list[StorefrontPayment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = StorefrontPayment.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"payments: a {type(data).__name__} fits none of the declared types")

        payments = _parse_payments(d.pop("payments", UNSET))

        def _parse_promotions(data: object) -> list[StorefrontPromotion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotions_type_0 = []
                _promotions_type_0 = data
                for promotions_type_0_item_data in _promotions_type_0:
                    promotions_type_0_item = StorefrontPromotion.from_dict(promotions_type_0_item_data)

                    promotions_type_0.append(promotions_type_0_item)

                return promotions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"promotions: a {type(data).__name__} fits none of the declared types")

        promotions = _parse_promotions(d.pop("promotions", UNSET))

        def _parse_comparison_shipping_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        comparison_shipping_cost = _parse_comparison_shipping_cost(d.pop("comparisonShippingCost", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        storefront_checkout = cls(
            id=id,
            cart=cart,
            consignments=consignments,
            coupons=coupons,
            created_time=created_time,
            customer_message=customer_message,
            gift_certificates=gift_certificates,
            gift_wrapping_cost_total=gift_wrapping_cost_total,
            grand_total=grand_total,
            handling_cost_total=handling_cost_total,
            is_store_credit_applied=is_store_credit_applied,
            outstanding_balance=outstanding_balance,
            shipping_cost_before_discount=shipping_cost_before_discount,
            shipping_cost_total=shipping_cost_total,
            should_execute_spam_check=should_execute_spam_check,
            subtotal=subtotal,
            taxes=taxes,
            tax_total=tax_total,
            updated_time=updated_time,
            billing_address=billing_address,
            channel_id=channel_id,
            fees=fees,
            customer=customer,
            order_id=order_id,
            payments=payments,
            promotions=promotions,
            comparison_shipping_cost=comparison_shipping_cost,
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
