from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_metafield_input_permission_set import CartMetafieldInputPermissionSet
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartMetafieldInput")


@_attrs_define
class CartMetafieldInput:
    """A metafield to write.

    Attributes:
        permission_set (CartMetafieldInputPermissionSet): Who can see and change it: only your app (`app_only`), other
            apps too (`read`,
            `write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).
        namespace (str): A label that groups related metafields.
        key (str): The metafield's name within its namespace.
        value (str): The value, as text.
        description (str | Unset): What the metafield is for.
    """

    permission_set: CartMetafieldInputPermissionSet
    namespace: str
    key: str
    value: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_set = self.permission_set.value

        namespace = self.namespace

        key = self.key

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_set = CartMetafieldInputPermissionSet(d.pop("permission_set"))

        namespace = d.pop("namespace")

        key = d.pop("key")

        value = d.pop("value")

        description = d.pop("description", UNSET)

        cart_metafield_input = cls(
            permission_set=permission_set,
            namespace=namespace,
            key=key,
            value=value,
            description=description,
        )

        cart_metafield_input.additional_properties = d
        return cart_metafield_input

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
