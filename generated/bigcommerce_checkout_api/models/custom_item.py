from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomItem")


@_attrs_define
class CustomItem:
    """An item added through the API that is not a catalog product.

    Attributes:
        quantity (float): How many.
        id (str | Unset): The line item id.
        sku (str | Unset): Its SKU.
        name (str | Unset): Its name.
        image_url (str | Unset): Its image.
        list_price (float | Unset): The unit price.
        extended_list_price (float | Unset): Unit price times quantity.
    """

    quantity: float
    id: str | Unset = UNSET
    sku: str | Unset = UNSET
    name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    list_price: float | Unset = UNSET
    extended_list_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        id = self.id

        sku = self.sku

        name = self.name

        image_url = self.image_url

        list_price = self.list_price

        extended_list_price = self.extended_list_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if extended_list_price is not UNSET:
            field_dict["extended_list_price"] = extended_list_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        id = d.pop("id", UNSET)

        sku = d.pop("sku", UNSET)

        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        list_price = d.pop("list_price", UNSET)

        extended_list_price = d.pop("extended_list_price", UNSET)

        custom_item = cls(
            quantity=quantity,
            id=id,
            sku=sku,
            name=name,
            image_url=image_url,
            list_price=list_price,
            extended_list_price=extended_list_price,
        )

        custom_item.additional_properties = d
        return custom_item

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
