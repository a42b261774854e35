from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutSettings")


@_attrs_define
class CheckoutSettings:
    """Store-wide checkout settings.

    Attributes:
        custom_checkout_script_url (str | Unset): The script that replaces BigCommerce's checkout page; empty for the
            built-in one.
        order_confirmation_use_custom_checkout_script (bool | Unset): Whether the order confirmation page also loads the
            custom checkout script.
        custom_order_confirmation_script_url (str | Unset): The script that replaces the order confirmation page; empty
            for the built-in one.
        custom_checkout_supports_uco_settings (bool | Unset): Whether the custom checkout honours the optimized one-page
            checkout settings.
        custom_checkout_sri_hash (str | Unset): Subresource Integrity hash the browser checks the checkout script
            against.
        custom_order_confirmation_sri_hash (str | Unset): Subresource Integrity hash for the order confirmation script.
    """

    custom_checkout_script_url: str | Unset = UNSET
    order_confirmation_use_custom_checkout_script: bool | Unset = UNSET
    custom_order_confirmation_script_url: str | Unset = UNSET
    custom_checkout_supports_uco_settings: bool | Unset = UNSET
    custom_checkout_sri_hash: str | Unset = UNSET
    custom_order_confirmation_sri_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_checkout_script_url = self.custom_checkout_script_url

        order_confirmation_use_custom_checkout_script = self.order_confirmation_use_custom_checkout_script

        custom_order_confirmation_script_url = self.custom_order_confirmation_script_url

        custom_checkout_supports_uco_settings = self.custom_checkout_supports_uco_settings

        custom_checkout_sri_hash = self.custom_checkout_sri_hash

        custom_order_confirmation_sri_hash = self.custom_order_confirmation_sri_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_checkout_script_url is not UNSET:
            field_dict["custom_checkout_script_url"] = custom_checkout_script_url
        if order_confirmation_use_custom_checkout_script is not UNSET:
            field_dict["order_confirmation_use_custom_checkout_script"] = (
                order_confirmation_use_custom_checkout_script
            )
        if custom_order_confirmation_script_url is not UNSET:
            field_dict["custom_order_confirmation_script_url"] = custom_order_confirmation_script_url
        if custom_checkout_supports_uco_settings is not UNSET:
            field_dict["custom_checkout_supports_uco_settings"] = custom_checkout_supports_uco_settings
        if custom_checkout_sri_hash is not UNSET:
            field_dict["custom_checkout_sri_hash"] = custom_checkout_sri_hash
        if custom_order_confirmation_sri_hash is not UNSET:
            field_dict["custom_order_confirmation_sri_hash"] = custom_order_confirmation_sri_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_checkout_script_url = d.pop("custom_checkout_script_url", UNSET)

        order_confirmation_use_custom_checkout_script = d.pop(
            "order_confirmation_use_custom_checkout_script", UNSET
        )

        custom_order_confirmation_script_url = d.pop("custom_order_confirmation_script_url", UNSET)

        custom_checkout_supports_uco_settings = d.pop("custom_checkout_supports_uco_settings", UNSET)

        custom_checkout_sri_hash = d.pop("custom_checkout_sri_hash", UNSET)

        custom_order_confirmation_sri_hash = d.pop("custom_order_confirmation_sri_hash", UNSET)

        checkout_settings = cls(
            custom_checkout_script_url=custom_checkout_script_url,
            order_confirmation_use_custom_checkout_script=order_confirmation_use_custom_checkout_script,
            custom_order_confirmation_script_url=custom_order_confirmation_script_url,
            custom_checkout_supports_uco_settings=custom_checkout_supports_uco_settings,
            custom_checkout_sri_hash=custom_checkout_sri_hash,
            custom_order_confirmation_sri_hash=custom_order_confirmation_sri_hash,
        )

        checkout_settings.additional_properties = d
        return checkout_settings

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
