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


T = TypeVar("T", bound="CartLineItemsAddRequest")


@_attrs_define
class CartLineItemsAddRequest:
    """Items to add; give at least one of `line_items`, `custom_items` or `gift_certificates`.

    Attributes:
        line_items (list[CartLineItemInput] | Unset):
        gift_certificates (list[CartGiftCertificateInput] | Unset):
        custom_items (list[CartCustomItemInput] | Unset):
        version (int | Unset): The cart's `version` as you read it; a changed cart answers 409.
    """

    line_items: list[CartLineItemInput] | Unset = UNSET
    gift_certificates: list[CartGiftCertificateInput] | Unset = UNSET
    custom_items: list[CartCustomItemInput] | Unset = UNSET
    version: int | Unset = UNSET
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
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
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
        _line_items = d.pop("line_items", UNSET)
        line_items: list[CartLineItemInput] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = CartLineItemInput.from_dict(line_items_item_data)

                line_items.append(line_items_item)

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

        cart_line_items_add_request = cls(
            line_items=line_items,
            gift_certificates=gift_certificates,
            custom_items=custom_items,
            version=version,
        )

        cart_line_items_add_request.additional_properties = d
        return cart_line_items_add_request

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
