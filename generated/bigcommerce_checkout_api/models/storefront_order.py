from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_currency import StorefrontCurrency
    from ..models.storefront_order_address import StorefrontOrderAddress
    from ..models.storefront_order_consignments import StorefrontOrderConsignments
    from ..models.storefront_order_coupon import StorefrontOrderCoupon
    from ..models.storefront_order_fees_type_0_item import StorefrontOrderFeesType0Item
    from ..models.storefront_order_line_items import StorefrontOrderLineItems
    from ..models.storefront_order_payment import StorefrontOrderPayment
    from ..models.storefront_order_tax import StorefrontOrderTax


T = TypeVar("T", bound="StorefrontOrder")


@_attrs_define
class StorefrontOrder:
    """An order as the storefront shows it to the shopper who placed it.

    Attributes:
        order_id (int): The order's id.
        cart_id (None | str | Unset): The id of the cart the order was made from.
        currency (None | StorefrontCurrency | Unset):
        is_tax_included (bool | None | Unset): Whether the prices include tax.
        base_amount (float | None | Unset): The items' prices before discounts.
        discount_amount (float | None | Unset): Discounts on the order.
        gift_wrapping_cost_total (float | None | Unset): Gift wrapping across the order.
        order_amount (float | None | Unset): What the shopper pays, everything included.
        order_amount_as_integer (float | None | Unset): The same in the currency's smallest unit (cents).
        shipping_cost_total (float | None | Unset): Shipping across all consignments.
        shipping_cost_before_discount (float | None | Unset): Shipping before shipping discounts.
        comparison_shipping_cost (float | None | Unset): A reference shipping cost shown to the shopper, when set.
        handling_cost_total (float | None | Unset): Handling across all consignments.
        coupons (list[StorefrontOrderCoupon] | None | Unset):
        line_items (None | StorefrontOrderLineItems | Unset):
        customer_id (int | None | Unset): The customer who placed it; 0 for a guest.
        billing_address (None | StorefrontOrderAddress | Unset):
        status (None | str | Unset): The order's status, for example `INCOMPLETE` before payment and
            `AWAITING_FULFILLMENT`
            after. BigCommerce lists: `INCOMPLETE`, `PENDING`, `SHIPPED`, `PARTIALLY_SHIPPED`,
            `REFUNDED`, `CANCELLED`, `DECLINED`, `AWAITING_PAYMENT`, `AWAITING_PICKUP`,
            `AWAITING_SHIPMENT`, `COMPLETED`, `AWAITING_FULFILLMENT`,
            `MANUAL_VERIFICATION_REQUIRED`, `DISPUTED`, `PARTIALLY_REFUNDED`.
        has_digital_items (bool | None | Unset): Whether the order has downloads.
        is_downloadable (bool | None | Unset): Whether its downloads are available now.
        is_complete (bool | None | Unset): Whether the order went through (paid or awaiting an offline payment).
        customer_message (None | str | Unset): The shopper's note to the merchant.
        customer_can_be_created (bool | None | Unset): Whether a guest may create an account from this order.
        taxes (list[StorefrontOrderTax] | None | Unset):
        tax_total (float | None | Unset): All taxes on the order.
        total_discount (float | None | Unset): Every discount on the order added up.
        display_discount_total (float | None | Unset): The discount total as the confirmation page shows it.
        order_based_auto_discount_total (float | None | Unset): Automatic order-level promotions.
        manual_discount_total (float | None | Unset): Manual discounts.
        product_auto_discounted_subtotal (float | None | Unset): The items after automatic product promotions.
        product_based_auto_discount_total (float | None | Unset): Automatic product promotions.
        channel_id (float | None | Unset): The sales channel the order was placed in.
        fees (list[StorefrontOrderFeesType0Item] | None | Unset): Fees charged on the order.
        consignments (None | StorefrontOrderConsignments | Unset):
        payments (list[StorefrontOrderPayment] | None | Unset): The payments made towards the order; present when
            `include` asks for them.
    """

    order_id: int
    cart_id: None | str | Unset = UNSET
    currency: None | StorefrontCurrency | Unset = UNSET
    is_tax_included: bool | None | Unset = UNSET
    base_amount: float | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    gift_wrapping_cost_total: float | None | Unset = UNSET
    order_amount: float | None | Unset = UNSET
    order_amount_as_integer: float | None | Unset = UNSET
    shipping_cost_total: float | None | Unset = UNSET
    shipping_cost_before_discount: float | None | Unset = UNSET
    comparison_shipping_cost: float | None | Unset = UNSET
    handling_cost_total: float | None | Unset = UNSET
    coupons: list[StorefrontOrderCoupon] | None | Unset = UNSET
    line_items: None | StorefrontOrderLineItems | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    billing_address: None | StorefrontOrderAddress | Unset = UNSET
    status: None | str | Unset = UNSET
    has_digital_items: bool | None | Unset = UNSET
    is_downloadable: bool | None | Unset = UNSET
    is_complete: bool | None | Unset = UNSET
    customer_message: None | str | Unset = UNSET
    customer_can_be_created: bool | None | Unset = UNSET
    taxes: list[StorefrontOrderTax] | None | Unset = UNSET
    tax_total: float | None | Unset = UNSET
    total_discount: float | None | Unset = UNSET
    display_discount_total: float | None | Unset = UNSET
    order_based_auto_discount_total: float | None | Unset = UNSET
    manual_discount_total: float | None | Unset = UNSET
    product_auto_discounted_subtotal: float | None | Unset = UNSET
    product_based_auto_discount_total: float | None | Unset = UNSET
    channel_id: float | None | Unset = UNSET
    fees: list[StorefrontOrderFeesType0Item] | None | Unset = UNSET
    consignments: None | StorefrontOrderConsignments | Unset = UNSET
    payments: list[StorefrontOrderPayment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        cart_id: None | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        else:
            cart_id = self.cart_id

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, StorefrontCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        is_tax_included: bool | None | Unset
        if isinstance(self.is_tax_included, Unset):
            is_tax_included = UNSET
        else:
            is_tax_included = self.is_tax_included

        base_amount: float | None | Unset
        if isinstance(self.base_amount, Unset):
            base_amount = UNSET
        else:
            base_amount = self.base_amount

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        gift_wrapping_cost_total: float | None | Unset
        if isinstance(self.gift_wrapping_cost_total, Unset):
            gift_wrapping_cost_total = UNSET
        else:
            gift_wrapping_cost_total = self.gift_wrapping_cost_total

        order_amount: float | None | Unset
        if isinstance(self.order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = self.order_amount

        order_amount_as_integer: float | None | Unset
        if isinstance(self.order_amount_as_integer, Unset):
            order_amount_as_integer = UNSET
        else:
            order_amount_as_integer = self.order_amount_as_integer

        shipping_cost_total: float | None | Unset
        if isinstance(self.shipping_cost_total, Unset):
            shipping_cost_total = UNSET
        else:
            shipping_cost_total = self.shipping_cost_total

        shipping_cost_before_discount: float | None | Unset
        if isinstance(self.shipping_cost_before_discount, Unset):
            shipping_cost_before_discount = UNSET
        else:
            shipping_cost_before_discount = self.shipping_cost_before_discount

        comparison_shipping_cost: float | None | Unset
        if isinstance(self.comparison_shipping_cost, Unset):
            comparison_shipping_cost = UNSET
        else:
            comparison_shipping_cost = self.comparison_shipping_cost

        handling_cost_total: float | None | Unset
        if isinstance(self.handling_cost_total, Unset):
            handling_cost_total = UNSET
        else:
            handling_cost_total = self.handling_cost_total

        coupons: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

        line_items: dict[str, Any] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, StorefrontOrderLineItems):
            line_items = self.line_items.to_dict()
        else:
            line_items = self.line_items

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, StorefrontOrderAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        has_digital_items: bool | None | Unset
        if isinstance(self.has_digital_items, Unset):
            has_digital_items = UNSET
        else:
            has_digital_items = self.has_digital_items

        is_downloadable: bool | None | Unset
        if isinstance(self.is_downloadable, Unset):
            is_downloadable = UNSET
        else:
            is_downloadable = self.is_downloadable

        is_complete: bool | None | Unset
        if isinstance(self.is_complete, Unset):
            is_complete = UNSET
        else:
            is_complete = self.is_complete

        customer_message: None | str | Unset
        if isinstance(self.customer_message, Unset):
            customer_message = UNSET
        else:
            customer_message = self.customer_message

        customer_can_be_created: bool | None | Unset
        if isinstance(self.customer_can_be_created, Unset):
            customer_can_be_created = UNSET
        else:
            customer_can_be_created = self.customer_can_be_created

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        tax_total: float | None | Unset
        if isinstance(self.tax_total, Unset):
            tax_total = UNSET
        else:
            tax_total = self.tax_total

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        display_discount_total: float | None | Unset
        if isinstance(self.display_discount_total, Unset):
            display_discount_total = UNSET
        else:
            display_discount_total = self.display_discount_total

        order_based_auto_discount_total: float | None | Unset
        if isinstance(self.order_based_auto_discount_total, Unset):
            order_based_auto_discount_total = UNSET
        else:
            order_based_auto_discount_total = self.order_based_auto_discount_total

        manual_discount_total: float | None | Unset
        if isinstance(self.manual_discount_total, Unset):
            manual_discount_total = UNSET
        else:
            manual_discount_total = self.manual_discount_total

        product_auto_discounted_subtotal: float | None | Unset
        if isinstance(self.product_auto_discounted_subtotal, Unset):
            product_auto_discounted_subtotal = UNSET
        else:
            product_auto_discounted_subtotal = self.product_auto_discounted_subtotal

        product_based_auto_discount_total: float | None | Unset
        if isinstance(self.product_based_auto_discount_total, Unset):
            product_based_auto_discount_total = UNSET
        else:
            product_based_auto_discount_total = self.product_based_auto_discount_total

        channel_id: float | None | Unset
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

        consignments: dict[str, Any] | None | Unset
        if isinstance(self.consignments, Unset):
            consignments = UNSET
        elif isinstance(self.consignments, StorefrontOrderConsignments):
            consignments = self.consignments.to_dict()
        else:
            consignments = self.consignments

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if cart_id is not UNSET:
            field_dict["cartId"] = cart_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_tax_included is not UNSET:
            field_dict["isTaxIncluded"] = is_tax_included
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if gift_wrapping_cost_total is not UNSET:
            field_dict["giftWrappingCostTotal"] = gift_wrapping_cost_total
        if order_amount is not UNSET:
            field_dict["orderAmount"] = order_amount
        if order_amount_as_integer is not UNSET:
            field_dict["orderAmountAsInteger"] = order_amount_as_integer
        if shipping_cost_total is not UNSET:
            field_dict["shippingCostTotal"] = shipping_cost_total
        if shipping_cost_before_discount is not UNSET:
            field_dict["shippingCostBeforeDiscount"] = shipping_cost_before_discount
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost
        if handling_cost_total is not UNSET:
            field_dict["handlingCostTotal"] = handling_cost_total
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if status is not UNSET:
            field_dict["status"] = status
        if has_digital_items is not UNSET:
            field_dict["hasDigitalItems"] = has_digital_items
        if is_downloadable is not UNSET:
            field_dict["isDownloadable"] = is_downloadable
        if is_complete is not UNSET:
            field_dict["isComplete"] = is_complete
        if customer_message is not UNSET:
            field_dict["customerMessage"] = customer_message
        if customer_can_be_created is not UNSET:
            field_dict["customerCanBeCreated"] = customer_can_be_created
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if display_discount_total is not UNSET:
            field_dict["displayDiscountTotal"] = display_discount_total
        if order_based_auto_discount_total is not UNSET:
            field_dict["orderBasedAutoDiscountTotal"] = order_based_auto_discount_total
        if manual_discount_total is not UNSET:
            field_dict["manualDiscountTotal"] = manual_discount_total
        if product_auto_discounted_subtotal is not UNSET:
            field_dict["productAutoDiscountedSubtotal"] = product_auto_discounted_subtotal
        if product_based_auto_discount_total is not UNSET:
            field_dict["productBasedAutoDiscountTotal"] = product_based_auto_discount_total
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if fees is not UNSET:
            field_dict["fees"] = fees
        if consignments is not UNSET:
            field_dict["consignments"] = consignments
        if payments is not UNSET:
            field_dict["payments"] = payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        def _parse_cart_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cart_id = _parse_cart_id(d.pop("cartId", UNSET))

        def _parse_currency(data: object) -> None | StorefrontCurrency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = StorefrontCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"currency: a {type(data).__name__} fits none of the declared types")

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_is_tax_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_included = _parse_is_tax_included(d.pop("isTaxIncluded", UNSET))

        def _parse_base_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_amount = _parse_base_amount(d.pop("baseAmount", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discountAmount", UNSET))

        def _parse_gift_wrapping_cost_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gift_wrapping_cost_total = _parse_gift_wrapping_cost_total(d.pop("giftWrappingCostTotal", UNSET))

        def _parse_order_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_amount = _parse_order_amount(d.pop("orderAmount", UNSET))

        def _parse_order_amount_as_integer(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_amount_as_integer = _parse_order_amount_as_integer(d.pop("orderAmountAsInteger", UNSET))

        def _parse_shipping_cost_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipping_cost_total = _parse_shipping_cost_total(d.pop("shippingCostTotal", UNSET))

        def _parse_shipping_cost_before_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipping_cost_before_discount = _parse_shipping_cost_before_discount(
            d.pop("shippingCostBeforeDiscount", UNSET)
        )

        def _parse_comparison_shipping_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        comparison_shipping_cost = _parse_comparison_shipping_cost(d.pop("comparisonShippingCost", UNSET))

        def _parse_handling_cost_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_total = _parse_handling_cost_total(d.pop("handlingCostTotal", UNSET))

        def _parse_coupons(data: object) -> list[StorefrontOrderCoupon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupons_type_0 = []
                _coupons_type_0 = data
                for coupons_type_0_item_data in _coupons_type_0:
                    coupons_type_0_item = StorefrontOrderCoupon.from_dict(coupons_type_0_item_data)

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"coupons: a {type(data).__name__} fits none of the declared types")

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        def _parse_line_items(data: object) -> None | StorefrontOrderLineItems | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                line_items_type_0 = StorefrontOrderLineItems.from_dict(data)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"line_items: a {type(data).__name__} fits none of the declared types")

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_billing_address(data: object) -> None | StorefrontOrderAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = StorefrontOrderAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"billing_address: a {type(data).__name__} fits none of the declared types")

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_has_digital_items(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_digital_items = _parse_has_digital_items(d.pop("hasDigitalItems", UNSET))

        def _parse_is_downloadable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_downloadable = _parse_is_downloadable(d.pop("isDownloadable", UNSET))

        def _parse_is_complete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_complete = _parse_is_complete(d.pop("isComplete", UNSET))

        def _parse_customer_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_message = _parse_customer_message(d.pop("customerMessage", UNSET))

        def _parse_customer_can_be_created(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        customer_can_be_created = _parse_customer_can_be_created(d.pop("customerCanBeCreated", UNSET))

        def _parse_taxes(data: object) -> list[StorefrontOrderTax] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = StorefrontOrderTax.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"taxes: a {type(data).__name__} fits none of the declared types")

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_tax_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_total = _parse_tax_total(d.pop("taxTotal", UNSET))

        def _parse_total_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_discount = _parse_total_discount(d.pop("totalDiscount", UNSET))

        def _parse_display_discount_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        display_discount_total = _parse_display_discount_total(d.pop("displayDiscountTotal", UNSET))

        def _parse_order_based_auto_discount_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_based_auto_discount_total = _parse_order_based_auto_discount_total(
            d.pop("orderBasedAutoDiscountTotal", UNSET)
        )

        def _parse_manual_discount_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        manual_discount_total = _parse_manual_discount_total(d.pop("manualDiscountTotal", UNSET))

        def _parse_product_auto_discounted_subtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        product_auto_discounted_subtotal = _parse_product_auto_discounted_subtotal(
            d.pop("productAutoDiscountedSubtotal", UNSET)
        )

        def _parse_product_based_auto_discount_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        product_based_auto_discount_total = _parse_product_based_auto_discount_total(
            d.pop("productBasedAutoDiscountTotal", UNSET)
        )

        def _parse_channel_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channelId", UNSET))

        def _parse_fees(data: object) -> list[StorefrontOrderFeesType0Item] | None | Unset:
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
                    fees_type_0_item = StorefrontOrderFeesType0Item.from_dict(fees_type_0_item_data)

                    fees_type_0.append(fees_type_0_item)

                return fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"fees: a {type(data).__name__} fits none of the declared types")

        fees = _parse_fees(d.pop("fees", UNSET))

        def _parse_consignments(data: object) -> None | StorefrontOrderConsignments | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consignments_type_0 = StorefrontOrderConsignments.from_dict(data)

                return consignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"consignments: a {type(data).__name__} fits none of the declared types")

        consignments = _parse_consignments(d.pop("consignments", UNSET))

        def _parse_payments(data: object) -> list[StorefrontOrderPayment] | None | Unset:
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
                    payments_type_0_item = StorefrontOrderPayment.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"payments: a {type(data).__name__} fits none of the declared types")

        payments = _parse_payments(d.pop("payments", UNSET))

        storefront_order = cls(
            order_id=order_id,
            cart_id=cart_id,
            currency=currency,
            is_tax_included=is_tax_included,
            base_amount=base_amount,
            discount_amount=discount_amount,
            gift_wrapping_cost_total=gift_wrapping_cost_total,
            order_amount=order_amount,
            order_amount_as_integer=order_amount_as_integer,
            shipping_cost_total=shipping_cost_total,
            shipping_cost_before_discount=shipping_cost_before_discount,
            comparison_shipping_cost=comparison_shipping_cost,
            handling_cost_total=handling_cost_total,
            coupons=coupons,
            line_items=line_items,
            customer_id=customer_id,
            billing_address=billing_address,
            status=status,
            has_digital_items=has_digital_items,
            is_downloadable=is_downloadable,
            is_complete=is_complete,
            customer_message=customer_message,
            customer_can_be_created=customer_can_be_created,
            taxes=taxes,
            tax_total=tax_total,
            total_discount=total_discount,
            display_discount_total=display_discount_total,
            order_based_auto_discount_total=order_based_auto_discount_total,
            manual_discount_total=manual_discount_total,
            product_auto_discounted_subtotal=product_auto_discounted_subtotal,
            product_based_auto_discount_total=product_based_auto_discount_total,
            channel_id=channel_id,
            fees=fees,
            consignments=consignments,
            payments=payments,
        )

        storefront_order.additional_properties = d
        return storefront_order

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
from ..models.storefront_currency import StorefrontCurrency  # noqa: E402
from ..models.storefront_order_address import StorefrontOrderAddress  # noqa: E402
from ..models.storefront_order_consignments import StorefrontOrderConsignments  # noqa: E402
from ..models.storefront_order_coupon import StorefrontOrderCoupon  # noqa: E402
from ..models.storefront_order_fees_type_0_item import StorefrontOrderFeesType0Item  # noqa: E402
from ..models.storefront_order_line_items import StorefrontOrderLineItems  # noqa: E402
from ..models.storefront_order_payment import StorefrontOrderPayment  # noqa: E402
from ..models.storefront_order_tax import StorefrontOrderTax  # noqa: E402
