from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_order_consignment_item import StorefrontOrderConsignmentItem
    from ..models.storefront_order_form_field import StorefrontOrderFormField
    from ..models.storefront_order_shipping_consignment_discounts_type_0_item import (
        StorefrontOrderShippingConsignmentDiscountsType0Item,
    )


T = TypeVar("T", bound="StorefrontOrderShippingConsignment")


@_attrs_define
class StorefrontOrderShippingConsignment:
    """Items shipped to one address, and what shipping them costs.

    Attributes:
        line_items (list[StorefrontOrderConsignmentItem] | None | Unset):
        shipping_address_id (int | None | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        company (None | str | Unset):
        address1 (None | str | Unset):
        address2 (None | str | Unset):
        city (None | str | Unset):
        state_or_province (None | str | Unset):
        postal_code (None | str | Unset):
        country (None | str | Unset):
        country_code (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        items_total (int | None | Unset):
        items_shipped (int | None | Unset):
        shipping_method (None | str | Unset):
        base_cost (float | None | Unset):
        cost_ex_tax (float | None | Unset):
        cost_inc_tax (float | None | Unset):
        cost_tax (float | None | Unset):
        cost_tax_class_id (int | None | Unset):
        shipping_cost_before_discount (float | None | Unset):
        comparison_shipping_cost (float | None | Unset):
        base_handling_cost (float | None | Unset):
        handling_cost_ex_tax (float | None | Unset):
        handling_cost_inc_tax (float | None | Unset):
        handling_cost_tax (float | None | Unset):
        handling_cost_tax_class_id (int | None | Unset):
        shipping_zone_id (float | None | Unset):
        shipping_zone_name (None | str | Unset):
        custom_fields (list[StorefrontOrderFormField] | None | Unset):
        discounts (list[StorefrontOrderShippingConsignmentDiscountsType0Item] | None | Unset):
    """

    line_items: list[StorefrontOrderConsignmentItem] | None | Unset = UNSET
    shipping_address_id: int | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state_or_province: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    items_total: int | None | Unset = UNSET
    items_shipped: int | None | Unset = UNSET
    shipping_method: None | str | Unset = UNSET
    base_cost: float | None | Unset = UNSET
    cost_ex_tax: float | None | Unset = UNSET
    cost_inc_tax: float | None | Unset = UNSET
    cost_tax: float | None | Unset = UNSET
    cost_tax_class_id: int | None | Unset = UNSET
    shipping_cost_before_discount: float | None | Unset = UNSET
    comparison_shipping_cost: float | None | Unset = UNSET
    base_handling_cost: float | None | Unset = UNSET
    handling_cost_ex_tax: float | None | Unset = UNSET
    handling_cost_inc_tax: float | None | Unset = UNSET
    handling_cost_tax: float | None | Unset = UNSET
    handling_cost_tax_class_id: int | None | Unset = UNSET
    shipping_zone_id: float | None | Unset = UNSET
    shipping_zone_name: None | str | Unset = UNSET
    custom_fields: list[StorefrontOrderFormField] | None | Unset = UNSET
    discounts: list[StorefrontOrderShippingConsignmentDiscountsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        shipping_address_id: int | None | Unset
        if isinstance(self.shipping_address_id, Unset):
            shipping_address_id = UNSET
        else:
            shipping_address_id = self.shipping_address_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_or_province: None | str | Unset
        if isinstance(self.state_or_province, Unset):
            state_or_province = UNSET
        else:
            state_or_province = self.state_or_province

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        items_total: int | None | Unset
        if isinstance(self.items_total, Unset):
            items_total = UNSET
        else:
            items_total = self.items_total

        items_shipped: int | None | Unset
        if isinstance(self.items_shipped, Unset):
            items_shipped = UNSET
        else:
            items_shipped = self.items_shipped

        shipping_method: None | str | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        base_cost: float | None | Unset
        if isinstance(self.base_cost, Unset):
            base_cost = UNSET
        else:
            base_cost = self.base_cost

        cost_ex_tax: float | None | Unset
        if isinstance(self.cost_ex_tax, Unset):
            cost_ex_tax = UNSET
        else:
            cost_ex_tax = self.cost_ex_tax

        cost_inc_tax: float | None | Unset
        if isinstance(self.cost_inc_tax, Unset):
            cost_inc_tax = UNSET
        else:
            cost_inc_tax = self.cost_inc_tax

        cost_tax: float | None | Unset
        if isinstance(self.cost_tax, Unset):
            cost_tax = UNSET
        else:
            cost_tax = self.cost_tax

        cost_tax_class_id: int | None | Unset
        if isinstance(self.cost_tax_class_id, Unset):
            cost_tax_class_id = UNSET
        else:
            cost_tax_class_id = self.cost_tax_class_id

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

        base_handling_cost: float | None | Unset
        if isinstance(self.base_handling_cost, Unset):
            base_handling_cost = UNSET
        else:
            base_handling_cost = self.base_handling_cost

        handling_cost_ex_tax: float | None | Unset
        if isinstance(self.handling_cost_ex_tax, Unset):
            handling_cost_ex_tax = UNSET
        else:
            handling_cost_ex_tax = self.handling_cost_ex_tax

        handling_cost_inc_tax: float | None | Unset
        if isinstance(self.handling_cost_inc_tax, Unset):
            handling_cost_inc_tax = UNSET
        else:
            handling_cost_inc_tax = self.handling_cost_inc_tax

        handling_cost_tax: float | None | Unset
        if isinstance(self.handling_cost_tax, Unset):
            handling_cost_tax = UNSET
        else:
            handling_cost_tax = self.handling_cost_tax

        handling_cost_tax_class_id: int | None | Unset
        if isinstance(self.handling_cost_tax_class_id, Unset):
            handling_cost_tax_class_id = UNSET
        else:
            handling_cost_tax_class_id = self.handling_cost_tax_class_id

        shipping_zone_id: float | None | Unset
        if isinstance(self.shipping_zone_id, Unset):
            shipping_zone_id = UNSET
        else:
            shipping_zone_id = self.shipping_zone_id

        shipping_zone_name: None | str | Unset
        if isinstance(self.shipping_zone_name, Unset):
            shipping_zone_name = UNSET
        else:
            shipping_zone_name = self.shipping_zone_name

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state_or_province is not UNSET:
            field_dict["stateOrProvince"] = state_or_province
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if items_total is not UNSET:
            field_dict["itemsTotal"] = items_total
        if items_shipped is not UNSET:
            field_dict["itemsShipped"] = items_shipped
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if base_cost is not UNSET:
            field_dict["baseCost"] = base_cost
        if cost_ex_tax is not UNSET:
            field_dict["costExTax"] = cost_ex_tax
        if cost_inc_tax is not UNSET:
            field_dict["costIncTax"] = cost_inc_tax
        if cost_tax is not UNSET:
            field_dict["costTax"] = cost_tax
        if cost_tax_class_id is not UNSET:
            field_dict["costTaxClassId"] = cost_tax_class_id
        if shipping_cost_before_discount is not UNSET:
            field_dict["shippingCostBeforeDiscount"] = shipping_cost_before_discount
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost
        if base_handling_cost is not UNSET:
            field_dict["baseHandlingCost"] = base_handling_cost
        if handling_cost_ex_tax is not UNSET:
            field_dict["handlingCostExTax"] = handling_cost_ex_tax
        if handling_cost_inc_tax is not UNSET:
            field_dict["handlingCostIncTax"] = handling_cost_inc_tax
        if handling_cost_tax is not UNSET:
            field_dict["handlingCostTax"] = handling_cost_tax
        if handling_cost_tax_class_id is not UNSET:
            field_dict["handlingCostTaxClassId"] = handling_cost_tax_class_id
        if shipping_zone_id is not UNSET:
            field_dict["shippingZoneId"] = shipping_zone_id
        if shipping_zone_name is not UNSET:
            field_dict["shippingZoneName"] = shipping_zone_name
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if discounts is not UNSET:
            field_dict["discounts"] = discounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_line_items(data: object) -> list[StorefrontOrderConsignmentItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = StorefrontOrderConsignmentItem.from_dict(
                        line_items_type_0_item_data
                    )

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"line_items: a {type(data).__name__} fits none of the declared types")

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        def _parse_shipping_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_address_id = _parse_shipping_address_id(d.pop("shippingAddressId", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state_or_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_or_province = _parse_state_or_province(d.pop("stateOrProvince", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_items_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_total = _parse_items_total(d.pop("itemsTotal", UNSET))

        def _parse_items_shipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_shipped = _parse_items_shipped(d.pop("itemsShipped", UNSET))

        def _parse_shipping_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_method = _parse_shipping_method(d.pop("shippingMethod", UNSET))

        def _parse_base_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_cost = _parse_base_cost(d.pop("baseCost", UNSET))

        def _parse_cost_ex_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_ex_tax = _parse_cost_ex_tax(d.pop("costExTax", UNSET))

        def _parse_cost_inc_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_inc_tax = _parse_cost_inc_tax(d.pop("costIncTax", UNSET))

        def _parse_cost_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_tax = _parse_cost_tax(d.pop("costTax", UNSET))

        def _parse_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost_tax_class_id = _parse_cost_tax_class_id(d.pop("costTaxClassId", UNSET))

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

        def _parse_base_handling_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_handling_cost = _parse_base_handling_cost(d.pop("baseHandlingCost", UNSET))

        def _parse_handling_cost_ex_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_ex_tax = _parse_handling_cost_ex_tax(d.pop("handlingCostExTax", UNSET))

        def _parse_handling_cost_inc_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_inc_tax = _parse_handling_cost_inc_tax(d.pop("handlingCostIncTax", UNSET))

        def _parse_handling_cost_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_tax = _parse_handling_cost_tax(d.pop("handlingCostTax", UNSET))

        def _parse_handling_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        handling_cost_tax_class_id = _parse_handling_cost_tax_class_id(d.pop("handlingCostTaxClassId", UNSET))

        def _parse_shipping_zone_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipping_zone_id = _parse_shipping_zone_id(d.pop("shippingZoneId", UNSET))

        def _parse_shipping_zone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_zone_name = _parse_shipping_zone_name(d.pop("shippingZoneName", UNSET))

        def _parse_custom_fields(data: object) -> list[StorefrontOrderFormField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = StorefrontOrderFormField.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"custom_fields: a {type(data).__name__} fits none of the declared types")

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_discounts(
            data: object,
        ) -> list[StorefrontOrderShippingConsignmentDiscountsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = StorefrontOrderShippingConsignmentDiscountsType0Item.from_dict(
                        discounts_type_0_item_data
                    )

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"discounts: a {type(data).__name__} fits none of the declared types")

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        storefront_order_shipping_consignment = cls(
            line_items=line_items,
            shipping_address_id=shipping_address_id,
            first_name=first_name,
            last_name=last_name,
            company=company,
            address1=address1,
            address2=address2,
            city=city,
            state_or_province=state_or_province,
            postal_code=postal_code,
            country=country,
            country_code=country_code,
            email=email,
            phone=phone,
            items_total=items_total,
            items_shipped=items_shipped,
            shipping_method=shipping_method,
            base_cost=base_cost,
            cost_ex_tax=cost_ex_tax,
            cost_inc_tax=cost_inc_tax,
            cost_tax=cost_tax,
            cost_tax_class_id=cost_tax_class_id,
            shipping_cost_before_discount=shipping_cost_before_discount,
            comparison_shipping_cost=comparison_shipping_cost,
            base_handling_cost=base_handling_cost,
            handling_cost_ex_tax=handling_cost_ex_tax,
            handling_cost_inc_tax=handling_cost_inc_tax,
            handling_cost_tax=handling_cost_tax,
            handling_cost_tax_class_id=handling_cost_tax_class_id,
            shipping_zone_id=shipping_zone_id,
            shipping_zone_name=shipping_zone_name,
            custom_fields=custom_fields,
            discounts=discounts,
        )

        storefront_order_shipping_consignment.additional_properties = d
        return storefront_order_shipping_consignment

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
from ..models.storefront_order_consignment_item import StorefrontOrderConsignmentItem  # noqa: E402
from ..models.storefront_order_form_field import StorefrontOrderFormField  # noqa: E402
from ..models.storefront_order_shipping_consignment_discounts_type_0_item import (
    StorefrontOrderShippingConsignmentDiscountsType0Item,  # noqa: E402
)
