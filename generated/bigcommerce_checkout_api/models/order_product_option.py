from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_product_option_type_type_1 import OrderProductOptionTypeType1
from ..models.order_product_option_type_type_2_type_1 import (
    OrderProductOptionTypeType2Type1,
)
from ..models.order_product_option_type_type_3_type_1 import (
    OrderProductOptionTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProductOption")


@_attrs_define
class OrderProductOption:
    """An option the shopper chose for a product line.

    Attributes:
        id (int | None | Unset): The chosen option's id within the order.
        option_id (int | None | Unset): The id of the option.
        order_product_id (int | None | Unset): The order product the line belongs to.
        product_option_id (int | None | Unset): The product's option id.
        display_name (None | str | Unset): The name the shopper sees.
        display_value (None | str | Unset): The value the shopper sees.
        value (None | str | Unset): The chosen value, as text.
        type_ (None | OrderProductOptionTypeType1 | OrderProductOptionTypeType2Type1 | OrderProductOptionTypeType3Type1
            | Unset): The option's kind, such as `Checkbox` or `Text field`.
        name (None | str | Unset): The option's internal name.
        display_style (None | str | Unset): How the option is shown on the storefront.
        display_name_customer (None | str | Unset): The name the shopper sees.
        display_name_merchant (None | str | Unset): The name the merchant sees.
        display_value_customer (None | str | Unset): The value the shopper sees.
        display_value_merchant (None | str | Unset): The value the merchant sees.
    """

    id: int | None | Unset = UNSET
    option_id: int | None | Unset = UNSET
    order_product_id: int | None | Unset = UNSET
    product_option_id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    display_value: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    type_: (
        None
        | OrderProductOptionTypeType1
        | OrderProductOptionTypeType2Type1
        | OrderProductOptionTypeType3Type1
        | Unset
    ) = UNSET
    name: None | str | Unset = UNSET
    display_style: None | str | Unset = UNSET
    display_name_customer: None | str | Unset = UNSET
    display_name_merchant: None | str | Unset = UNSET
    display_value_customer: None | str | Unset = UNSET
    display_value_merchant: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        option_id: int | None | Unset
        if isinstance(self.option_id, Unset):
            option_id = UNSET
        else:
            option_id = self.option_id

        order_product_id: int | None | Unset
        if isinstance(self.order_product_id, Unset):
            order_product_id = UNSET
        else:
            order_product_id = self.order_product_id

        product_option_id: int | None | Unset
        if isinstance(self.product_option_id, Unset):
            product_option_id = UNSET
        else:
            product_option_id = self.product_option_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderProductOptionTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderProductOptionTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderProductOptionTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_style: None | str | Unset
        if isinstance(self.display_style, Unset):
            display_style = UNSET
        else:
            display_style = self.display_style

        display_name_customer: None | str | Unset
        if isinstance(self.display_name_customer, Unset):
            display_name_customer = UNSET
        else:
            display_name_customer = self.display_name_customer

        display_name_merchant: None | str | Unset
        if isinstance(self.display_name_merchant, Unset):
            display_name_merchant = UNSET
        else:
            display_name_merchant = self.display_name_merchant

        display_value_customer: None | str | Unset
        if isinstance(self.display_value_customer, Unset):
            display_value_customer = UNSET
        else:
            display_value_customer = self.display_value_customer

        display_value_merchant: None | str | Unset
        if isinstance(self.display_value_merchant, Unset):
            display_value_merchant = UNSET
        else:
            display_value_merchant = self.display_value_merchant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if option_id is not UNSET:
            field_dict["option_id"] = option_id
        if order_product_id is not UNSET:
            field_dict["order_product_id"] = order_product_id
        if product_option_id is not UNSET:
            field_dict["product_option_id"] = product_option_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if display_style is not UNSET:
            field_dict["display_style"] = display_style
        if display_name_customer is not UNSET:
            field_dict["display_name_customer"] = display_name_customer
        if display_name_merchant is not UNSET:
            field_dict["display_name_merchant"] = display_name_merchant
        if display_value_customer is not UNSET:
            field_dict["display_value_customer"] = display_value_customer
        if display_value_merchant is not UNSET:
            field_dict["display_value_merchant"] = display_value_merchant

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

        def _parse_option_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option_id = _parse_option_id(d.pop("option_id", UNSET))

        def _parse_order_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_product_id = _parse_order_product_id(d.pop("order_product_id", UNSET))

        def _parse_product_option_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_option_id = _parse_product_option_id(d.pop("product_option_id", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value = _parse_display_value(d.pop("display_value", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_type_(
            data: object,
        ) -> (
            None
            | OrderProductOptionTypeType1
            | OrderProductOptionTypeType2Type1
            | OrderProductOptionTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = OrderProductOptionTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = OrderProductOptionTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = OrderProductOptionTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"type_: a {type(data).__name__} fits none of the declared types")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_style = _parse_display_style(d.pop("display_style", UNSET))

        def _parse_display_name_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name_customer = _parse_display_name_customer(d.pop("display_name_customer", UNSET))

        def _parse_display_name_merchant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name_merchant = _parse_display_name_merchant(d.pop("display_name_merchant", UNSET))

        def _parse_display_value_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value_customer = _parse_display_value_customer(d.pop("display_value_customer", UNSET))

        def _parse_display_value_merchant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value_merchant = _parse_display_value_merchant(d.pop("display_value_merchant", UNSET))

        order_product_option = cls(
            id=id,
            option_id=option_id,
            order_product_id=order_product_id,
            product_option_id=product_option_id,
            display_name=display_name,
            display_value=display_value,
            value=value,
            type_=type_,
            name=name,
            display_style=display_style,
            display_name_customer=display_name_customer,
            display_name_merchant=display_name_merchant,
            display_value_customer=display_value_customer,
            display_value_merchant=display_value_merchant,
        )

        order_product_option.additional_properties = d
        return order_product_option

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
