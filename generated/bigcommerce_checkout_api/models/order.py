from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_payment_status_type_1 import OrderPaymentStatusType1
from ..models.order_payment_status_type_2_type_1 import OrderPaymentStatusType2Type1
from ..models.order_payment_status_type_3_type_1 import OrderPaymentStatusType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_billing_address import OrderBillingAddress
    from ..models.order_consignments import OrderConsignments
    from ..models.order_fee import OrderFee
    from ..models.order_resource_link import OrderResourceLink


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order, as the v2 Orders API returns it. Amounts are `Decimal` in Python (sent as decimal text); dates are RFC
    2822 text.

        Attributes:
            id (int): The order's id.
            status (str): The status's name, such as `Awaiting Fulfillment`.
            status_id (int): The status's number: see `OrderStatusId` or the order statuses.
            date_modified (None | str | Unset): When the order last changed, as text in RFC 2822 form.
            date_shipped (None | str | Unset): When the order was fully shipped, as text in RFC 2822 form; empty until then.
            cart_id (None | str | Unset): The id of the cart the order was made from: find an order by its cart with it.
            subtotal_tax (None | str | Unset): The tax on the items.
            shipping_cost_tax (None | str | Unset): The tax on shipping.
            shipping_cost_tax_class_id (int | None | Unset): The tax class of the shipping charge.
            handling_cost_tax (None | str | Unset): The tax on the handling charge.
            handling_cost_tax_class_id (int | None | Unset): The tax class of the handling charge.
            wrapping_cost_tax (None | str | Unset): The tax on gift wrapping.
            wrapping_cost_tax_class_id (int | None | Unset): The tax class of gift wrapping.
            payment_status (None | OrderPaymentStatusType1 | OrderPaymentStatusType2Type1 | OrderPaymentStatusType3Type1 |
                Unset): Where the payment stands, such as `authorized`, `captured`, `refunded` or `void`.
            store_credit_amount (None | str | Unset): What store credit paid.
            gift_certificate_amount (None | str | Unset): What gift certificates paid.
            currency_id (int | None | Unset): The id of the currency the shopper saw prices in.
            currency_code (None | str | Unset): The code of the currency the shopper saw prices in.
            currency_exchange_rate (None | str | Unset): The rate from the store's default currency to the display currency.
            default_currency_id (int | None | Unset): The id of the currency the shopper paid in (the transactional
                currency).
            default_currency_code (None | str | Unset): The code of the currency the shopper paid in (the transactional
                currency).
            store_default_currency_code (None | str | Unset): The store's default currency.
            store_default_to_transactional_exchange_rate (None | str | Unset): The rate from the store's default currency to
                the one the shopper paid in.
            coupon_discount (None | str | Unset): What coupons took off the order.
            shipping_address_count (int | None | Unset): How many shipping addresses the order has.
            is_deleted (bool | None | Unset): Whether the order is archived.
            total_tax (None | str | Unset): The order's total tax.
            is_tax_inclusive_pricing (bool | None | Unset): Whether the store's prices include tax.
            is_email_opt_in (bool | None | Unset): Whether the shopper agreed to marketing email.
            order_source (None | str | Unset): Where the order came from, such as `www` (the storefront) or `manual`.
            consignments (None | OrderConsignments | Unset): The order's consignments: a link to them, or (with
                `include=consignments`) the consignments themselves.
            products (None | OrderResourceLink | Unset): A link to the order's products.
            shipping_addresses (None | OrderResourceLink | Unset): A link to the order's shipping addresses.
            coupons (None | OrderResourceLink | Unset): A link to the order's coupons.
            billing_address (None | OrderBillingAddress | Unset): Who pays, and where.
            fees (list[OrderFee] | None | OrderResourceLink | Unset): The order's fees: a link to them, or (with
                `include=fees`) the fees themselves.
            base_handling_cost (None | str | Unset): The handling charge before tax rules.
            base_shipping_cost (None | str | Unset): The shipping charge before tax rules.
            base_wrapping_cost (None | str | Unset): The gift-wrapping charge before tax rules.
            channel_id (int | None | Unset): The sales channel the order came through.
            customer_id (int | None | Unset): The customer's id; 0 for a guest.
            customer_message (None | str | Unset): What the shopper wrote in the order comments.
            date_created (None | str | Unset): When the order was created, as text in RFC 2822 form (`Tue, 03 Nov 2026
                10:15:00 +0000`).
            discount_amount (None | str | Unset): What manual discounts took off the order.
            ebay_order_id (None | str | Unset): The order's number on eBay, or `0`.
            external_id (None | str | Unset): The order's id in another system; set by BigCommerce only.
            external_merchant_id (None | str | Unset): The merchant id of an order that came from another system.
            external_source (None | str | Unset): The system that made the order, when not the storefront.
            geoip_country (None | str | Unset): The country the shopper's IP address is in.
            geoip_country_iso2 (None | str | Unset): Two-letter code of the country the shopper's IP address is in.
            handling_cost_ex_tax (None | str | Unset): The handling charge without tax.
            handling_cost_inc_tax (None | str | Unset): The handling charge with tax.
            ip_address (None | str | Unset): The shopper's IPv4 address.
            ip_address_v6 (None | str | Unset): The shopper's IPv6 address.
            items_shipped (int | None | Unset): How many items have shipped.
            items_total (int | None | Unset): How many items there are.
            order_is_digital (bool | None | Unset): Whether everything in the order is digital.
            payment_method (None | str | Unset): The name of the payment method, such as `Credit Card`.
            payment_provider_id (float | None | str | Unset): The payment provider's id of the payment.
            refunded_amount (None | str | Unset): How much of the order has been refunded.
            shipping_cost_ex_tax (None | str | Unset): The shipping charge without tax.
            shipping_cost_inc_tax (None | str | Unset): The shipping charge with tax.
            staff_notes (None | str | Unset): Notes for staff, never shown to the shopper.
            subtotal_ex_tax (None | str | Unset): The items' total without tax.
            subtotal_inc_tax (None | str | Unset): The items' total with tax.
            tax_provider_id (None | str | Unset): The tax provider that computed the taxes.
            customer_locale (None | str | Unset): The shopper's locale, such as `en` or `en-US`.
            external_order_id (None | str | Unset): The order's id in another system, such as a marketplace.
            total_ex_tax (None | str | Unset): The order's total without tax.
            total_inc_tax (None | str | Unset): The order's total with tax: what the shopper pays.
            wrapping_cost_ex_tax (None | str | Unset): The gift-wrapping charge without tax.
            wrapping_cost_inc_tax (None | str | Unset): The gift-wrapping charge with tax.
    """

    id: int
    status: str
    status_id: int
    date_modified: None | str | Unset = UNSET
    date_shipped: None | str | Unset = UNSET
    cart_id: None | str | Unset = UNSET
    subtotal_tax: None | str | Unset = UNSET
    shipping_cost_tax: None | str | Unset = UNSET
    shipping_cost_tax_class_id: int | None | Unset = UNSET
    handling_cost_tax: None | str | Unset = UNSET
    handling_cost_tax_class_id: int | None | Unset = UNSET
    wrapping_cost_tax: None | str | Unset = UNSET
    wrapping_cost_tax_class_id: int | None | Unset = UNSET
    payment_status: (
        None | OrderPaymentStatusType1 | OrderPaymentStatusType2Type1 | OrderPaymentStatusType3Type1 | Unset
    ) = UNSET
    store_credit_amount: None | str | Unset = UNSET
    gift_certificate_amount: None | str | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    currency_exchange_rate: None | str | Unset = UNSET
    default_currency_id: int | None | Unset = UNSET
    default_currency_code: None | str | Unset = UNSET
    store_default_currency_code: None | str | Unset = UNSET
    store_default_to_transactional_exchange_rate: None | str | Unset = UNSET
    coupon_discount: None | str | Unset = UNSET
    shipping_address_count: int | None | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    total_tax: None | str | Unset = UNSET
    is_tax_inclusive_pricing: bool | None | Unset = UNSET
    is_email_opt_in: bool | None | Unset = UNSET
    order_source: None | str | Unset = UNSET
    consignments: None | OrderConsignments | Unset = UNSET
    products: None | OrderResourceLink | Unset = UNSET
    shipping_addresses: None | OrderResourceLink | Unset = UNSET
    coupons: None | OrderResourceLink | Unset = UNSET
    billing_address: None | OrderBillingAddress | Unset = UNSET
    fees: list[OrderFee] | None | OrderResourceLink | Unset = UNSET
    base_handling_cost: None | str | Unset = UNSET
    base_shipping_cost: None | str | Unset = UNSET
    base_wrapping_cost: None | str | Unset = UNSET
    channel_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_message: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    discount_amount: None | str | Unset = UNSET
    ebay_order_id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    external_merchant_id: None | str | Unset = UNSET
    external_source: None | str | Unset = UNSET
    geoip_country: None | str | Unset = UNSET
    geoip_country_iso2: None | str | Unset = UNSET
    handling_cost_ex_tax: None | str | Unset = UNSET
    handling_cost_inc_tax: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    ip_address_v6: None | str | Unset = UNSET
    items_shipped: int | None | Unset = UNSET
    items_total: int | None | Unset = UNSET
    order_is_digital: bool | None | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    payment_provider_id: float | None | str | Unset = UNSET
    refunded_amount: None | str | Unset = UNSET
    shipping_cost_ex_tax: None | str | Unset = UNSET
    shipping_cost_inc_tax: None | str | Unset = UNSET
    staff_notes: None | str | Unset = UNSET
    subtotal_ex_tax: None | str | Unset = UNSET
    subtotal_inc_tax: None | str | Unset = UNSET
    tax_provider_id: None | str | Unset = UNSET
    customer_locale: None | str | Unset = UNSET
    external_order_id: None | str | Unset = UNSET
    total_ex_tax: None | str | Unset = UNSET
    total_inc_tax: None | str | Unset = UNSET
    wrapping_cost_ex_tax: None | str | Unset = UNSET
    wrapping_cost_inc_tax: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        status_id = self.status_id

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_shipped: None | str | Unset
        if isinstance(self.date_shipped, Unset):
            date_shipped = UNSET
        else:
            date_shipped = self.date_shipped

        cart_id: None | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        else:
            cart_id = self.cart_id

        subtotal_tax: None | str | Unset
        if isinstance(self.subtotal_tax, Unset):
            subtotal_tax = UNSET
        else:
            subtotal_tax = self.subtotal_tax

        shipping_cost_tax: None | str | Unset
        if isinstance(self.shipping_cost_tax, Unset):
            shipping_cost_tax = UNSET
        else:
            shipping_cost_tax = self.shipping_cost_tax

        shipping_cost_tax_class_id: int | None | Unset
        if isinstance(self.shipping_cost_tax_class_id, Unset):
            shipping_cost_tax_class_id = UNSET
        else:
            shipping_cost_tax_class_id = self.shipping_cost_tax_class_id

        handling_cost_tax: None | str | Unset
        if isinstance(self.handling_cost_tax, Unset):
            handling_cost_tax = UNSET
        else:
            handling_cost_tax = self.handling_cost_tax

        handling_cost_tax_class_id: int | None | Unset
        if isinstance(self.handling_cost_tax_class_id, Unset):
            handling_cost_tax_class_id = UNSET
        else:
            handling_cost_tax_class_id = self.handling_cost_tax_class_id

        wrapping_cost_tax: None | str | Unset
        if isinstance(self.wrapping_cost_tax, Unset):
            wrapping_cost_tax = UNSET
        else:
            wrapping_cost_tax = self.wrapping_cost_tax

        wrapping_cost_tax_class_id: int | None | Unset
        if isinstance(self.wrapping_cost_tax_class_id, Unset):
            wrapping_cost_tax_class_id = UNSET
        else:
            wrapping_cost_tax_class_id = self.wrapping_cost_tax_class_id

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, OrderPaymentStatusType1):
            payment_status = self.payment_status.value
        elif isinstance(self.payment_status, OrderPaymentStatusType2Type1):
            payment_status = self.payment_status.value
        elif isinstance(self.payment_status, OrderPaymentStatusType3Type1):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        store_credit_amount: None | str | Unset
        if isinstance(self.store_credit_amount, Unset):
            store_credit_amount = UNSET
        else:
            store_credit_amount = self.store_credit_amount

        gift_certificate_amount: None | str | Unset
        if isinstance(self.gift_certificate_amount, Unset):
            gift_certificate_amount = UNSET
        else:
            gift_certificate_amount = self.gift_certificate_amount

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        currency_exchange_rate: None | str | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        default_currency_id: int | None | Unset
        if isinstance(self.default_currency_id, Unset):
            default_currency_id = UNSET
        else:
            default_currency_id = self.default_currency_id

        default_currency_code: None | str | Unset
        if isinstance(self.default_currency_code, Unset):
            default_currency_code = UNSET
        else:
            default_currency_code = self.default_currency_code

        store_default_currency_code: None | str | Unset
        if isinstance(self.store_default_currency_code, Unset):
            store_default_currency_code = UNSET
        else:
            store_default_currency_code = self.store_default_currency_code

        store_default_to_transactional_exchange_rate: None | str | Unset
        if isinstance(self.store_default_to_transactional_exchange_rate, Unset):
            store_default_to_transactional_exchange_rate = UNSET
        else:
            store_default_to_transactional_exchange_rate = self.store_default_to_transactional_exchange_rate

        coupon_discount: None | str | Unset
        if isinstance(self.coupon_discount, Unset):
            coupon_discount = UNSET
        else:
            coupon_discount = self.coupon_discount

        shipping_address_count: int | None | Unset
        if isinstance(self.shipping_address_count, Unset):
            shipping_address_count = UNSET
        else:
            shipping_address_count = self.shipping_address_count

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        total_tax: None | str | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        is_tax_inclusive_pricing: bool | None | Unset
        if isinstance(self.is_tax_inclusive_pricing, Unset):
            is_tax_inclusive_pricing = UNSET
        else:
            is_tax_inclusive_pricing = self.is_tax_inclusive_pricing

        is_email_opt_in: bool | None | Unset
        if isinstance(self.is_email_opt_in, Unset):
            is_email_opt_in = UNSET
        else:
            is_email_opt_in = self.is_email_opt_in

        order_source: None | str | Unset
        if isinstance(self.order_source, Unset):
            order_source = UNSET
        else:
            order_source = self.order_source

        consignments: dict[str, Any] | None | Unset
        if isinstance(self.consignments, Unset):
            consignments = UNSET
        elif isinstance(self.consignments, OrderConsignments):
            consignments = self.consignments.to_dict()
        else:
            consignments = self.consignments

        products: dict[str, Any] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, OrderResourceLink):
            products = self.products.to_dict()
        else:
            products = self.products

        shipping_addresses: dict[str, Any] | None | Unset
        if isinstance(self.shipping_addresses, Unset):
            shipping_addresses = UNSET
        elif isinstance(self.shipping_addresses, OrderResourceLink):
            shipping_addresses = self.shipping_addresses.to_dict()
        else:
            shipping_addresses = self.shipping_addresses

        coupons: dict[str, Any] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, OrderResourceLink):
            coupons = self.coupons.to_dict()
        else:
            coupons = self.coupons

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, OrderBillingAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        fees: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        elif isinstance(self.fees, OrderResourceLink):
            fees = self.fees.to_dict()
        elif isinstance(self.fees, list):
            fees = []
            for fees_type_1_item_data in self.fees:
                fees_type_1_item = fees_type_1_item_data.to_dict()
                fees.append(fees_type_1_item)

        else:
            fees = self.fees

        base_handling_cost: None | str | Unset
        if isinstance(self.base_handling_cost, Unset):
            base_handling_cost = UNSET
        else:
            base_handling_cost = self.base_handling_cost

        base_shipping_cost: None | str | Unset
        if isinstance(self.base_shipping_cost, Unset):
            base_shipping_cost = UNSET
        else:
            base_shipping_cost = self.base_shipping_cost

        base_wrapping_cost: None | str | Unset
        if isinstance(self.base_wrapping_cost, Unset):
            base_wrapping_cost = UNSET
        else:
            base_wrapping_cost = self.base_wrapping_cost

        channel_id: int | None | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_message: None | str | Unset
        if isinstance(self.customer_message, Unset):
            customer_message = UNSET
        else:
            customer_message = self.customer_message

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        discount_amount: None | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        ebay_order_id: None | str | Unset
        if isinstance(self.ebay_order_id, Unset):
            ebay_order_id = UNSET
        else:
            ebay_order_id = self.ebay_order_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_merchant_id: None | str | Unset
        if isinstance(self.external_merchant_id, Unset):
            external_merchant_id = UNSET
        else:
            external_merchant_id = self.external_merchant_id

        external_source: None | str | Unset
        if isinstance(self.external_source, Unset):
            external_source = UNSET
        else:
            external_source = self.external_source

        geoip_country: None | str | Unset
        if isinstance(self.geoip_country, Unset):
            geoip_country = UNSET
        else:
            geoip_country = self.geoip_country

        geoip_country_iso2: None | str | Unset
        if isinstance(self.geoip_country_iso2, Unset):
            geoip_country_iso2 = UNSET
        else:
            geoip_country_iso2 = self.geoip_country_iso2

        handling_cost_ex_tax: None | str | Unset
        if isinstance(self.handling_cost_ex_tax, Unset):
            handling_cost_ex_tax = UNSET
        else:
            handling_cost_ex_tax = self.handling_cost_ex_tax

        handling_cost_inc_tax: None | str | Unset
        if isinstance(self.handling_cost_inc_tax, Unset):
            handling_cost_inc_tax = UNSET
        else:
            handling_cost_inc_tax = self.handling_cost_inc_tax

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        ip_address_v6: None | str | Unset
        if isinstance(self.ip_address_v6, Unset):
            ip_address_v6 = UNSET
        else:
            ip_address_v6 = self.ip_address_v6

        items_shipped: int | None | Unset
        if isinstance(self.items_shipped, Unset):
            items_shipped = UNSET
        else:
            items_shipped = self.items_shipped

        items_total: int | None | Unset
        if isinstance(self.items_total, Unset):
            items_total = UNSET
        else:
            items_total = self.items_total

        order_is_digital: bool | None | Unset
        if isinstance(self.order_is_digital, Unset):
            order_is_digital = UNSET
        else:
            order_is_digital = self.order_is_digital

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_provider_id: float | None | str | Unset
        if isinstance(self.payment_provider_id, Unset):
            payment_provider_id = UNSET
        else:
            payment_provider_id = self.payment_provider_id

        refunded_amount: None | str | Unset
        if isinstance(self.refunded_amount, Unset):
            refunded_amount = UNSET
        else:
            refunded_amount = self.refunded_amount

        shipping_cost_ex_tax: None | str | Unset
        if isinstance(self.shipping_cost_ex_tax, Unset):
            shipping_cost_ex_tax = UNSET
        else:
            shipping_cost_ex_tax = self.shipping_cost_ex_tax

        shipping_cost_inc_tax: None | str | Unset
        if isinstance(self.shipping_cost_inc_tax, Unset):
            shipping_cost_inc_tax = UNSET
        else:
            shipping_cost_inc_tax = self.shipping_cost_inc_tax

        staff_notes: None | str | Unset
        if isinstance(self.staff_notes, Unset):
            staff_notes = UNSET
        else:
            staff_notes = self.staff_notes

        subtotal_ex_tax: None | str | Unset
        if isinstance(self.subtotal_ex_tax, Unset):
            subtotal_ex_tax = UNSET
        else:
            subtotal_ex_tax = self.subtotal_ex_tax

        subtotal_inc_tax: None | str | Unset
        if isinstance(self.subtotal_inc_tax, Unset):
            subtotal_inc_tax = UNSET
        else:
            subtotal_inc_tax = self.subtotal_inc_tax

        tax_provider_id: None | str | Unset
        if isinstance(self.tax_provider_id, Unset):
            tax_provider_id = UNSET
        else:
            tax_provider_id = self.tax_provider_id

        customer_locale: None | str | Unset
        if isinstance(self.customer_locale, Unset):
            customer_locale = UNSET
        else:
            customer_locale = self.customer_locale

        external_order_id: None | str | Unset
        if isinstance(self.external_order_id, Unset):
            external_order_id = UNSET
        else:
            external_order_id = self.external_order_id

        total_ex_tax: None | str | Unset
        if isinstance(self.total_ex_tax, Unset):
            total_ex_tax = UNSET
        else:
            total_ex_tax = self.total_ex_tax

        total_inc_tax: None | str | Unset
        if isinstance(self.total_inc_tax, Unset):
            total_inc_tax = UNSET
        else:
            total_inc_tax = self.total_inc_tax

        wrapping_cost_ex_tax: None | str | Unset
        if isinstance(self.wrapping_cost_ex_tax, Unset):
            wrapping_cost_ex_tax = UNSET
        else:
            wrapping_cost_ex_tax = self.wrapping_cost_ex_tax

        wrapping_cost_inc_tax: None | str | Unset
        if isinstance(self.wrapping_cost_inc_tax, Unset):
            wrapping_cost_inc_tax = UNSET
        else:
            wrapping_cost_inc_tax = self.wrapping_cost_inc_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "status_id": status_id,
            }
        )
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if date_shipped is not UNSET:
            field_dict["date_shipped"] = date_shipped
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if subtotal_tax is not UNSET:
            field_dict["subtotal_tax"] = subtotal_tax
        if shipping_cost_tax is not UNSET:
            field_dict["shipping_cost_tax"] = shipping_cost_tax
        if shipping_cost_tax_class_id is not UNSET:
            field_dict["shipping_cost_tax_class_id"] = shipping_cost_tax_class_id
        if handling_cost_tax is not UNSET:
            field_dict["handling_cost_tax"] = handling_cost_tax
        if handling_cost_tax_class_id is not UNSET:
            field_dict["handling_cost_tax_class_id"] = handling_cost_tax_class_id
        if wrapping_cost_tax is not UNSET:
            field_dict["wrapping_cost_tax"] = wrapping_cost_tax
        if wrapping_cost_tax_class_id is not UNSET:
            field_dict["wrapping_cost_tax_class_id"] = wrapping_cost_tax_class_id
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if store_credit_amount is not UNSET:
            field_dict["store_credit_amount"] = store_credit_amount
        if gift_certificate_amount is not UNSET:
            field_dict["gift_certificate_amount"] = gift_certificate_amount
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if default_currency_id is not UNSET:
            field_dict["default_currency_id"] = default_currency_id
        if default_currency_code is not UNSET:
            field_dict["default_currency_code"] = default_currency_code
        if store_default_currency_code is not UNSET:
            field_dict["store_default_currency_code"] = store_default_currency_code
        if store_default_to_transactional_exchange_rate is not UNSET:
            field_dict["store_default_to_transactional_exchange_rate"] = (
                store_default_to_transactional_exchange_rate
            )
        if coupon_discount is not UNSET:
            field_dict["coupon_discount"] = coupon_discount
        if shipping_address_count is not UNSET:
            field_dict["shipping_address_count"] = shipping_address_count
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if is_tax_inclusive_pricing is not UNSET:
            field_dict["is_tax_inclusive_pricing"] = is_tax_inclusive_pricing
        if is_email_opt_in is not UNSET:
            field_dict["is_email_opt_in"] = is_email_opt_in
        if order_source is not UNSET:
            field_dict["order_source"] = order_source
        if consignments is not UNSET:
            field_dict["consignments"] = consignments
        if products is not UNSET:
            field_dict["products"] = products
        if shipping_addresses is not UNSET:
            field_dict["shipping_addresses"] = shipping_addresses
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if fees is not UNSET:
            field_dict["fees"] = fees
        if base_handling_cost is not UNSET:
            field_dict["base_handling_cost"] = base_handling_cost
        if base_shipping_cost is not UNSET:
            field_dict["base_shipping_cost"] = base_shipping_cost
        if base_wrapping_cost is not UNSET:
            field_dict["base_wrapping_cost"] = base_wrapping_cost
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_message is not UNSET:
            field_dict["customer_message"] = customer_message
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if ebay_order_id is not UNSET:
            field_dict["ebay_order_id"] = ebay_order_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_merchant_id is not UNSET:
            field_dict["external_merchant_id"] = external_merchant_id
        if external_source is not UNSET:
            field_dict["external_source"] = external_source
        if geoip_country is not UNSET:
            field_dict["geoip_country"] = geoip_country
        if geoip_country_iso2 is not UNSET:
            field_dict["geoip_country_iso2"] = geoip_country_iso2
        if handling_cost_ex_tax is not UNSET:
            field_dict["handling_cost_ex_tax"] = handling_cost_ex_tax
        if handling_cost_inc_tax is not UNSET:
            field_dict["handling_cost_inc_tax"] = handling_cost_inc_tax
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if ip_address_v6 is not UNSET:
            field_dict["ip_address_v6"] = ip_address_v6
        if items_shipped is not UNSET:
            field_dict["items_shipped"] = items_shipped
        if items_total is not UNSET:
            field_dict["items_total"] = items_total
        if order_is_digital is not UNSET:
            field_dict["order_is_digital"] = order_is_digital
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_provider_id is not UNSET:
            field_dict["payment_provider_id"] = payment_provider_id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if shipping_cost_ex_tax is not UNSET:
            field_dict["shipping_cost_ex_tax"] = shipping_cost_ex_tax
        if shipping_cost_inc_tax is not UNSET:
            field_dict["shipping_cost_inc_tax"] = shipping_cost_inc_tax
        if staff_notes is not UNSET:
            field_dict["staff_notes"] = staff_notes
        if subtotal_ex_tax is not UNSET:
            field_dict["subtotal_ex_tax"] = subtotal_ex_tax
        if subtotal_inc_tax is not UNSET:
            field_dict["subtotal_inc_tax"] = subtotal_inc_tax
        if tax_provider_id is not UNSET:
            field_dict["tax_provider_id"] = tax_provider_id
        if customer_locale is not UNSET:
            field_dict["customer_locale"] = customer_locale
        if external_order_id is not UNSET:
            field_dict["external_order_id"] = external_order_id
        if total_ex_tax is not UNSET:
            field_dict["total_ex_tax"] = total_ex_tax
        if total_inc_tax is not UNSET:
            field_dict["total_inc_tax"] = total_inc_tax
        if wrapping_cost_ex_tax is not UNSET:
            field_dict["wrapping_cost_ex_tax"] = wrapping_cost_ex_tax
        if wrapping_cost_inc_tax is not UNSET:
            field_dict["wrapping_cost_inc_tax"] = wrapping_cost_inc_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        status_id = d.pop("status_id")

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("date_modified", UNSET))

        def _parse_date_shipped(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_shipped = _parse_date_shipped(d.pop("date_shipped", UNSET))

        def _parse_cart_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cart_id = _parse_cart_id(d.pop("cart_id", UNSET))

        def _parse_subtotal_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtotal_tax = _parse_subtotal_tax(d.pop("subtotal_tax", UNSET))

        def _parse_shipping_cost_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_cost_tax = _parse_shipping_cost_tax(d.pop("shipping_cost_tax", UNSET))

        def _parse_shipping_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_cost_tax_class_id = _parse_shipping_cost_tax_class_id(
            d.pop("shipping_cost_tax_class_id", UNSET)
        )

        def _parse_handling_cost_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handling_cost_tax = _parse_handling_cost_tax(d.pop("handling_cost_tax", UNSET))

        def _parse_handling_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        handling_cost_tax_class_id = _parse_handling_cost_tax_class_id(
            d.pop("handling_cost_tax_class_id", UNSET)
        )

        def _parse_wrapping_cost_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_cost_tax = _parse_wrapping_cost_tax(d.pop("wrapping_cost_tax", UNSET))

        def _parse_wrapping_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wrapping_cost_tax_class_id = _parse_wrapping_cost_tax_class_id(
            d.pop("wrapping_cost_tax_class_id", UNSET)
        )

        def _parse_payment_status(
            data: object,
        ) -> (
            None
            | OrderPaymentStatusType1
            | OrderPaymentStatusType2Type1
            | OrderPaymentStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_status_type_1 = OrderPaymentStatusType1(data)

                return payment_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_status_type_2_type_1 = OrderPaymentStatusType2Type1(data)

                return payment_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_status_type_3_type_1 = OrderPaymentStatusType3Type1(data)

                return payment_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"payment_status: a {type(data).__name__} fits none of the declared types")

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        def _parse_store_credit_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_credit_amount = _parse_store_credit_amount(d.pop("store_credit_amount", UNSET))

        def _parse_gift_certificate_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gift_certificate_amount = _parse_gift_certificate_amount(d.pop("gift_certificate_amount", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_currency_exchange_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_default_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_currency_id = _parse_default_currency_id(d.pop("default_currency_id", UNSET))

        def _parse_default_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_currency_code = _parse_default_currency_code(d.pop("default_currency_code", UNSET))

        def _parse_store_default_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_default_currency_code = _parse_store_default_currency_code(
            d.pop("store_default_currency_code", UNSET)
        )

        def _parse_store_default_to_transactional_exchange_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_default_to_transactional_exchange_rate = _parse_store_default_to_transactional_exchange_rate(
            d.pop("store_default_to_transactional_exchange_rate", UNSET)
        )

        def _parse_coupon_discount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_discount = _parse_coupon_discount(d.pop("coupon_discount", UNSET))

        def _parse_shipping_address_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_address_count = _parse_shipping_address_count(d.pop("shipping_address_count", UNSET))

        def _parse_is_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_deleted = _parse_is_deleted(d.pop("is_deleted", UNSET))

        def _parse_total_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_tax = _parse_total_tax(d.pop("total_tax", UNSET))

        def _parse_is_tax_inclusive_pricing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_inclusive_pricing = _parse_is_tax_inclusive_pricing(d.pop("is_tax_inclusive_pricing", UNSET))

        def _parse_is_email_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_email_opt_in = _parse_is_email_opt_in(d.pop("is_email_opt_in", UNSET))

        def _parse_order_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_source = _parse_order_source(d.pop("order_source", UNSET))

        def _parse_consignments(data: object) -> None | OrderConsignments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consignments_type_0 = OrderConsignments.from_dict(data)

                return consignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"consignments: a {type(data).__name__} fits none of the declared types")

        consignments = _parse_consignments(d.pop("consignments", UNSET))

        def _parse_products(data: object) -> None | OrderResourceLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                products_type_0 = OrderResourceLink.from_dict(data)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"products: a {type(data).__name__} fits none of the declared types")

        products = _parse_products(d.pop("products", UNSET))

        def _parse_shipping_addresses(data: object) -> None | OrderResourceLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_addresses_type_0 = OrderResourceLink.from_dict(data)

                return shipping_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping_addresses: a {type(data).__name__} fits none of the declared types")

        shipping_addresses = _parse_shipping_addresses(d.pop("shipping_addresses", UNSET))

        def _parse_coupons(data: object) -> None | OrderResourceLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupons_type_0 = OrderResourceLink.from_dict(data)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"coupons: a {type(data).__name__} fits none of the declared types")

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        def _parse_billing_address(data: object) -> None | OrderBillingAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = OrderBillingAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"billing_address: a {type(data).__name__} fits none of the declared types")

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        def _parse_fees(data: object) -> list[OrderFee] | None | OrderResourceLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fees_type_0 = OrderResourceLink.from_dict(data)

                return fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fees_type_1 = []
                _fees_type_1 = data
                for fees_type_1_item_data in _fees_type_1:
                    fees_type_1_item = OrderFee.from_dict(fees_type_1_item_data)

                    fees_type_1.append(fees_type_1_item)

                return fees_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"fees: a {type(data).__name__} fits none of the declared types")

        fees = _parse_fees(d.pop("fees", UNSET))

        def _parse_base_handling_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_handling_cost = _parse_base_handling_cost(d.pop("base_handling_cost", UNSET))

        def _parse_base_shipping_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_shipping_cost = _parse_base_shipping_cost(d.pop("base_shipping_cost", UNSET))

        def _parse_base_wrapping_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_wrapping_cost = _parse_base_wrapping_cost(d.pop("base_wrapping_cost", UNSET))

        def _parse_channel_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_message = _parse_customer_message(d.pop("customer_message", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_discount_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_ebay_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ebay_order_id = _parse_ebay_order_id(d.pop("ebay_order_id", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_external_merchant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_merchant_id = _parse_external_merchant_id(d.pop("external_merchant_id", UNSET))

        def _parse_external_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_source = _parse_external_source(d.pop("external_source", UNSET))

        def _parse_geoip_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geoip_country = _parse_geoip_country(d.pop("geoip_country", UNSET))

        def _parse_geoip_country_iso2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geoip_country_iso2 = _parse_geoip_country_iso2(d.pop("geoip_country_iso2", UNSET))

        def _parse_handling_cost_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handling_cost_ex_tax = _parse_handling_cost_ex_tax(d.pop("handling_cost_ex_tax", UNSET))

        def _parse_handling_cost_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handling_cost_inc_tax = _parse_handling_cost_inc_tax(d.pop("handling_cost_inc_tax", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_ip_address_v6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address_v6 = _parse_ip_address_v6(d.pop("ip_address_v6", UNSET))

        def _parse_items_shipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_shipped = _parse_items_shipped(d.pop("items_shipped", UNSET))

        def _parse_items_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_total = _parse_items_total(d.pop("items_total", UNSET))

        def _parse_order_is_digital(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        order_is_digital = _parse_order_is_digital(d.pop("order_is_digital", UNSET))

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_provider_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        payment_provider_id = _parse_payment_provider_id(d.pop("payment_provider_id", UNSET))

        def _parse_refunded_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refunded_amount = _parse_refunded_amount(d.pop("refunded_amount", UNSET))

        def _parse_shipping_cost_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_cost_ex_tax = _parse_shipping_cost_ex_tax(d.pop("shipping_cost_ex_tax", UNSET))

        def _parse_shipping_cost_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_cost_inc_tax = _parse_shipping_cost_inc_tax(d.pop("shipping_cost_inc_tax", UNSET))

        def _parse_staff_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff_notes = _parse_staff_notes(d.pop("staff_notes", UNSET))

        def _parse_subtotal_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtotal_ex_tax = _parse_subtotal_ex_tax(d.pop("subtotal_ex_tax", UNSET))

        def _parse_subtotal_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtotal_inc_tax = _parse_subtotal_inc_tax(d.pop("subtotal_inc_tax", UNSET))

        def _parse_tax_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_provider_id = _parse_tax_provider_id(d.pop("tax_provider_id", UNSET))

        def _parse_customer_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_locale = _parse_customer_locale(d.pop("customer_locale", UNSET))

        def _parse_external_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_order_id = _parse_external_order_id(d.pop("external_order_id", UNSET))

        def _parse_total_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_ex_tax = _parse_total_ex_tax(d.pop("total_ex_tax", UNSET))

        def _parse_total_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_inc_tax = _parse_total_inc_tax(d.pop("total_inc_tax", UNSET))

        def _parse_wrapping_cost_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_cost_ex_tax = _parse_wrapping_cost_ex_tax(d.pop("wrapping_cost_ex_tax", UNSET))

        def _parse_wrapping_cost_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_cost_inc_tax = _parse_wrapping_cost_inc_tax(d.pop("wrapping_cost_inc_tax", UNSET))

        order = cls(
            id=id,
            status=status,
            status_id=status_id,
            date_modified=date_modified,
            date_shipped=date_shipped,
            cart_id=cart_id,
            subtotal_tax=subtotal_tax,
            shipping_cost_tax=shipping_cost_tax,
            shipping_cost_tax_class_id=shipping_cost_tax_class_id,
            handling_cost_tax=handling_cost_tax,
            handling_cost_tax_class_id=handling_cost_tax_class_id,
            wrapping_cost_tax=wrapping_cost_tax,
            wrapping_cost_tax_class_id=wrapping_cost_tax_class_id,
            payment_status=payment_status,
            store_credit_amount=store_credit_amount,
            gift_certificate_amount=gift_certificate_amount,
            currency_id=currency_id,
            currency_code=currency_code,
            currency_exchange_rate=currency_exchange_rate,
            default_currency_id=default_currency_id,
            default_currency_code=default_currency_code,
            store_default_currency_code=store_default_currency_code,
            store_default_to_transactional_exchange_rate=store_default_to_transactional_exchange_rate,
            coupon_discount=coupon_discount,
            shipping_address_count=shipping_address_count,
            is_deleted=is_deleted,
            total_tax=total_tax,
            is_tax_inclusive_pricing=is_tax_inclusive_pricing,
            is_email_opt_in=is_email_opt_in,
            order_source=order_source,
            consignments=consignments,
            products=products,
            shipping_addresses=shipping_addresses,
            coupons=coupons,
            billing_address=billing_address,
            fees=fees,
            base_handling_cost=base_handling_cost,
            base_shipping_cost=base_shipping_cost,
            base_wrapping_cost=base_wrapping_cost,
            channel_id=channel_id,
            customer_id=customer_id,
            customer_message=customer_message,
            date_created=date_created,
            discount_amount=discount_amount,
            ebay_order_id=ebay_order_id,
            external_id=external_id,
            external_merchant_id=external_merchant_id,
            external_source=external_source,
            geoip_country=geoip_country,
            geoip_country_iso2=geoip_country_iso2,
            handling_cost_ex_tax=handling_cost_ex_tax,
            handling_cost_inc_tax=handling_cost_inc_tax,
            ip_address=ip_address,
            ip_address_v6=ip_address_v6,
            items_shipped=items_shipped,
            items_total=items_total,
            order_is_digital=order_is_digital,
            payment_method=payment_method,
            payment_provider_id=payment_provider_id,
            refunded_amount=refunded_amount,
            shipping_cost_ex_tax=shipping_cost_ex_tax,
            shipping_cost_inc_tax=shipping_cost_inc_tax,
            staff_notes=staff_notes,
            subtotal_ex_tax=subtotal_ex_tax,
            subtotal_inc_tax=subtotal_inc_tax,
            tax_provider_id=tax_provider_id,
            customer_locale=customer_locale,
            external_order_id=external_order_id,
            total_ex_tax=total_ex_tax,
            total_inc_tax=total_inc_tax,
            wrapping_cost_ex_tax=wrapping_cost_ex_tax,
            wrapping_cost_inc_tax=wrapping_cost_inc_tax,
        )

        order.additional_properties = d
        return order

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
from ..models.order_billing_address import OrderBillingAddress  # noqa: E402
from ..models.order_consignments import OrderConsignments  # noqa: E402
from ..models.order_fee import OrderFee  # noqa: E402
from ..models.order_resource_link import OrderResourceLink  # noqa: E402
