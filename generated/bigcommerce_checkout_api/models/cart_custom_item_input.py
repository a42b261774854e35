from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartCustomItemInput")


@_attrs_define
class CartCustomItemInput:
    """An item that is not in the catalog, priced by you.

    Attributes:
        sku (str | Unset): Its SKU.
        name (str | Unset): Its name.
        quantity (float | Unset): How many.
        list_price (float | Unset): The unit price.
        image_url (str | Unset): An image to show with it.
    """

    sku: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    list_price: float | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        quantity = self.quantity

        list_price = self.list_price

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("sku", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        list_price = d.pop("list_price", UNSET)

        image_url = d.pop("image_url", UNSET)

        cart_custom_item_input = cls(
            sku=sku,
            name=name,
            quantity=quantity,
            list_price=list_price,
            image_url=image_url,
        )

        cart_custom_item_input.additional_properties = d
        return cart_custom_item_input

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
