from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingOption")


@_attrs_define
class ShippingOption:
    """A way to ship a consignment, with its price.

    Attributes:
        id (str): Pass it as `shipping_option_id` to select this option.
        type_ (str): The carrier or method kind, for example `shipping_flatrate`.
        description (str): The name shown to the shopper.
        image_url (str):
        cost (float):
        transit_time (str): Delivery estimate as the carrier words it.
        additional_description (None | str | Unset): Extra text from the carrier, when there is any.
    """

    id: str
    type_: str
    description: str
    image_url: str
    cost: float
    transit_time: str
    additional_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        description = self.description

        image_url = self.image_url

        cost = self.cost

        transit_time = self.transit_time

        additional_description: None | str | Unset
        if isinstance(self.additional_description, Unset):
            additional_description = UNSET
        else:
            additional_description = self.additional_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "description": description,
                "image_url": image_url,
                "cost": cost,
                "transit_time": transit_time,
            }
        )
        if additional_description is not UNSET:
            field_dict["additional_description"] = additional_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        description = d.pop("description")

        image_url = d.pop("image_url")

        cost = d.pop("cost")

        transit_time = d.pop("transit_time")

        def _parse_additional_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_description = _parse_additional_description(d.pop("additional_description", UNSET))

        shipping_option = cls(
            id=id,
            type_=type_,
            description=description,
            image_url=image_url,
            cost=cost,
            transit_time=transit_time,
            additional_description=additional_description,
        )

        shipping_option.additional_properties = d
        return shipping_option

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
