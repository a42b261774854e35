from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_fee_type import CheckoutFeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutFee")


@_attrs_define
class CheckoutFee:
    """A fee added to the checkout through the API.

    Attributes:
        id (UUID | Unset):
        type_ (CheckoutFeeType | Unset):
        name (str | Unset): Your internal name for the fee.
        display_name (str | Unset): The name the shopper sees.
        cost_inc_tax (float | Unset):
        cost_ex_tax (float | Unset):
        source (str | Unset): Who added it.
        tax_class_id (int | None | Unset):
    """

    id: UUID | Unset = UNSET
    type_: CheckoutFeeType | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    cost_inc_tax: float | Unset = UNSET
    cost_ex_tax: float | Unset = UNSET
    source: str | Unset = UNSET
    tax_class_id: int | None | Unset = UNSET
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

        cost_inc_tax = self.cost_inc_tax

        cost_ex_tax = self.cost_ex_tax

        source = self.source

        tax_class_id: int | None | Unset
        if isinstance(self.tax_class_id, Unset):
            tax_class_id = UNSET
        else:
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
            field_dict["display_name"] = display_name
        if cost_inc_tax is not UNSET:
            field_dict["cost_inc_tax"] = cost_inc_tax
        if cost_ex_tax is not UNSET:
            field_dict["cost_ex_tax"] = cost_ex_tax
        if source is not UNSET:
            field_dict["source"] = source
        if tax_class_id is not UNSET:
            field_dict["tax_class_id"] = tax_class_id

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
        type_: CheckoutFeeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CheckoutFeeType(_type_)

        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        cost_inc_tax = d.pop("cost_inc_tax", UNSET)

        cost_ex_tax = d.pop("cost_ex_tax", UNSET)

        source = d.pop("source", UNSET)

        def _parse_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_class_id = _parse_tax_class_id(d.pop("tax_class_id", UNSET))

        checkout_fee = cls(
            id=id,
            type_=type_,
            name=name,
            display_name=display_name,
            cost_inc_tax=cost_inc_tax,
            cost_ex_tax=cost_ex_tax,
            source=source,
            tax_class_id=tax_class_id,
        )

        checkout_fee.additional_properties = d
        return checkout_fee

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
