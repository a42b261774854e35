from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_admin import WebhookAdmin
    from ..models.webhook_list_meta import WebhookListMeta


T = TypeVar("T", bound="WebhookAdminResponse")


@_attrs_define
class WebhookAdminResponse:
    """The admin view, in BigCommerce's `data` envelope.

    Attributes:
        data (WebhookAdmin): An API account's subscriptions, blocked destinations and notification addresses.
        meta (None | Unset | WebhookListMeta):
    """

    data: WebhookAdmin
    meta: None | Unset | WebhookListMeta = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, WebhookListMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = WebhookAdmin.from_dict(d.pop("data"))

        def _parse_meta(data: object) -> None | Unset | WebhookListMeta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = WebhookListMeta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"meta: a {type(data).__name__} fits none of the declared types")

        meta = _parse_meta(d.pop("meta", UNSET))

        webhook_admin_response = cls(
            data=data,
            meta=meta,
        )

        webhook_admin_response.additional_properties = d
        return webhook_admin_response

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
from ..models.webhook_admin import WebhookAdmin  # noqa: E402
from ..models.webhook_list_meta import WebhookListMeta  # noqa: E402
