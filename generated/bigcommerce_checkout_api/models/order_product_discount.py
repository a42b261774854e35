from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_product_discount_target_type_1 import (
    OrderProductDiscountTargetType1,
)
from ..models.order_product_discount_target_type_2_type_1 import (
    OrderProductDiscountTargetType2Type1,
)
from ..models.order_product_discount_target_type_3_type_1 import (
    OrderProductDiscountTargetType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProductDiscount")


@_attrs_define
class OrderProductDiscount:
    """A discount on a product line.

    Attributes:
        id (None | str | Unset): The discount's id, such as `total-coupon`.
        amount (None | str | Unset): What it took off.
        name (None | str | Unset): The discount's name.
        code (None | str | Unset): The coupon code, if a coupon gave it.
        target (None | OrderProductDiscountTargetType1 | OrderProductDiscountTargetType2Type1 |
            OrderProductDiscountTargetType3Type1 | Unset): Whether the discount applied to the order or to the product.
    """

    id: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    target: (
        None
        | OrderProductDiscountTargetType1
        | OrderProductDiscountTargetType2Type1
        | OrderProductDiscountTargetType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, OrderProductDiscountTargetType1):
            target = self.target.value
        elif isinstance(self.target, OrderProductDiscountTargetType2Type1):
            target = self.target.value
        elif isinstance(self.target, OrderProductDiscountTargetType3Type1):
            target = self.target.value
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_target(
            data: object,
        ) -> (
            None
            | OrderProductDiscountTargetType1
            | OrderProductDiscountTargetType2Type1
            | OrderProductDiscountTargetType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_1 = OrderProductDiscountTargetType1(data)

                return target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_2_type_1 = OrderProductDiscountTargetType2Type1(data)

                return target_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_3_type_1 = OrderProductDiscountTargetType3Type1(data)

                return target_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"target: a {type(data).__name__} fits none of the declared types")

        target = _parse_target(d.pop("target", UNSET))

        order_product_discount = cls(
            id=id,
            amount=amount,
            name=name,
            code=code,
            target=target,
        )

        order_product_discount.additional_properties = d
        return order_product_discount

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
