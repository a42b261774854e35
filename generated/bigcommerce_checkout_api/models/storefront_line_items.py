from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_custom_item import StorefrontCustomItem
    from ..models.storefront_gift_certificate_item import StorefrontGiftCertificateItem
    from ..models.storefront_line_item import StorefrontLineItem


T = TypeVar("T", bound="StorefrontLineItems")


@_attrs_define
class StorefrontLineItems:
    """The cart's items, by kind.

    Attributes:
        digital_items (list[StorefrontLineItem]):
        physical_items (list[StorefrontLineItem]):
        custom_items (list[StorefrontCustomItem] | Unset):
        gift_certificates (list[StorefrontGiftCertificateItem] | Unset):
    """

    digital_items: list[StorefrontLineItem]
    physical_items: list[StorefrontLineItem]
    custom_items: list[StorefrontCustomItem] | Unset = UNSET
    gift_certificates: list[StorefrontGiftCertificateItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digital_items = []
        for digital_items_item_data in self.digital_items:
            digital_items_item = digital_items_item_data.to_dict()
            digital_items.append(digital_items_item)

        physical_items = []
        for physical_items_item_data in self.physical_items:
            physical_items_item = physical_items_item_data.to_dict()
            physical_items.append(physical_items_item)

        custom_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = []
            for custom_items_item_data in self.custom_items:
                custom_items_item = custom_items_item_data.to_dict()
                custom_items.append(custom_items_item)

        gift_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gift_certificates, Unset):
            gift_certificates = []
            for gift_certificates_item_data in self.gift_certificates:
                gift_certificates_item = gift_certificates_item_data.to_dict()
                gift_certificates.append(gift_certificates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digitalItems": digital_items,
                "physicalItems": physical_items,
            }
        )
        if custom_items is not UNSET:
            field_dict["customItems"] = custom_items
        if gift_certificates is not UNSET:
            field_dict["giftCertificates"] = gift_certificates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digital_items = []
        _digital_items = d.pop("digitalItems")
        for digital_items_item_data in _digital_items:
            digital_items_item = StorefrontLineItem.from_dict(digital_items_item_data)

            digital_items.append(digital_items_item)

        physical_items = []
        _physical_items = d.pop("physicalItems")
        for physical_items_item_data in _physical_items:
            physical_items_item = StorefrontLineItem.from_dict(physical_items_item_data)

            physical_items.append(physical_items_item)

        _custom_items = d.pop("customItems", UNSET)
        custom_items: list[StorefrontCustomItem] | Unset = UNSET
        if _custom_items is not UNSET:
            custom_items = []
            for custom_items_item_data in _custom_items:
                custom_items_item = StorefrontCustomItem.from_dict(custom_items_item_data)

                custom_items.append(custom_items_item)

        _gift_certificates = d.pop("giftCertificates", UNSET)
        gift_certificates: list[StorefrontGiftCertificateItem] | Unset = UNSET
        if _gift_certificates is not UNSET:
            gift_certificates = []
            for gift_certificates_item_data in _gift_certificates:
                gift_certificates_item = StorefrontGiftCertificateItem.from_dict(gift_certificates_item_data)

                gift_certificates.append(gift_certificates_item)

        storefront_line_items = cls(
            digital_items=digital_items,
            physical_items=physical_items,
            custom_items=custom_items,
            gift_certificates=gift_certificates,
        )

        storefront_line_items.additional_properties = d
        return storefront_line_items

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
from ..models.storefront_custom_item import StorefrontCustomItem  # noqa: E402
from ..models.storefront_gift_certificate_item import StorefrontGiftCertificateItem  # noqa: E402
from ..models.storefront_line_item import StorefrontLineItem  # noqa: E402
