from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_block_reason import WebhookBlockReason


T = TypeVar("T", bound="WebhookBlockedDomain")


@_attrs_define
class WebhookBlockedDomain:
    """A destination on BigCommerce's blocklist.

    Attributes:
        destination (None | str | Unset): The blocked domain.
        time_left (int | None | Unset): Seconds until deliveries are tried again.
        reasons (list[WebhookBlockReason] | None | Unset):
    """

    destination: None | str | Unset = UNSET
    time_left: int | None | Unset = UNSET
    reasons: list[WebhookBlockReason] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        time_left: int | None | Unset
        if isinstance(self.time_left, Unset):
            time_left = UNSET
        else:
            time_left = self.time_left

        reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, list):
            reasons = []
            for reasons_type_0_item_data in self.reasons:
                reasons_type_0_item = reasons_type_0_item_data.to_dict()
                reasons.append(reasons_type_0_item)

        else:
            reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if time_left is not UNSET:
            field_dict["time_left"] = time_left
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_time_left(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_left = _parse_time_left(d.pop("time_left", UNSET))

        def _parse_reasons(data: object) -> list[WebhookBlockReason] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reasons_type_0 = []
                _reasons_type_0 = data
                for reasons_type_0_item_data in _reasons_type_0:
                    reasons_type_0_item = WebhookBlockReason.from_dict(reasons_type_0_item_data)

                    reasons_type_0.append(reasons_type_0_item)

                return reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"reasons: a {type(data).__name__} fits none of the declared types")

        reasons = _parse_reasons(d.pop("reasons", UNSET))

        webhook_blocked_domain = cls(
            destination=destination,
            time_left=time_left,
            reasons=reasons,
        )

        webhook_blocked_domain.additional_properties = d
        return webhook_blocked_domain

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
from ..models.webhook_block_reason import WebhookBlockReason  # noqa: E402
