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


T = TypeVar("T", bound="StorefrontCartItemUpdateRequest")


@_attrs_define
class StorefrontCartItemUpdateRequest:
    """The new state of one item; send `lineItem` for a product or `giftCertificate` for a gift certificate.

    Attributes:
        line_item (StorefrontCartLineItemInput | Unset): A catalog product for the cart.
        gift_certificate (StorefrontCartGiftCertificateInput | Unset): A gift certificate to buy.
        version (int | Unset): The cart's `version` as you read it; a changed cart answers 409.
    """

    line_item: StorefrontCartLineItemInput | Unset = UNSET
    gift_certificate: StorefrontCartGiftCertificateInput | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_item, Unset):
            line_item = self.line_item.to_dict()

        gift_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_certificate, Unset):
            gift_certificate = self.gift_certificate.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if gift_certificate is not UNSET:
            field_dict["giftCertificate"] = gift_certificate
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _line_item = d.pop("lineItem", UNSET)
        line_item: StorefrontCartLineItemInput | Unset
        if isinstance(_line_item, Unset):
            line_item = UNSET
        else:
            line_item = StorefrontCartLineItemInput.from_dict(_line_item)

        _gift_certificate = d.pop("giftCertificate", UNSET)
        gift_certificate: StorefrontCartGiftCertificateInput | Unset
        if isinstance(_gift_certificate, Unset):
            gift_certificate = UNSET
        else:
            gift_certificate = StorefrontCartGiftCertificateInput.from_dict(_gift_certificate)

        version = d.pop("version", UNSET)

        storefront_cart_item_update_request = cls(
            line_item=line_item,
            gift_certificate=gift_certificate,
            version=version,
        )

        storefront_cart_item_update_request.additional_properties = d
        return storefront_cart_item_update_request

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
