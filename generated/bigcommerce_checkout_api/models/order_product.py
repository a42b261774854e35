from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_product_type_type_1 import OrderProductTypeType1
from ..models.order_product_type_type_2_type_1 import OrderProductTypeType2Type1
from ..models.order_product_type_type_3_type_1 import OrderProductTypeType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_product_configurable_fields_type_0_item import (
        OrderProductConfigurableFieldsType0Item,
    )
    from ..models.order_product_discount import OrderProductDiscount
    from ..models.order_product_option import OrderProductOption


T = TypeVar("T", bound="OrderProduct")


@_attrs_define
class OrderProduct:
    """One product line of an order.

    Attributes:
        id (int): The line's id within the order (what refunds name in `item_id`).
        quantity (int): How many were ordered.
        order_id (int | None | Unset): The order's id.
        product_id (int | None | Unset): The catalogue product's id.
        order_pickup_method_id (int | None | Unset): The pickup method of the line; 0 when it is not picked up.
        order_address_id (int | None | Unset): The shipping address the line goes to; 0 when it is not shipped.
        name (None | str | Unset): The product's name as the shopper sees it.
        sku (None | str | Unset): The stock keeping unit.
        type_ (None | OrderProductTypeType1 | OrderProductTypeType2Type1 | OrderProductTypeType3Type1 | Unset):
            `physical`, `digital` or `giftcertificate`.
        base_price (None | str | Unset): The unit price before tax rules.
        price_ex_tax (None | str | Unset): The unit price without tax.
        price_inc_tax (None | str | Unset): The unit price with tax.
        price_tax (None | str | Unset): The tax on one unit.
        base_total (None | str | Unset): The line's total before tax rules.
        total_ex_tax (None | str | Unset): The order's total without tax.
        total_inc_tax (None | str | Unset): The order's total with tax: what the shopper pays.
        total_tax (None | str | Unset): The total tax.
        base_cost_price (None | str | Unset): The product's cost price, as set in the catalogue.
        cost_price_inc_tax (None | str | Unset): The product's cost price with tax.
        cost_price_ex_tax (None | str | Unset): The product's cost price without tax.
        weight (float | None | str | Unset): The product's weight.
        width (None | str | Unset): The product's width.
        height (None | str | Unset): The product's height.
        depth (None | str | Unset): The product's depth.
        cost_price_tax (None | str | Unset): The tax on the product's cost price.
        is_refunded (bool | None | Unset): Whether the product was refunded.
        quantity_refunded (int | None | Unset): How many were refunded.
        refund_amount (None | str | Unset): BigCommerce always answers `0` here; see the refunds.
        return_id (int | None | Unset): The id of the return.
        wrapping_id (int | None | Unset): The gift wrapping chosen.
        wrapping_name (None | str | Unset): The gift wrapping's name.
        base_wrapping_cost (float | None | str | Unset): The gift-wrapping charge before tax rules.
        wrapping_cost_ex_tax (None | str | Unset): The gift-wrapping charge without tax.
        wrapping_cost_inc_tax (None | str | Unset): The gift-wrapping charge with tax.
        wrapping_cost_tax (None | str | Unset): The tax on gift wrapping.
        wrapping_message (None | str | Unset): The gift message.
        quantity_shipped (int | None | Unset): How many have shipped.
        event_name (None | str | Unset): The name of the promotional event or delivery date.
        event_date (None | str | Unset): The date of the promotional event or delivery.
        fixed_shipping_cost (None | str | Unset): A fixed shipping charge of the product.
        ebay_item_id (None | str | Unset): The item's id on eBay, for eBay orders.
        ebay_transaction_id (None | str | Unset): The transaction's id on eBay, for eBay orders.
        option_set_id (int | None | Unset): The option set of the product.
        parent_order_product_id (int | None | Unset): The parent line of a bundled product.
        is_bundled_product (bool | None | Unset): Whether the product came in a bundle.
        bin_picking_number (None | str | Unset): Where the warehouse keeps the item.
        external_id (None | str | Unset): The order's id in another system; set by BigCommerce only.
        brand (None | str | Unset): The product's brand name.
        applied_discounts (list[OrderProductDiscount] | None | Unset): Discounts and coupons that lowered this product's
            price.
        product_options (list[OrderProductOption] | None | Unset): The options the shopper chose.
        configurable_fields (list[OrderProductConfigurableFieldsType0Item] | None | Unset): Values the shopper typed for
            configurable fields (older catalogues only).
        upc (None | str | Unset): The universal product code.
        variant_id (int | None | Unset): The product variant's id.
        name_customer (None | str | Unset): The product's name as the shopper sees it.
        name_merchant (None | str | Unset): The product's name as the merchant sees it.
        gift_certificate_id (int | None | Unset): The gift certificate this line bought.
        discounted_total_inc_tax (None | str | Unset): The line's total with tax, after every discount.
    """

    id: int
    quantity: int
    order_id: int | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    order_pickup_method_id: int | None | Unset = UNSET
    order_address_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    type_: None | OrderProductTypeType1 | OrderProductTypeType2Type1 | OrderProductTypeType3Type1 | Unset = (
        UNSET
    )
    base_price: None | str | Unset = UNSET
    price_ex_tax: None | str | Unset = UNSET
    price_inc_tax: None | str | Unset = UNSET
    price_tax: None | str | Unset = UNSET
    base_total: None | str | Unset = UNSET
    total_ex_tax: None | str | Unset = UNSET
    total_inc_tax: None | str | Unset = UNSET
    total_tax: None | str | Unset = UNSET
    base_cost_price: None | str | Unset = UNSET
    cost_price_inc_tax: None | str | Unset = UNSET
    cost_price_ex_tax: None | str | Unset = UNSET
    weight: float | None | str | Unset = UNSET
    width: None | str | Unset = UNSET
    height: None | str | Unset = UNSET
    depth: None | str | Unset = UNSET
    cost_price_tax: None | str | Unset = UNSET
    is_refunded: bool | None | Unset = UNSET
    quantity_refunded: int | None | Unset = UNSET
    refund_amount: None | str | Unset = UNSET
    return_id: int | None | Unset = UNSET
    wrapping_id: int | None | Unset = UNSET
    wrapping_name: None | str | Unset = UNSET
    base_wrapping_cost: float | None | str | Unset = UNSET
    wrapping_cost_ex_tax: None | str | Unset = UNSET
    wrapping_cost_inc_tax: None | str | Unset = UNSET
    wrapping_cost_tax: None | str | Unset = UNSET
    wrapping_message: None | str | Unset = UNSET
    quantity_shipped: int | None | Unset = UNSET
    event_name: None | str | Unset = UNSET
    event_date: None | str | Unset = UNSET
    fixed_shipping_cost: None | str | Unset = UNSET
    ebay_item_id: None | str | Unset = UNSET
    ebay_transaction_id: None | str | Unset = UNSET
    option_set_id: int | None | Unset = UNSET
    parent_order_product_id: int | None | Unset = UNSET
    is_bundled_product: bool | None | Unset = UNSET
    bin_picking_number: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    applied_discounts: list[OrderProductDiscount] | None | Unset = UNSET
    product_options: list[OrderProductOption] | None | Unset = UNSET
    configurable_fields: list[OrderProductConfigurableFieldsType0Item] | None | Unset = UNSET
    upc: None | str | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    name_customer: None | str | Unset = UNSET
    name_merchant: None | str | Unset = UNSET
    gift_certificate_id: int | None | Unset = UNSET
    discounted_total_inc_tax: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        order_pickup_method_id: int | None | Unset
        if isinstance(self.order_pickup_method_id, Unset):
            order_pickup_method_id = UNSET
        else:
            order_pickup_method_id = self.order_pickup_method_id

        order_address_id: int | None | Unset
        if isinstance(self.order_address_id, Unset):
            order_address_id = UNSET
        else:
            order_address_id = self.order_address_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderProductTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderProductTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderProductTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        base_price: None | str | Unset
        if isinstance(self.base_price, Unset):
            base_price = UNSET
        else:
            base_price = self.base_price

        price_ex_tax: None | str | Unset
        if isinstance(self.price_ex_tax, Unset):
            price_ex_tax = UNSET
        else:
            price_ex_tax = self.price_ex_tax

        price_inc_tax: None | str | Unset
        if isinstance(self.price_inc_tax, Unset):
            price_inc_tax = UNSET
        else:
            price_inc_tax = self.price_inc_tax

        price_tax: None | str | Unset
        if isinstance(self.price_tax, Unset):
            price_tax = UNSET
        else:
            price_tax = self.price_tax

        base_total: None | str | Unset
        if isinstance(self.base_total, Unset):
            base_total = UNSET
        else:
            base_total = self.base_total

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

        total_tax: None | str | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        base_cost_price: None | str | Unset
        if isinstance(self.base_cost_price, Unset):
            base_cost_price = UNSET
        else:
            base_cost_price = self.base_cost_price

        cost_price_inc_tax: None | str | Unset
        if isinstance(self.cost_price_inc_tax, Unset):
            cost_price_inc_tax = UNSET
        else:
            cost_price_inc_tax = self.cost_price_inc_tax

        cost_price_ex_tax: None | str | Unset
        if isinstance(self.cost_price_ex_tax, Unset):
            cost_price_ex_tax = UNSET
        else:
            cost_price_ex_tax = self.cost_price_ex_tax

        weight: float | None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        width: None | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: None | str | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        depth: None | str | Unset
        if isinstance(self.depth, Unset):
            depth = UNSET
        else:
            depth = self.depth

        cost_price_tax: None | str | Unset
        if isinstance(self.cost_price_tax, Unset):
            cost_price_tax = UNSET
        else:
            cost_price_tax = self.cost_price_tax

        is_refunded: bool | None | Unset
        if isinstance(self.is_refunded, Unset):
            is_refunded = UNSET
        else:
            is_refunded = self.is_refunded

        quantity_refunded: int | None | Unset
        if isinstance(self.quantity_refunded, Unset):
            quantity_refunded = UNSET
        else:
            quantity_refunded = self.quantity_refunded

        refund_amount: None | str | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        return_id: int | None | Unset
        if isinstance(self.return_id, Unset):
            return_id = UNSET
        else:
            return_id = self.return_id

        wrapping_id: int | None | Unset
        if isinstance(self.wrapping_id, Unset):
            wrapping_id = UNSET
        else:
            wrapping_id = self.wrapping_id

        wrapping_name: None | str | Unset
        if isinstance(self.wrapping_name, Unset):
            wrapping_name = UNSET
        else:
            wrapping_name = self.wrapping_name

        base_wrapping_cost: float | None | str | Unset
        if isinstance(self.base_wrapping_cost, Unset):
            base_wrapping_cost = UNSET
        else:
            base_wrapping_cost = self.base_wrapping_cost

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

        wrapping_cost_tax: None | str | Unset
        if isinstance(self.wrapping_cost_tax, Unset):
            wrapping_cost_tax = UNSET
        else:
            wrapping_cost_tax = self.wrapping_cost_tax

        wrapping_message: None | str | Unset
        if isinstance(self.wrapping_message, Unset):
            wrapping_message = UNSET
        else:
            wrapping_message = self.wrapping_message

        quantity_shipped: int | None | Unset
        if isinstance(self.quantity_shipped, Unset):
            quantity_shipped = UNSET
        else:
            quantity_shipped = self.quantity_shipped

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        else:
            event_date = self.event_date

        fixed_shipping_cost: None | str | Unset
        if isinstance(self.fixed_shipping_cost, Unset):
            fixed_shipping_cost = UNSET
        else:
            fixed_shipping_cost = self.fixed_shipping_cost

        ebay_item_id: None | str | Unset
        if isinstance(self.ebay_item_id, Unset):
            ebay_item_id = UNSET
        else:
            ebay_item_id = self.ebay_item_id

        ebay_transaction_id: None | str | Unset
        if isinstance(self.ebay_transaction_id, Unset):
            ebay_transaction_id = UNSET
        else:
            ebay_transaction_id = self.ebay_transaction_id

        option_set_id: int | None | Unset
        if isinstance(self.option_set_id, Unset):
            option_set_id = UNSET
        else:
            option_set_id = self.option_set_id

        parent_order_product_id: int | None | Unset
        if isinstance(self.parent_order_product_id, Unset):
            parent_order_product_id = UNSET
        else:
            parent_order_product_id = self.parent_order_product_id

        is_bundled_product: bool | None | Unset
        if isinstance(self.is_bundled_product, Unset):
            is_bundled_product = UNSET
        else:
            is_bundled_product = self.is_bundled_product

        bin_picking_number: None | str | Unset
        if isinstance(self.bin_picking_number, Unset):
            bin_picking_number = UNSET
        else:
            bin_picking_number = self.bin_picking_number

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        applied_discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.applied_discounts, Unset):
            applied_discounts = UNSET
        elif isinstance(self.applied_discounts, list):
            applied_discounts = []
            for applied_discounts_type_0_item_data in self.applied_discounts:
                applied_discounts_type_0_item = applied_discounts_type_0_item_data.to_dict()
                applied_discounts.append(applied_discounts_type_0_item)

        else:
            applied_discounts = self.applied_discounts

        product_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_options, Unset):
            product_options = UNSET
        elif isinstance(self.product_options, list):
            product_options = []
            for product_options_type_0_item_data in self.product_options:
                product_options_type_0_item = product_options_type_0_item_data.to_dict()
                product_options.append(product_options_type_0_item)

        else:
            product_options = self.product_options

        configurable_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.configurable_fields, Unset):
            configurable_fields = UNSET
        elif isinstance(self.configurable_fields, list):
            configurable_fields = []
            for configurable_fields_type_0_item_data in self.configurable_fields:
                configurable_fields_type_0_item = configurable_fields_type_0_item_data.to_dict()
                configurable_fields.append(configurable_fields_type_0_item)

        else:
            configurable_fields = self.configurable_fields

        upc: None | str | Unset
        if isinstance(self.upc, Unset):
            upc = UNSET
        else:
            upc = self.upc

        variant_id: int | None | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        name_customer: None | str | Unset
        if isinstance(self.name_customer, Unset):
            name_customer = UNSET
        else:
            name_customer = self.name_customer

        name_merchant: None | str | Unset
        if isinstance(self.name_merchant, Unset):
            name_merchant = UNSET
        else:
            name_merchant = self.name_merchant

        gift_certificate_id: int | None | Unset
        if isinstance(self.gift_certificate_id, Unset):
            gift_certificate_id = UNSET
        else:
            gift_certificate_id = self.gift_certificate_id

        discounted_total_inc_tax: None | str | Unset
        if isinstance(self.discounted_total_inc_tax, Unset):
            discounted_total_inc_tax = UNSET
        else:
            discounted_total_inc_tax = self.discounted_total_inc_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "quantity": quantity,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if order_pickup_method_id is not UNSET:
            field_dict["order_pickup_method_id"] = order_pickup_method_id
        if order_address_id is not UNSET:
            field_dict["order_address_id"] = order_address_id
        if name is not UNSET:
            field_dict["name"] = name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_price is not UNSET:
            field_dict["base_price"] = base_price
        if price_ex_tax is not UNSET:
            field_dict["price_ex_tax"] = price_ex_tax
        if price_inc_tax is not UNSET:
            field_dict["price_inc_tax"] = price_inc_tax
        if price_tax is not UNSET:
            field_dict["price_tax"] = price_tax
        if base_total is not UNSET:
            field_dict["base_total"] = base_total
        if total_ex_tax is not UNSET:
            field_dict["total_ex_tax"] = total_ex_tax
        if total_inc_tax is not UNSET:
            field_dict["total_inc_tax"] = total_inc_tax
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if base_cost_price is not UNSET:
            field_dict["base_cost_price"] = base_cost_price
        if cost_price_inc_tax is not UNSET:
            field_dict["cost_price_inc_tax"] = cost_price_inc_tax
        if cost_price_ex_tax is not UNSET:
            field_dict["cost_price_ex_tax"] = cost_price_ex_tax
        if weight is not UNSET:
            field_dict["weight"] = weight
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if depth is not UNSET:
            field_dict["depth"] = depth
        if cost_price_tax is not UNSET:
            field_dict["cost_price_tax"] = cost_price_tax
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded
        if quantity_refunded is not UNSET:
            field_dict["quantity_refunded"] = quantity_refunded
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if return_id is not UNSET:
            field_dict["return_id"] = return_id
        if wrapping_id is not UNSET:
            field_dict["wrapping_id"] = wrapping_id
        if wrapping_name is not UNSET:
            field_dict["wrapping_name"] = wrapping_name
        if base_wrapping_cost is not UNSET:
            field_dict["base_wrapping_cost"] = base_wrapping_cost
        if wrapping_cost_ex_tax is not UNSET:
            field_dict["wrapping_cost_ex_tax"] = wrapping_cost_ex_tax
        if wrapping_cost_inc_tax is not UNSET:
            field_dict["wrapping_cost_inc_tax"] = wrapping_cost_inc_tax
        if wrapping_cost_tax is not UNSET:
            field_dict["wrapping_cost_tax"] = wrapping_cost_tax
        if wrapping_message is not UNSET:
            field_dict["wrapping_message"] = wrapping_message
        if quantity_shipped is not UNSET:
            field_dict["quantity_shipped"] = quantity_shipped
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if fixed_shipping_cost is not UNSET:
            field_dict["fixed_shipping_cost"] = fixed_shipping_cost
        if ebay_item_id is not UNSET:
            field_dict["ebay_item_id"] = ebay_item_id
        if ebay_transaction_id is not UNSET:
            field_dict["ebay_transaction_id"] = ebay_transaction_id
        if option_set_id is not UNSET:
            field_dict["option_set_id"] = option_set_id
        if parent_order_product_id is not UNSET:
            field_dict["parent_order_product_id"] = parent_order_product_id
        if is_bundled_product is not UNSET:
            field_dict["is_bundled_product"] = is_bundled_product
        if bin_picking_number is not UNSET:
            field_dict["bin_picking_number"] = bin_picking_number
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if brand is not UNSET:
            field_dict["brand"] = brand
        if applied_discounts is not UNSET:
            field_dict["applied_discounts"] = applied_discounts
        if product_options is not UNSET:
            field_dict["product_options"] = product_options
        if configurable_fields is not UNSET:
            field_dict["configurable_fields"] = configurable_fields
        if upc is not UNSET:
            field_dict["upc"] = upc
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if name_customer is not UNSET:
            field_dict["name_customer"] = name_customer
        if name_merchant is not UNSET:
            field_dict["name_merchant"] = name_merchant
        if gift_certificate_id is not UNSET:
            field_dict["gift_certificate_id"] = gift_certificate_id
        if discounted_total_inc_tax is not UNSET:
            field_dict["discounted_total_inc_tax"] = discounted_total_inc_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        quantity = d.pop("quantity")

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_order_pickup_method_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_pickup_method_id = _parse_order_pickup_method_id(d.pop("order_pickup_method_id", UNSET))

        def _parse_order_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_address_id = _parse_order_address_id(d.pop("order_address_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_type_(
            data: object,
        ) -> None | OrderProductTypeType1 | OrderProductTypeType2Type1 | OrderProductTypeType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = OrderProductTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = OrderProductTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = OrderProductTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"type_: a {type(data).__name__} fits none of the declared types")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_base_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_price = _parse_base_price(d.pop("base_price", UNSET))

        def _parse_price_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_ex_tax = _parse_price_ex_tax(d.pop("price_ex_tax", UNSET))

        def _parse_price_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_inc_tax = _parse_price_inc_tax(d.pop("price_inc_tax", UNSET))

        def _parse_price_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_tax = _parse_price_tax(d.pop("price_tax", UNSET))

        def _parse_base_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_total = _parse_base_total(d.pop("base_total", UNSET))

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

        def _parse_total_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_tax = _parse_total_tax(d.pop("total_tax", UNSET))

        def _parse_base_cost_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_cost_price = _parse_base_cost_price(d.pop("base_cost_price", UNSET))

        def _parse_cost_price_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_price_inc_tax = _parse_cost_price_inc_tax(d.pop("cost_price_inc_tax", UNSET))

        def _parse_cost_price_ex_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_price_ex_tax = _parse_cost_price_ex_tax(d.pop("cost_price_ex_tax", UNSET))

        def _parse_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_width(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_depth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        depth = _parse_depth(d.pop("depth", UNSET))

        def _parse_cost_price_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_price_tax = _parse_cost_price_tax(d.pop("cost_price_tax", UNSET))

        def _parse_is_refunded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_refunded = _parse_is_refunded(d.pop("is_refunded", UNSET))

        def _parse_quantity_refunded(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_refunded = _parse_quantity_refunded(d.pop("quantity_refunded", UNSET))

        def _parse_refund_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_amount = _parse_refund_amount(d.pop("refund_amount", UNSET))

        def _parse_return_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        return_id = _parse_return_id(d.pop("return_id", UNSET))

        def _parse_wrapping_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wrapping_id = _parse_wrapping_id(d.pop("wrapping_id", UNSET))

        def _parse_wrapping_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_name = _parse_wrapping_name(d.pop("wrapping_name", UNSET))

        def _parse_base_wrapping_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        base_wrapping_cost = _parse_base_wrapping_cost(d.pop("base_wrapping_cost", UNSET))

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

        def _parse_wrapping_cost_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_cost_tax = _parse_wrapping_cost_tax(d.pop("wrapping_cost_tax", UNSET))

        def _parse_wrapping_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapping_message = _parse_wrapping_message(d.pop("wrapping_message", UNSET))

        def _parse_quantity_shipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_shipped = _parse_quantity_shipped(d.pop("quantity_shipped", UNSET))

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("event_name", UNSET))

        def _parse_event_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_date = _parse_event_date(d.pop("event_date", UNSET))

        def _parse_fixed_shipping_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fixed_shipping_cost = _parse_fixed_shipping_cost(d.pop("fixed_shipping_cost", UNSET))

        def _parse_ebay_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ebay_item_id = _parse_ebay_item_id(d.pop("ebay_item_id", UNSET))

        def _parse_ebay_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ebay_transaction_id = _parse_ebay_transaction_id(d.pop("ebay_transaction_id", UNSET))

        def _parse_option_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option_set_id = _parse_option_set_id(d.pop("option_set_id", UNSET))

        def _parse_parent_order_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_order_product_id = _parse_parent_order_product_id(d.pop("parent_order_product_id", UNSET))

        def _parse_is_bundled_product(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bundled_product = _parse_is_bundled_product(d.pop("is_bundled_product", UNSET))

        def _parse_bin_picking_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bin_picking_number = _parse_bin_picking_number(d.pop("bin_picking_number", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_applied_discounts(data: object) -> list[OrderProductDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applied_discounts_type_0 = []
                _applied_discounts_type_0 = data
                for applied_discounts_type_0_item_data in _applied_discounts_type_0:
                    applied_discounts_type_0_item = OrderProductDiscount.from_dict(
                        applied_discounts_type_0_item_data
                    )

                    applied_discounts_type_0.append(applied_discounts_type_0_item)

                return applied_discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"applied_discounts: a {type(data).__name__} fits none of the declared types")

        applied_discounts = _parse_applied_discounts(d.pop("applied_discounts", UNSET))

        def _parse_product_options(data: object) -> list[OrderProductOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_options_type_0 = []
                _product_options_type_0 = data
                for product_options_type_0_item_data in _product_options_type_0:
                    product_options_type_0_item = OrderProductOption.from_dict(
                        product_options_type_0_item_data
                    )

                    product_options_type_0.append(product_options_type_0_item)

                return product_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"product_options: a {type(data).__name__} fits none of the declared types")

        product_options = _parse_product_options(d.pop("product_options", UNSET))

        def _parse_configurable_fields(
            data: object,
        ) -> list[OrderProductConfigurableFieldsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configurable_fields_type_0 = []
                _configurable_fields_type_0 = data
                for configurable_fields_type_0_item_data in _configurable_fields_type_0:
                    configurable_fields_type_0_item = OrderProductConfigurableFieldsType0Item.from_dict(
                        configurable_fields_type_0_item_data
                    )

                    configurable_fields_type_0.append(configurable_fields_type_0_item)

                return configurable_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"configurable_fields: a {type(data).__name__} fits none of the declared types")

        configurable_fields = _parse_configurable_fields(d.pop("configurable_fields", UNSET))

        def _parse_upc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upc = _parse_upc(d.pop("upc", UNSET))

        def _parse_variant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        variant_id = _parse_variant_id(d.pop("variant_id", UNSET))

        def _parse_name_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_customer = _parse_name_customer(d.pop("name_customer", UNSET))

        def _parse_name_merchant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_merchant = _parse_name_merchant(d.pop("name_merchant", UNSET))

        def _parse_gift_certificate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gift_certificate_id = _parse_gift_certificate_id(d.pop("gift_certificate_id", UNSET))

        def _parse_discounted_total_inc_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discounted_total_inc_tax = _parse_discounted_total_inc_tax(d.pop("discounted_total_inc_tax", UNSET))

        order_product = cls(
            id=id,
            quantity=quantity,
            order_id=order_id,
            product_id=product_id,
            order_pickup_method_id=order_pickup_method_id,
            order_address_id=order_address_id,
            name=name,
            sku=sku,
            type_=type_,
            base_price=base_price,
            price_ex_tax=price_ex_tax,
            price_inc_tax=price_inc_tax,
            price_tax=price_tax,
            base_total=base_total,
            total_ex_tax=total_ex_tax,
            total_inc_tax=total_inc_tax,
            total_tax=total_tax,
            base_cost_price=base_cost_price,
            cost_price_inc_tax=cost_price_inc_tax,
            cost_price_ex_tax=cost_price_ex_tax,
            weight=weight,
            width=width,
            height=height,
            depth=depth,
            cost_price_tax=cost_price_tax,
            is_refunded=is_refunded,
            quantity_refunded=quantity_refunded,
            refund_amount=refund_amount,
            return_id=return_id,
            wrapping_id=wrapping_id,
            wrapping_name=wrapping_name,
            base_wrapping_cost=base_wrapping_cost,
            wrapping_cost_ex_tax=wrapping_cost_ex_tax,
            wrapping_cost_inc_tax=wrapping_cost_inc_tax,
            wrapping_cost_tax=wrapping_cost_tax,
            wrapping_message=wrapping_message,
            quantity_shipped=quantity_shipped,
            event_name=event_name,
            event_date=event_date,
            fixed_shipping_cost=fixed_shipping_cost,
            ebay_item_id=ebay_item_id,
            ebay_transaction_id=ebay_transaction_id,
            option_set_id=option_set_id,
            parent_order_product_id=parent_order_product_id,
            is_bundled_product=is_bundled_product,
            bin_picking_number=bin_picking_number,
            external_id=external_id,
            brand=brand,
            applied_discounts=applied_discounts,
            product_options=product_options,
            configurable_fields=configurable_fields,
            upc=upc,
            variant_id=variant_id,
            name_customer=name_customer,
            name_merchant=name_merchant,
            gift_certificate_id=gift_certificate_id,
            discounted_total_inc_tax=discounted_total_inc_tax,
        )

        order_product.additional_properties = d
        return order_product

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
from ..models.order_product_configurable_fields_type_0_item import (
    OrderProductConfigurableFieldsType0Item,  # noqa: E402
)
from ..models.order_product_discount import OrderProductDiscount  # noqa: E402
from ..models.order_product_option import OrderProductOption  # noqa: E402
