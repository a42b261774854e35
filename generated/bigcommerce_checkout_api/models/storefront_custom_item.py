from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCustomItem")


@_attrs_define
class StorefrontCustomItem:
    """An item added through the API that is not a catalog product.

    Attributes:
        extended_list_price (float | Unset): Unit price times quantity (the storefront carts API returns it).
        id (str | Unset): The line item id.
        list_price (str | Unset): The unit price before discounts.
        name (str | Unset):
        quantity (str | Unset):
        sku (str | Unset):
    """

    extended_list_price: float | Unset = UNSET
    id: str | Unset = UNSET
    list_price: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: str | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extended_list_price = self.extended_list_price

        id = self.id

        list_price = self.list_price

        name = self.name

        quantity = self.quantity

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extended_list_price is not UNSET:
            field_dict["extendedListPrice"] = extended_list_price
        if id is not UNSET:
            field_dict["id"] = id
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extended_list_price = d.pop("extendedListPrice", UNSET)

        id = d.pop("id", UNSET)

        list_price = d.pop("listPrice", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        sku = d.pop("sku", UNSET)

        storefront_custom_item = cls(
            extended_list_price=extended_list_price,
            id=id,
            list_price=list_price,
            name=name,
            quantity=quantity,
            sku=sku,
        )

        storefront_custom_item.additional_properties = d
        return storefront_custom_item

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
