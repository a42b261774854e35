from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingOption")


@_attrs_define
class ShippingOption:
    """A way to ship a consignment, with its price.

    Attributes:
        id (str | Unset): Pass it as `shipping_option_id` to select this option.
        type_ (str | Unset): The carrier or method kind, for example `shipping_flatrate`.
        description (str | Unset): The name shown to the shopper.
        image_url (str | Unset):
        cost (float | Unset):
        transit_time (str | Unset): Delivery estimate as the carrier words it.
        additional_description (str | Unset): Extra text from the carrier, when there is any.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    cost: float | Unset = UNSET
    transit_time: str | Unset = UNSET
    additional_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        description = self.description

        image_url = self.image_url

        cost = self.cost

        transit_time = self.transit_time

        additional_description = self.additional_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if cost is not UNSET:
            field_dict["cost"] = cost
        if transit_time is not UNSET:
            field_dict["transit_time"] = transit_time
        if additional_description is not UNSET:
            field_dict["additional_description"] = additional_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        image_url = d.pop("image_url", UNSET)

        cost = d.pop("cost", UNSET)

        transit_time = d.pop("transit_time", UNSET)

        additional_description = d.pop("additional_description", UNSET)

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
