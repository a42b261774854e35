from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_coupon_type_type_1 import OrderCouponTypeType1
from ..models.order_coupon_type_type_2_type_1 import OrderCouponTypeType2Type1
from ..models.order_coupon_type_type_3_type_1 import OrderCouponTypeType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCoupon")


@_attrs_define
class OrderCoupon:
    """A coupon used on the order.

    Attributes:
        id (int | None | Unset): The coupon code's id within the order.
        coupon_id (int | None | Unset): The id of the coupon the code belongs to.
        order_id (int | None | Unset): The order's id.
        code (None | str | Unset): The code the shopper entered.
        amount (float | int | None | str | Unset): The coupon's value: an amount or a percentage, depending on its type.
        type_ (None | OrderCouponTypeType1 | OrderCouponTypeType2Type1 | OrderCouponTypeType3Type1 | Unset): The
            coupon's kind, as a number: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion.
        discount (float | None | Unset): What the coupon took off the order.
    """

    id: int | None | Unset = UNSET
    coupon_id: int | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    amount: float | int | None | str | Unset = UNSET
    type_: None | OrderCouponTypeType1 | OrderCouponTypeType2Type1 | OrderCouponTypeType3Type1 | Unset = UNSET
    discount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        coupon_id: int | None | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        amount: float | int | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderCouponTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderCouponTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderCouponTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if code is not UNSET:
            field_dict["code"] = code
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount is not UNSET:
            field_dict["discount"] = discount

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

        def _parse_coupon_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_amount(data: object) -> float | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_type_(
            data: object,
        ) -> None | OrderCouponTypeType1 | OrderCouponTypeType2Type1 | OrderCouponTypeType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_1 = OrderCouponTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_2_type_1 = OrderCouponTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_3_type_1 = OrderCouponTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"type_: a {type(data).__name__} fits none of the declared types")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        order_coupon = cls(
            id=id,
            coupon_id=coupon_id,
            order_id=order_id,
            code=code,
            amount=amount,
            type_=type_,
            discount=discount,
        )

        order_coupon.additional_properties = d
        return order_coupon

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
