from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_admin_hook import WebhookAdminHook
    from ..models.webhook_blocked_domain import WebhookBlockedDomain


T = TypeVar("T", bound="WebhookAdmin")


@_attrs_define
class WebhookAdmin:
    """An API account's subscriptions, blocked destinations and notification addresses.

    Attributes:
        emails (list[str] | None | Unset): Who is told when a destination is blocked or a webhook switched off.
        hooks_list (list[WebhookAdminHook] | None | Unset): The account's webhooks (filtered by `is_active` when given).
        blocked_domains (list[WebhookBlockedDomain] | None | Unset): Destinations BigCommerce does not deliver to for
            now, because too many deliveries failed.
    """

    emails: list[str] | None | Unset = UNSET
    hooks_list: list[WebhookAdminHook] | None | Unset = UNSET
    blocked_domains: list[WebhookBlockedDomain] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        hooks_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.hooks_list, Unset):
            hooks_list = UNSET
        elif isinstance(self.hooks_list, list):
            hooks_list = []
            for hooks_list_type_0_item_data in self.hooks_list:
                hooks_list_type_0_item = hooks_list_type_0_item_data.to_dict()
                hooks_list.append(hooks_list_type_0_item)

        else:
            hooks_list = self.hooks_list

        blocked_domains: list[dict[str, Any]] | None | Unset
        if isinstance(self.blocked_domains, Unset):
            blocked_domains = UNSET
        elif isinstance(self.blocked_domains, list):
            blocked_domains = []
            for blocked_domains_type_0_item_data in self.blocked_domains:
                blocked_domains_type_0_item = blocked_domains_type_0_item_data.to_dict()
                blocked_domains.append(blocked_domains_type_0_item)

        else:
            blocked_domains = self.blocked_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if hooks_list is not UNSET:
            field_dict["hooks_list"] = hooks_list
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = cast(list[str], data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"emails: a {type(data).__name__} fits none of the declared types")

        emails = _parse_emails(d.pop("emails", UNSET))

        def _parse_hooks_list(data: object) -> list[WebhookAdminHook] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hooks_list_type_0 = []
                _hooks_list_type_0 = data
                for hooks_list_type_0_item_data in _hooks_list_type_0:
                    hooks_list_type_0_item = WebhookAdminHook.from_dict(hooks_list_type_0_item_data)

                    hooks_list_type_0.append(hooks_list_type_0_item)

                return hooks_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"hooks_list: a {type(data).__name__} fits none of the declared types")

        hooks_list = _parse_hooks_list(d.pop("hooks_list", UNSET))

        def _parse_blocked_domains(data: object) -> list[WebhookBlockedDomain] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_domains_type_0 = []
                _blocked_domains_type_0 = data
                for blocked_domains_type_0_item_data in _blocked_domains_type_0:
                    blocked_domains_type_0_item = WebhookBlockedDomain.from_dict(
                        blocked_domains_type_0_item_data
                    )

                    blocked_domains_type_0.append(blocked_domains_type_0_item)

                return blocked_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"blocked_domains: a {type(data).__name__} fits none of the declared types")

        blocked_domains = _parse_blocked_domains(d.pop("blocked_domains", UNSET))

        webhook_admin = cls(
            emails=emails,
            hooks_list=hooks_list,
            blocked_domains=blocked_domains,
        )

        webhook_admin.additional_properties = d
        return webhook_admin

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
from ..models.webhook_admin_hook import WebhookAdminHook  # noqa: E402
from ..models.webhook_blocked_domain import WebhookBlockedDomain  # noqa: E402
