from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_metafield_permission_set_type_1 import (
    OrderMetafieldPermissionSetType1,
)
from ..models.order_metafield_permission_set_type_2_type_1 import (
    OrderMetafieldPermissionSetType2Type1,
)
from ..models.order_metafield_permission_set_type_3_type_1 import (
    OrderMetafieldPermissionSetType3Type1,
)
from ..models.order_metafield_resource_type_type_1 import (
    OrderMetafieldResourceTypeType1,
)
from ..models.order_metafield_resource_type_type_2_type_1 import (
    OrderMetafieldResourceTypeType2Type1,
)
from ..models.order_metafield_resource_type_type_3_type_1 import (
    OrderMetafieldResourceTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMetafield")


@_attrs_define
class OrderMetafield:
    """A metafield attached to an order.

    Attributes:
        id (int | None | Unset): The metafield's id.
        namespace (None | str | Unset): The group it belongs to.
        key (None | str | Unset): Its name within the namespace.
        value (None | str | Unset): Its value.
        description (None | str | Unset): What it is for.
        permission_set (None | OrderMetafieldPermissionSetType1 | OrderMetafieldPermissionSetType2Type1 |
            OrderMetafieldPermissionSetType3Type1 | Unset): Who can see and change it.
        resource_type (None | OrderMetafieldResourceTypeType1 | OrderMetafieldResourceTypeType2Type1 |
            OrderMetafieldResourceTypeType3Type1 | Unset): The kind of object it is attached to; `order` here.
        resource_id (int | None | Unset): The id of the order it is attached to.
        owner_client_id (None | str | Unset): The client id of the app that created it.
        date_created (None | str | Unset): When it was created.
        date_modified (None | str | Unset): When it last changed.
    """

    id: int | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    permission_set: (
        None
        | OrderMetafieldPermissionSetType1
        | OrderMetafieldPermissionSetType2Type1
        | OrderMetafieldPermissionSetType3Type1
        | Unset
    ) = UNSET
    resource_type: (
        None
        | OrderMetafieldResourceTypeType1
        | OrderMetafieldResourceTypeType2Type1
        | OrderMetafieldResourceTypeType3Type1
        | Unset
    ) = UNSET
    resource_id: int | None | Unset = UNSET
    owner_client_id: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permission_set: None | str | Unset
        if isinstance(self.permission_set, Unset):
            permission_set = UNSET
        elif isinstance(self.permission_set, OrderMetafieldPermissionSetType1):
            permission_set = self.permission_set.value
        elif isinstance(self.permission_set, OrderMetafieldPermissionSetType2Type1):
            permission_set = self.permission_set.value
        elif isinstance(self.permission_set, OrderMetafieldPermissionSetType3Type1):
            permission_set = self.permission_set.value
        else:
            permission_set = self.permission_set

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, OrderMetafieldResourceTypeType1):
            resource_type = self.resource_type.value
        elif isinstance(self.resource_type, OrderMetafieldResourceTypeType2Type1):
            resource_type = self.resource_type.value
        elif isinstance(self.resource_type, OrderMetafieldResourceTypeType3Type1):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        owner_client_id: None | str | Unset
        if isinstance(self.owner_client_id, Unset):
            owner_client_id = UNSET
        else:
            owner_client_id = self.owner_client_id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if permission_set is not UNSET:
            field_dict["permission_set"] = permission_set
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if owner_client_id is not UNSET:
            field_dict["owner_client_id"] = owner_client_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_permission_set(
            data: object,
        ) -> (
            None
            | OrderMetafieldPermissionSetType1
            | OrderMetafieldPermissionSetType2Type1
            | OrderMetafieldPermissionSetType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_set_type_1 = OrderMetafieldPermissionSetType1(data)

                return permission_set_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_set_type_2_type_1 = OrderMetafieldPermissionSetType2Type1(data)

                return permission_set_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_set_type_3_type_1 = OrderMetafieldPermissionSetType3Type1(data)

                return permission_set_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"permission_set: a {type(data).__name__} fits none of the declared types")

        permission_set = _parse_permission_set(d.pop("permission_set", UNSET))

        def _parse_resource_type(
            data: object,
        ) -> (
            None
            | OrderMetafieldResourceTypeType1
            | OrderMetafieldResourceTypeType2Type1
            | OrderMetafieldResourceTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_1 = OrderMetafieldResourceTypeType1(data)

                return resource_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_2_type_1 = OrderMetafieldResourceTypeType2Type1(data)

                return resource_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_3_type_1 = OrderMetafieldResourceTypeType3Type1(data)

                return resource_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"resource_type: a {type(data).__name__} fits none of the declared types")

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_owner_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_client_id = _parse_owner_client_id(d.pop("owner_client_id", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("date_modified", UNSET))

        order_metafield = cls(
            id=id,
            namespace=namespace,
            key=key,
            value=value,
            description=description,
            permission_set=permission_set,
            resource_type=resource_type,
            resource_id=resource_id,
            owner_client_id=owner_client_id,
            date_created=date_created,
            date_modified=date_modified,
        )

        order_metafield.additional_properties = d
        return order_metafield

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
