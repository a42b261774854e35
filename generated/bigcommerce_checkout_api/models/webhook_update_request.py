from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_update_request_headers_type_0 import (
        WebhookUpdateRequestHeadersType0,
    )


T = TypeVar("T", bound="WebhookUpdateRequest")


@_attrs_define
class WebhookUpdateRequest:
    """The fields of a webhook to change; at least one.

    Attributes:
        scope (str | Unset): The event to receive from now on.
        destination (str | Unset): The new `https://` URL (port 443).
        is_active (bool | Unset): `true` switches a deactivated webhook back on; `false` pauses it.
        headers (None | Unset | WebhookUpdateRequestHeadersType0): Headers sent with every delivery, name to value (the
            values are masked in logs, errors and reprs).
    """

    scope: str | Unset = UNSET
    destination: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    headers: None | Unset | WebhookUpdateRequestHeadersType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        destination = self.destination

        is_active = self.is_active

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, WebhookUpdateRequestHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if destination is not UNSET:
            field_dict["destination"] = destination
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = d.pop("scope", UNSET)

        destination = d.pop("destination", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_headers(data: object) -> None | Unset | WebhookUpdateRequestHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = WebhookUpdateRequestHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"headers: a {type(data).__name__} fits none of the declared types")

        headers = _parse_headers(d.pop("headers", UNSET))

        webhook_update_request = cls(
            scope=scope,
            destination=destination,
            is_active=is_active,
            headers=headers,
        )

        webhook_update_request.additional_properties = d
        return webhook_update_request

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
from ..models.webhook_update_request_headers_type_0 import (
    WebhookUpdateRequestHeadersType0,  # noqa: E402
)
