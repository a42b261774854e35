from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_admin_hook_status_type_1 import WebhookAdminHookStatusType1
from ..models.webhook_admin_hook_status_type_2_type_1 import (
    WebhookAdminHookStatusType2Type1,
)
from ..models.webhook_admin_hook_status_type_3_type_1 import (
    WebhookAdminHookStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_admin_hook_headers_type_0 import WebhookAdminHookHeadersType0


T = TypeVar("T", bound="WebhookAdminHook")


@_attrs_define
class WebhookAdminHook:
    """A webhook as the admin view lists it, with its delivery status.

    Attributes:
        id (int):
        scope (str):
        destination (str):
        client_id (None | str | Unset):
        store_hash (None | str | Unset):
        headers (None | Unset | WebhookAdminHookHeadersType0): Headers sent with every delivery, name to value (the
            values are masked in logs, errors and reprs).
        is_active (bool | None | Unset):
        created_at (int | None | Unset):
        updated_at (int | None | Unset):
        status (None | Unset | WebhookAdminHookStatusType1 | WebhookAdminHookStatusType2Type1 |
            WebhookAdminHookStatusType3Type1): Delivery state.
    """

    id: int
    scope: str
    destination: str
    client_id: None | str | Unset = UNSET
    store_hash: None | str | Unset = UNSET
    headers: None | Unset | WebhookAdminHookHeadersType0 = UNSET
    is_active: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    status: (
        None
        | Unset
        | WebhookAdminHookStatusType1
        | WebhookAdminHookStatusType2Type1
        | WebhookAdminHookStatusType3Type1
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        scope = self.scope

        destination = self.destination

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        store_hash: None | str | Unset
        if isinstance(self.store_hash, Unset):
            store_hash = UNSET
        else:
            store_hash = self.store_hash

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, WebhookAdminHookHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WebhookAdminHookStatusType1):
            status = self.status.value
        elif isinstance(self.status, WebhookAdminHookStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, WebhookAdminHookStatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scope": scope,
                "destination": destination,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if store_hash is not UNSET:
            field_dict["store_hash"] = store_hash
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        scope = d.pop("scope")

        destination = d.pop("destination")

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_store_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_hash = _parse_store_hash(d.pop("store_hash", UNSET))

        def _parse_headers(data: object) -> None | Unset | WebhookAdminHookHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = WebhookAdminHookHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"headers: a {type(data).__name__} fits none of the declared types")

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            None
            | Unset
            | WebhookAdminHookStatusType1
            | WebhookAdminHookStatusType2Type1
            | WebhookAdminHookStatusType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = WebhookAdminHookStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = WebhookAdminHookStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = WebhookAdminHookStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"status: a {type(data).__name__} fits none of the declared types")

        status = _parse_status(d.pop("status", UNSET))

        webhook_admin_hook = cls(
            id=id,
            scope=scope,
            destination=destination,
            client_id=client_id,
            store_hash=store_hash,
            headers=headers,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
        )

        webhook_admin_hook.additional_properties = d
        return webhook_admin_hook

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


# Imported once, here, rather than inside every to_dict/from_dict call: the models refer to each
# other, and by this line every class in this module exists.
from ..models.webhook_admin_hook_headers_type_0 import WebhookAdminHookHeadersType0  # noqa: E402
