from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_metafield_input_permission_set import CartMetafieldInputPermissionSet
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartMetafieldBatchUpdate")


@_attrs_define
class CartMetafieldBatchUpdate:
    """A metafield to update, named by its `id`.

    Attributes:
        permission_set (CartMetafieldInputPermissionSet): Who can see and change it: only your app (`app_only`), other
            apps too (`read`,
            `write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).
        namespace (str): A label that groups related metafields.
        key (str): The metafield's name within its namespace.
        value (str): The value, as text.
        id (int | str): The metafield's id. BigCommerce documents a string; the client also takes the integer an answer
            carries and sends it as a string.
        description (str | Unset): What the metafield is for.
    """

    permission_set: CartMetafieldInputPermissionSet
    namespace: str
    key: str
    value: str
    id: int | str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_set = self.permission_set.value

        namespace = self.namespace

        key = self.key

        value = self.value

        id: int | str
        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "id": id,
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

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        description = d.pop("description", UNSET)

        cart_metafield_batch_update = cls(
            permission_set=permission_set,
            namespace=namespace,
            key=key,
            value=value,
            id=id,
            description=description,
        )

        cart_metafield_batch_update.additional_properties = d
        return cart_metafield_batch_update

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
