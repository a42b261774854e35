from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_gift_certificate_input import StorefrontGiftCertificateInput
    from ..models.storefront_line_item_input import StorefrontLineItemInput


T = TypeVar("T", bound="StorefrontLineItemUpdate")


@_attrs_define
class StorefrontLineItemUpdate:
    """The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.

    Attributes:
        line_item (StorefrontLineItemInput | Unset): A product line item's new quantity and gift wrapping.
        gift_certificate (StorefrontGiftCertificateInput | Unset): The new details of a gift certificate being bought.
    """

    line_item: StorefrontLineItemInput | Unset = UNSET
    gift_certificate: StorefrontGiftCertificateInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_item, Unset):
            line_item = self.line_item.to_dict()

        gift_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_certificate, Unset):
            gift_certificate = self.gift_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if gift_certificate is not UNSET:
            field_dict["giftCertificate"] = gift_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _line_item = d.pop("lineItem", UNSET)
        line_item: StorefrontLineItemInput | Unset
        if isinstance(_line_item, Unset):
            line_item = UNSET
        else:
            line_item = StorefrontLineItemInput.from_dict(_line_item)

        _gift_certificate = d.pop("giftCertificate", UNSET)
        gift_certificate: StorefrontGiftCertificateInput | Unset
        if isinstance(_gift_certificate, Unset):
            gift_certificate = UNSET
        else:
            gift_certificate = StorefrontGiftCertificateInput.from_dict(_gift_certificate)

        storefront_line_item_update = cls(
            line_item=line_item,
            gift_certificate=gift_certificate,
        )

        storefront_line_item_update.additional_properties = d
        return storefront_line_item_update

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
from ..models.storefront_gift_certificate_input import StorefrontGiftCertificateInput  # noqa: E402
from ..models.storefront_line_item_input import StorefrontLineItemInput  # noqa: E402
