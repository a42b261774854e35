from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_item_coupon_discount_type_type_1 import (
    CartItemCouponDiscountTypeType1,
)
from ..models.cart_item_coupon_discount_type_type_2_type_1 import (
    CartItemCouponDiscountTypeType2Type1,
)
from ..models.cart_item_coupon_discount_type_type_3_type_1 import (
    CartItemCouponDiscountTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartItemCoupon")


@_attrs_define
class CartItemCoupon:
    """A coupon that discounted one item.

    Attributes:
        code (str): The code the shopper entered.
        id (int | None | Unset): The coupon's id.
        name (None | str | Unset): The coupon's name.
        discount_type (CartItemCouponDiscountTypeType1 | CartItemCouponDiscountTypeType2Type1 |
            CartItemCouponDiscountTypeType3Type1 | None | Unset): The kind of discount: 0 per item, 1 percentage, 2 per
            total, 3 shipping, 4 free shipping.
        discount_amount (float | None | Unset): The coupon's amount or percentage.
        expires_date (int | None | Unset): When the coupon expires (Unix time); 0 when it does not.
        total_discount (float | None | Unset): How much it took off this item.
    """

    code: str
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    discount_type: (
        CartItemCouponDiscountTypeType1
        | CartItemCouponDiscountTypeType2Type1
        | CartItemCouponDiscountTypeType3Type1
        | None
        | Unset
    ) = UNSET
    discount_amount: float | None | Unset = UNSET
    expires_date: int | None | Unset = UNSET
    total_discount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        discount_type: int | None | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, CartItemCouponDiscountTypeType1):
            discount_type = self.discount_type.value
        elif isinstance(self.discount_type, CartItemCouponDiscountTypeType2Type1):
            discount_type = self.discount_type.value
        elif isinstance(self.discount_type, CartItemCouponDiscountTypeType3Type1):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        expires_date: int | None | Unset
        if isinstance(self.expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = self.expires_date

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_discount_type(
            data: object,
        ) -> (
            CartItemCouponDiscountTypeType1
            | CartItemCouponDiscountTypeType2Type1
            | CartItemCouponDiscountTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                discount_type_type_1 = CartItemCouponDiscountTypeType1(data)

                return discount_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                discount_type_type_2_type_1 = CartItemCouponDiscountTypeType2Type1(data)

                return discount_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                discount_type_type_3_type_1 = CartItemCouponDiscountTypeType3Type1(data)

                return discount_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"discount_type: a {type(data).__name__} fits none of the declared types")

        discount_type = _parse_discount_type(d.pop("discountType", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discountAmount", UNSET))

        def _parse_expires_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_date = _parse_expires_date(d.pop("expiresDate", UNSET))

        def _parse_total_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_discount = _parse_total_discount(d.pop("totalDiscount", UNSET))

        cart_item_coupon = cls(
            code=code,
            id=id,
            name=name,
            discount_type=discount_type,
            discount_amount=discount_amount,
            expires_date=expires_date,
            total_discount=total_discount,
        )

        cart_item_coupon.additional_properties = d
        return cart_item_coupon

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
