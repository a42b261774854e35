from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_input_type import FeeInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeUpdate")


@_attrs_define
class FeeUpdate:
    """A fee already on the checkout, with all its fields.

    Attributes:
        type_ (FeeInputType): The kind of fee; only `custom_fee` exists.
        name (str): Your internal name for the fee.
        display_name (str): The name the shopper sees.
        cost (float): The amount charged.
        source (str): Which app or process adds the fee.
        id (str): The fee's id, from the checkout's `fees`.
        tax_class_id (int | Unset): The tax class to apply; without it the store's default tax class for fees applies.
    """

    type_: FeeInputType
    name: str
    display_name: str
    cost: float
    source: str
    id: str
    tax_class_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        display_name = self.display_name

        cost = self.cost

        source = self.source

        id = self.id

        tax_class_id = self.tax_class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "display_name": display_name,
                "cost": cost,
                "source": source,
                "id": id,
            }
        )
        if tax_class_id is not UNSET:
            field_dict["tax_class_id"] = tax_class_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = FeeInputType(d.pop("type"))

        name = d.pop("name")

        display_name = d.pop("display_name")

        cost = d.pop("cost")

        source = d.pop("source")

        id = d.pop("id")

        tax_class_id = d.pop("tax_class_id", UNSET)

        fee_update = cls(
            type_=type_,
            name=name,
            display_name=display_name,
            cost=cost,
            source=source,
            id=id,
            tax_class_id=tax_class_id,
        )

        fee_update.additional_properties = d
        return fee_update

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
