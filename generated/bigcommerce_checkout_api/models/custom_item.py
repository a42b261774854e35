from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomItem")


@_attrs_define
class CustomItem:
    """An item added through the API that is not a catalog product.

    Attributes:
        id (str): The line item id.
        sku (str): Its SKU.
        name (str): Its name.
        quantity (float): How many.
        list_price (float): The unit price.
        extended_list_price (float): Unit price times quantity.
        image_url (None | str | Unset): Its image.
    """

    id: str
    sku: str
    name: str
    quantity: float
    list_price: float
    extended_list_price: float
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku = self.sku

        name = self.name

        quantity = self.quantity

        list_price = self.list_price

        extended_list_price = self.extended_list_price

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "name": name,
                "quantity": quantity,
                "list_price": list_price,
                "extended_list_price": extended_list_price,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        name = d.pop("name")

        quantity = d.pop("quantity")

        list_price = d.pop("list_price")

        extended_list_price = d.pop("extended_list_price")

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        custom_item = cls(
            id=id,
            sku=sku,
            name=name,
            quantity=quantity,
            list_price=list_price,
            extended_list_price=extended_list_price,
            image_url=image_url,
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
