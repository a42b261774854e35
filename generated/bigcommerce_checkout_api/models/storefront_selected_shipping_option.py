from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontSelectedShippingOption")


@_attrs_define
class StorefrontSelectedShippingOption:
    """The shipping option chosen for the consignment.

    Attributes:
        cost (float | Unset):
        description (str | Unset): The name shown to the shopper.
        id (str | Unset): Pass it as `shippingOptionId` to select this option.
        image_url (str | Unset):
        transit_time (str | Unset): Delivery estimate as the carrier words it.
        type_ (str | Unset): The carrier or method kind, for example `shipping_flatrate`.
        additional_description (str | Unset): Extra text from the carrier, when there is any.
    """

    cost: float | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    image_url: str | Unset = UNSET
    transit_time: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        description = self.description

        id = self.id

        image_url = self.image_url

        transit_time = self.transit_time

        type_ = self.type_

        additional_description = self.additional_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if transit_time is not UNSET:
            field_dict["transitTime"] = transit_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if additional_description is not UNSET:
            field_dict["additionalDescription"] = additional_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        transit_time = d.pop("transitTime", UNSET)

        type_ = d.pop("type", UNSET)

        additional_description = d.pop("additionalDescription", UNSET)

        storefront_selected_shipping_option = cls(
            cost=cost,
            description=description,
            id=id,
            image_url=image_url,
            transit_time=transit_time,
            type_=type_,
            additional_description=additional_description,
        )

        storefront_selected_shipping_option.additional_properties = d
        return storefront_selected_shipping_option

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
