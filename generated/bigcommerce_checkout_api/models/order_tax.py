from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_tax_line_item_type_type_1 import OrderTaxLineItemTypeType1
from ..models.order_tax_line_item_type_type_2_type_1 import (
    OrderTaxLineItemTypeType2Type1,
)
from ..models.order_tax_line_item_type_type_3_type_1 import (
    OrderTaxLineItemTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTax")


@_attrs_define
class OrderTax:
    """A tax applied to the order.

    Attributes:
        id (int | None | Unset): The tax line's id.
        order_id (int | None | Unset): The order's id.
        order_address_id (int | None | Unset): The shipping address the line goes to; 0 when it is not shipped.
        tax_rate_id (int | None | Unset): The tax rate's id (older; see `sales_tax_id`).
        sales_tax_id (None | str | Unset): The id of the tax rate applied.
        tax_class_id (int | None | Unset): The tax class; `null` means the default.
        name (None | str | Unset): The tax's name.
        class_ (None | str | Unset): The kind of tax class applied.
        rate (None | str | Unset): The tax rate, in percent.
        priority (int | None | Unset): In which order the tax applies.
        priority_amount (None | str | Unset): The tax, at its priority.
        line_amount (None | str | Unset): The tax on the line.
        order_pickup_method_id (int | None | Unset): The pickup method of the line; 0 when it is not picked up.
        order_product_id (None | str | Unset): The order product the line belongs to.
        line_item_type (None | OrderTaxLineItemTypeType1 | OrderTaxLineItemTypeType2Type1 |
            OrderTaxLineItemTypeType3Type1 | Unset): What the tax is on: an item, shipping, handling or gift wrapping.
    """

    id: int | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    order_address_id: int | None | Unset = UNSET
    tax_rate_id: int | None | Unset = UNSET
    sales_tax_id: None | str | Unset = UNSET
    tax_class_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    class_: None | str | Unset = UNSET
    rate: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    priority_amount: None | str | Unset = UNSET
    line_amount: None | str | Unset = UNSET
    order_pickup_method_id: int | None | Unset = UNSET
    order_product_id: None | str | Unset = UNSET
    line_item_type: (
        None
        | OrderTaxLineItemTypeType1
        | OrderTaxLineItemTypeType2Type1
        | OrderTaxLineItemTypeType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        order_address_id: int | None | Unset
        if isinstance(self.order_address_id, Unset):
            order_address_id = UNSET
        else:
            order_address_id = self.order_address_id

        tax_rate_id: int | None | Unset
        if isinstance(self.tax_rate_id, Unset):
            tax_rate_id = UNSET
        else:
            tax_rate_id = self.tax_rate_id

        sales_tax_id: None | str | Unset
        if isinstance(self.sales_tax_id, Unset):
            sales_tax_id = UNSET
        else:
            sales_tax_id = self.sales_tax_id

        tax_class_id: int | None | Unset
        if isinstance(self.tax_class_id, Unset):
            tax_class_id = UNSET
        else:
            tax_class_id = self.tax_class_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        class_: None | str | Unset
        if isinstance(self.class_, Unset):
            class_ = UNSET
        else:
            class_ = self.class_

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        priority_amount: None | str | Unset
        if isinstance(self.priority_amount, Unset):
            priority_amount = UNSET
        else:
            priority_amount = self.priority_amount

        line_amount: None | str | Unset
        if isinstance(self.line_amount, Unset):
            line_amount = UNSET
        else:
            line_amount = self.line_amount

        order_pickup_method_id: int | None | Unset
        if isinstance(self.order_pickup_method_id, Unset):
            order_pickup_method_id = UNSET
        else:
            order_pickup_method_id = self.order_pickup_method_id

        order_product_id: None | str | Unset
        if isinstance(self.order_product_id, Unset):
            order_product_id = UNSET
        else:
            order_product_id = self.order_product_id

        line_item_type: None | str | Unset
        if isinstance(self.line_item_type, Unset):
            line_item_type = UNSET
        elif isinstance(self.line_item_type, OrderTaxLineItemTypeType1):
            line_item_type = self.line_item_type.value
        elif isinstance(self.line_item_type, OrderTaxLineItemTypeType2Type1):
            line_item_type = self.line_item_type.value
        elif isinstance(self.line_item_type, OrderTaxLineItemTypeType3Type1):
            line_item_type = self.line_item_type.value
        else:
            line_item_type = self.line_item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_address_id is not UNSET:
            field_dict["order_address_id"] = order_address_id
        if tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = tax_rate_id
        if sales_tax_id is not UNSET:
            field_dict["sales_tax_id"] = sales_tax_id
        if tax_class_id is not UNSET:
            field_dict["tax_class_id"] = tax_class_id
        if name is not UNSET:
            field_dict["name"] = name
        if class_ is not UNSET:
            field_dict["class"] = class_
        if rate is not UNSET:
            field_dict["rate"] = rate
        if priority is not UNSET:
            field_dict["priority"] = priority
        if priority_amount is not UNSET:
            field_dict["priority_amount"] = priority_amount
        if line_amount is not UNSET:
            field_dict["line_amount"] = line_amount
        if order_pickup_method_id is not UNSET:
            field_dict["order_pickup_method_id"] = order_pickup_method_id
        if order_product_id is not UNSET:
            field_dict["order_product_id"] = order_product_id
        if line_item_type is not UNSET:
            field_dict["line_item_type"] = line_item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_order_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_address_id = _parse_order_address_id(d.pop("order_address_id", UNSET))

        def _parse_tax_rate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_rate_id = _parse_tax_rate_id(d.pop("tax_rate_id", UNSET))

        def _parse_sales_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_id = _parse_sales_tax_id(d.pop("sales_tax_id", UNSET))

        def _parse_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_class_id = _parse_tax_class_id(d.pop("tax_class_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_class_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        class_ = _parse_class_(d.pop("class", UNSET))

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_priority_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority_amount = _parse_priority_amount(d.pop("priority_amount", UNSET))

        def _parse_line_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_amount = _parse_line_amount(d.pop("line_amount", UNSET))

        def _parse_order_pickup_method_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_pickup_method_id = _parse_order_pickup_method_id(d.pop("order_pickup_method_id", UNSET))

        def _parse_order_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_product_id = _parse_order_product_id(d.pop("order_product_id", UNSET))

        def _parse_line_item_type(
            data: object,
        ) -> (
            None
            | OrderTaxLineItemTypeType1
            | OrderTaxLineItemTypeType2Type1
            | OrderTaxLineItemTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                line_item_type_type_1 = OrderTaxLineItemTypeType1(data)

                return line_item_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                line_item_type_type_2_type_1 = OrderTaxLineItemTypeType2Type1(data)

                return line_item_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                line_item_type_type_3_type_1 = OrderTaxLineItemTypeType3Type1(data)

                return line_item_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"line_item_type: a {type(data).__name__} fits none of the declared types")

        line_item_type = _parse_line_item_type(d.pop("line_item_type", UNSET))

        order_tax = cls(
            id=id,
            order_id=order_id,
            order_address_id=order_address_id,
            tax_rate_id=tax_rate_id,
            sales_tax_id=sales_tax_id,
            tax_class_id=tax_class_id,
            name=name,
            class_=class_,
            rate=rate,
            priority=priority,
            priority_amount=priority_amount,
            line_amount=line_amount,
            order_pickup_method_id=order_pickup_method_id,
            order_product_id=order_product_id,
            line_item_type=line_item_type,
        )

        order_tax.additional_properties = d
        return order_tax

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
