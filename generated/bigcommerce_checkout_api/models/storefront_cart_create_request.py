from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_cart_gift_certificate_input import (
        StorefrontCartGiftCertificateInput,
    )
    from ..models.storefront_cart_line_item_input import StorefrontCartLineItemInput


T = TypeVar("T", bound="StorefrontCartCreateRequest")


@_attrs_define
class StorefrontCartCreateRequest:
    """A new cart for the session; give `lineItems`, `giftCertificates` or both.

    Attributes:
        line_items (list[StorefrontCartLineItemInput] | Unset):
        gift_certificates (list[StorefrontCartGiftCertificateInput] | Unset):
        locale (str | Unset): The shopper's locale, for example `en-GB`.
    """

    line_items: list[StorefrontCartLineItemInput] | Unset = UNSET
    gift_certificates: list[StorefrontCartGiftCertificateInput] | Unset = UNSET
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        gift_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gift_certificates, Unset):
            gift_certificates = []
            for gift_certificates_item_data in self.gift_certificates:
                gift_certificates_item = gift_certificates_item_data.to_dict()
                gift_certificates.append(gift_certificates_item)

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if gift_certificates is not UNSET:
            field_dict["giftCertificates"] = gift_certificates
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _line_items = d.pop("lineItems", UNSET)
        line_items: list[StorefrontCartLineItemInput] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = StorefrontCartLineItemInput.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _gift_certificates = d.pop("giftCertificates", UNSET)
        gift_certificates: list[StorefrontCartGiftCertificateInput] | Unset = UNSET
        if _gift_certificates is not UNSET:
            gift_certificates = []
            for gift_certificates_item_data in _gift_certificates:
                gift_certificates_item = StorefrontCartGiftCertificateInput.from_dict(
                    gift_certificates_item_data
                )

                gift_certificates.append(gift_certificates_item)

        locale = d.pop("locale", UNSET)

        storefront_cart_create_request = cls(
            line_items=line_items,
            gift_certificates=gift_certificates,
            locale=locale,
        )

        storefront_cart_create_request.additional_properties = d
        return storefront_cart_create_request

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
from ..models.storefront_cart_gift_certificate_input import (
    StorefrontCartGiftCertificateInput,  # noqa: E402
)
from ..models.storefront_cart_line_item_input import StorefrontCartLineItemInput  # noqa: E402
