from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartAppliedDiscount")


@_attrs_define
class CartAppliedDiscount:
    """A discount applied to the cart or to one item.

    Attributes:
        id (float | None | str | Unset): Which discount this is; a promotion id (number) or a label such as `coupon`.
        discounted_amount (float | None | Unset): How much it took off.
    """

    id: float | None | str | Unset = UNSET
    discounted_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: float | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        discounted_amount: float | None | Unset
        if isinstance(self.discounted_amount, Unset):
            discounted_amount = UNSET
        else:
            discounted_amount = self.discounted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if discounted_amount is not UNSET:
            field_dict["discounted_amount"] = discounted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_discounted_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discounted_amount = _parse_discounted_amount(d.pop("discounted_amount", UNSET))

        cart_applied_discount = cls(
            id=id,
            discounted_amount=discounted_amount,
        )

        cart_applied_discount.additional_properties = d
        return cart_applied_discount

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
