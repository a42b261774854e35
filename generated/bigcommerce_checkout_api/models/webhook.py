from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers_type_0 import WebhookHeadersType0


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A subscription of one destination to one event scope.

    Attributes:
        id (int): The webhook's id.
        scope (str): The event scope it receives.
        destination (str): The URL events are POSTed to.
        is_active (bool): Whether BigCommerce delivers to it. BigCommerce switches a webhook off after 48 hours
            of failed deliveries and after 90 days without events.
        client_id (None | str | Unset): The API account (its client id) the webhook belongs to.
        store_hash (None | str | Unset): The store's hash.
        headers (None | Unset | WebhookHeadersType0): Headers sent with every delivery, name to value (the values are
            masked in logs, errors and reprs).
        created_at (int | None | Unset): When it was created, in seconds since 1970 (UTC).
        updated_at (int | None | Unset): When it last changed, in seconds since 1970 (UTC).
    """

    id: int
    scope: str
    destination: str
    is_active: bool
    client_id: None | str | Unset = UNSET
    store_hash: None | str | Unset = UNSET
    headers: None | Unset | WebhookHeadersType0 = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        scope = self.scope

        destination = self.destination

        is_active = self.is_active

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
        elif isinstance(self.headers, WebhookHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scope": scope,
                "destination": destination,
                "is_active": is_active,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if store_hash is not UNSET:
            field_dict["store_hash"] = store_hash
        if headers is not UNSET:
            field_dict["headers"] = headers
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        scope = d.pop("scope")

        destination = d.pop("destination")

        is_active = d.pop("is_active")

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

        def _parse_headers(data: object) -> None | Unset | WebhookHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = WebhookHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"headers: a {type(data).__name__} fits none of the declared types")

        headers = _parse_headers(d.pop("headers", UNSET))

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

        webhook = cls(
            id=id,
            scope=scope,
            destination=destination,
            is_active=is_active,
            client_id=client_id,
            store_hash=store_hash,
            headers=headers,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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
from ..models.webhook_headers_type_0 import WebhookHeadersType0  # noqa: E402
