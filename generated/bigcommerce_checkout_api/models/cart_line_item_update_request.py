from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_custom_item_input import CartCustomItemInput
    from ..models.cart_gift_certificate_input import CartGiftCertificateInput
    from ..models.cart_line_item_input import CartLineItemInput


T = TypeVar("T", bound="CartLineItemUpdateRequest")


@_attrs_define
class CartLineItemUpdateRequest:
    """The new state of one line item.

    Attributes:
        line_item (CartLineItemInput | Unset): A catalog product to put in the cart. Name the variant with `variant_id`,
            or the options
            with `option_selections` (needed for modifiers such as a printed text).
        gift_certificates (list[CartGiftCertificateInput] | Unset):
        custom_items (list[CartCustomItemInput] | Unset):
        version (int | Unset): The cart's `version` as you read it; a changed cart answers 409.
    """

    line_item: CartLineItemInput | Unset = UNSET
    gift_certificates: list[CartGiftCertificateInput] | Unset = UNSET
    custom_items: list[CartCustomItemInput] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_item, Unset):
            line_item = self.line_item.to_dict()

        gift_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gift_certificates, Unset):
            gift_certificates = []
            for gift_certificates_item_data in self.gift_certificates:
                gift_certificates_item = gift_certificates_item_data.to_dict()
                gift_certificates.append(gift_certificates_item)

        custom_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = []
            for custom_items_item_data in self.custom_items:
                custom_items_item = custom_items_item_data.to_dict()
                custom_items.append(custom_items_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item is not UNSET:
            field_dict["line_item"] = line_item
        if gift_certificates is not UNSET:
            field_dict["gift_certificates"] = gift_certificates
        if custom_items is not UNSET:
            field_dict["custom_items"] = custom_items
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _line_item = d.pop("line_item", UNSET)
        line_item: CartLineItemInput | Unset
        if isinstance(_line_item, Unset):
            line_item = UNSET
        else:
            line_item = CartLineItemInput.from_dict(_line_item)

        _gift_certificates = d.pop("gift_certificates", UNSET)
        gift_certificates: list[CartGiftCertificateInput] | Unset = UNSET
        if _gift_certificates is not UNSET:
            gift_certificates = []
            for gift_certificates_item_data in _gift_certificates:
                gift_certificates_item = CartGiftCertificateInput.from_dict(gift_certificates_item_data)

                gift_certificates.append(gift_certificates_item)

        _custom_items = d.pop("custom_items", UNSET)
        custom_items: list[CartCustomItemInput] | Unset = UNSET
        if _custom_items is not UNSET:
            custom_items = []
            for custom_items_item_data in _custom_items:
                custom_items_item = CartCustomItemInput.from_dict(custom_items_item_data)

                custom_items.append(custom_items_item)

        version = d.pop("version", UNSET)

        cart_line_item_update_request = cls(
            line_item=line_item,
            gift_certificates=gift_certificates,
            custom_items=custom_items,
            version=version,
        )

        cart_line_item_update_request.additional_properties = d
        return cart_line_item_update_request

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
from ..models.cart_custom_item_input import CartCustomItemInput  # noqa: E402
from ..models.cart_gift_certificate_input import CartGiftCertificateInput  # noqa: E402
from ..models.cart_line_item_input import CartLineItemInput  # noqa: E402
