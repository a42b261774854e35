from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_checkout_fee_type import StorefrontCheckoutFeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCheckoutFee")


@_attrs_define
class StorefrontCheckoutFee:
    """A fee added to the checkout.

    Attributes:
        id (UUID | Unset):
        type_ (StorefrontCheckoutFeeType | Unset):
        name (str | Unset): The merchant's internal name for the fee.
        display_name (str | Unset): The name the shopper sees.
        cost (float | Unset): Its amount, with or without tax as shipping is shown.
        source (str | Unset): Who added it.
        tax_class_id (int | Unset): The tax class applied to it.
    """

    id: UUID | Unset = UNSET
    type_: StorefrontCheckoutFeeType | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    cost: float | Unset = UNSET
    source: str | Unset = UNSET
    tax_class_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        display_name = self.display_name

        cost = self.cost

        source = self.source

        tax_class_id = self.tax_class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if cost is not UNSET:
            field_dict["cost"] = cost
        if source is not UNSET:
            field_dict["source"] = source
        if tax_class_id is not UNSET:
            field_dict["taxClassId"] = tax_class_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _type_ = d.pop("type", UNSET)
        type_: StorefrontCheckoutFeeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StorefrontCheckoutFeeType(_type_)

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        cost = d.pop("cost", UNSET)

        source = d.pop("source", UNSET)

        tax_class_id = d.pop("taxClassId", UNSET)

        storefront_checkout_fee = cls(
            id=id,
            type_=type_,
            name=name,
            display_name=display_name,
            cost=cost,
            source=source,
            tax_class_id=tax_class_id,
        )

        storefront_checkout_fee.additional_properties = d
        return storefront_checkout_fee

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
