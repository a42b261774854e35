from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelCheckoutSettings")


@_attrs_define
class ChannelCheckoutSettings:
    """The checkout settings of one sales channel.

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
        checkout_type (str | Unset): Which checkout the channel uses, for example `one_page`.
        guest_checkout_type (str | Unset): Whether and how guests may check out.
        guest_checkout_for_existing_accounts (str | Unset): What happens when a guest uses the email of an existing
            account.
        policy_consent (str | Unset): How the shopper agrees to the store's policies.
        order_confirmation_contact_email (str | Unset): The address shown to shoppers for questions about their order.
        is_order_terms_and_conditions_enabled (bool | Unset): Whether the shopper must accept terms and conditions.
        order_terms_and_conditions_type (str | Unset): Whether the terms are a link or a text.
        order_terms_and_conditions_link (str | Unset): Where the terms are, when they are a link.
        order_terms_and_conditions_textarea (str | Unset): The terms themselves, when they are a text.
        should_redirect_to_storefront_for_auth (bool | Unset): Whether sign-in during checkout sends the shopper to the
            storefront's login page.
    """

    custom_checkout_script_url: str | Unset = UNSET
    order_confirmation_use_custom_checkout_script: bool | Unset = UNSET
    custom_order_confirmation_script_url: str | Unset = UNSET
    custom_checkout_supports_uco_settings: bool | Unset = UNSET
    custom_checkout_sri_hash: str | Unset = UNSET
    custom_order_confirmation_sri_hash: str | Unset = UNSET
    checkout_type: str | Unset = UNSET
    guest_checkout_type: str | Unset = UNSET
    guest_checkout_for_existing_accounts: str | Unset = UNSET
    policy_consent: str | Unset = UNSET
    order_confirmation_contact_email: str | Unset = UNSET
    is_order_terms_and_conditions_enabled: bool | Unset = UNSET
    order_terms_and_conditions_type: str | Unset = UNSET
    order_terms_and_conditions_link: str | Unset = UNSET
    order_terms_and_conditions_textarea: str | Unset = UNSET
    should_redirect_to_storefront_for_auth: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_checkout_script_url = self.custom_checkout_script_url

        order_confirmation_use_custom_checkout_script = self.order_confirmation_use_custom_checkout_script

        custom_order_confirmation_script_url = self.custom_order_confirmation_script_url

        custom_checkout_supports_uco_settings = self.custom_checkout_supports_uco_settings

        custom_checkout_sri_hash = self.custom_checkout_sri_hash

        custom_order_confirmation_sri_hash = self.custom_order_confirmation_sri_hash

        checkout_type = self.checkout_type

        guest_checkout_type = self.guest_checkout_type

        guest_checkout_for_existing_accounts = self.guest_checkout_for_existing_accounts

        policy_consent = self.policy_consent

        order_confirmation_contact_email = self.order_confirmation_contact_email

        is_order_terms_and_conditions_enabled = self.is_order_terms_and_conditions_enabled

        order_terms_and_conditions_type = self.order_terms_and_conditions_type

        order_terms_and_conditions_link = self.order_terms_and_conditions_link

        order_terms_and_conditions_textarea = self.order_terms_and_conditions_textarea

        should_redirect_to_storefront_for_auth = self.should_redirect_to_storefront_for_auth

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
        if checkout_type is not UNSET:
            field_dict["checkout_type"] = checkout_type
        if guest_checkout_type is not UNSET:
            field_dict["guest_checkout_type"] = guest_checkout_type
        if guest_checkout_for_existing_accounts is not UNSET:
            field_dict["guest_checkout_for_existing_accounts"] = guest_checkout_for_existing_accounts
        if policy_consent is not UNSET:
            field_dict["policy_consent"] = policy_consent
        if order_confirmation_contact_email is not UNSET:
            field_dict["order_confirmation_contact_email"] = order_confirmation_contact_email
        if is_order_terms_and_conditions_enabled is not UNSET:
            field_dict["is_order_terms_and_conditions_enabled"] = is_order_terms_and_conditions_enabled
        if order_terms_and_conditions_type is not UNSET:
            field_dict["order_terms_and_conditions_type"] = order_terms_and_conditions_type
        if order_terms_and_conditions_link is not UNSET:
            field_dict["order_terms_and_conditions_link"] = order_terms_and_conditions_link
        if order_terms_and_conditions_textarea is not UNSET:
            field_dict["order_terms_and_conditions_textarea"] = order_terms_and_conditions_textarea
        if should_redirect_to_storefront_for_auth is not UNSET:
            field_dict["should_redirect_to_storefront_for_auth"] = should_redirect_to_storefront_for_auth

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

        checkout_type = d.pop("checkout_type", UNSET)

        guest_checkout_type = d.pop("guest_checkout_type", UNSET)

        guest_checkout_for_existing_accounts = d.pop("guest_checkout_for_existing_accounts", UNSET)

        policy_consent = d.pop("policy_consent", UNSET)

        order_confirmation_contact_email = d.pop("order_confirmation_contact_email", UNSET)

        is_order_terms_and_conditions_enabled = d.pop("is_order_terms_and_conditions_enabled", UNSET)

        order_terms_and_conditions_type = d.pop("order_terms_and_conditions_type", UNSET)

        order_terms_and_conditions_link = d.pop("order_terms_and_conditions_link", UNSET)

        order_terms_and_conditions_textarea = d.pop("order_terms_and_conditions_textarea", UNSET)

        should_redirect_to_storefront_for_auth = d.pop("should_redirect_to_storefront_for_auth", UNSET)

        channel_checkout_settings = cls(
            custom_checkout_script_url=custom_checkout_script_url,
            order_confirmation_use_custom_checkout_script=order_confirmation_use_custom_checkout_script,
            custom_order_confirmation_script_url=custom_order_confirmation_script_url,
            custom_checkout_supports_uco_settings=custom_checkout_supports_uco_settings,
            custom_checkout_sri_hash=custom_checkout_sri_hash,
            custom_order_confirmation_sri_hash=custom_order_confirmation_sri_hash,
            checkout_type=checkout_type,
            guest_checkout_type=guest_checkout_type,
            guest_checkout_for_existing_accounts=guest_checkout_for_existing_accounts,
            policy_consent=policy_consent,
            order_confirmation_contact_email=order_confirmation_contact_email,
            is_order_terms_and_conditions_enabled=is_order_terms_and_conditions_enabled,
            order_terms_and_conditions_type=order_terms_and_conditions_type,
            order_terms_and_conditions_link=order_terms_and_conditions_link,
            order_terms_and_conditions_textarea=order_terms_and_conditions_textarea,
            should_redirect_to_storefront_for_auth=should_redirect_to_storefront_for_auth,
        )

        channel_checkout_settings.additional_properties = d
        return channel_checkout_settings

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
