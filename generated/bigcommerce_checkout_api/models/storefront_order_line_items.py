from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_order_gift_certificate import StorefrontOrderGiftCertificate
    from ..models.storefront_order_item import StorefrontOrderItem
    from ..models.storefront_order_line_items_custom_items_type_0_item import (
        StorefrontOrderLineItemsCustomItemsType0Item,
    )


T = TypeVar("T", bound="StorefrontOrderLineItems")


@_attrs_define
class StorefrontOrderLineItems:
    """The order's items, by kind.

    Attributes:
        physical_items (list[StorefrontOrderItem]):
        digital_items (list[StorefrontOrderItem]):
        gift_certificates (list[StorefrontOrderGiftCertificate]):
        custom_items (list[StorefrontOrderLineItemsCustomItemsType0Item] | None | Unset):
    """

    physical_items: list[StorefrontOrderItem]
    digital_items: list[StorefrontOrderItem]
    gift_certificates: list[StorefrontOrderGiftCertificate]
    custom_items: list[StorefrontOrderLineItemsCustomItemsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        physical_items = []
        for physical_items_item_data in self.physical_items:
            physical_items_item = physical_items_item_data.to_dict()
            physical_items.append(physical_items_item)

        digital_items = []
        for digital_items_item_data in self.digital_items:
            digital_items_item = digital_items_item_data.to_dict()
            digital_items.append(digital_items_item)

        gift_certificates = []
        for gift_certificates_item_data in self.gift_certificates:
            gift_certificates_item = gift_certificates_item_data.to_dict()
            gift_certificates.append(gift_certificates_item)

        custom_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_items, Unset):
            custom_items = UNSET
        elif isinstance(self.custom_items, list):
            custom_items = []
            for custom_items_type_0_item_data in self.custom_items:
                custom_items_type_0_item = custom_items_type_0_item_data.to_dict()
                custom_items.append(custom_items_type_0_item)

        else:
            custom_items = self.custom_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "physicalItems": physical_items,
                "digitalItems": digital_items,
                "giftCertificates": gift_certificates,
            }
        )
        if custom_items is not UNSET:
            field_dict["customItems"] = custom_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        physical_items = []
        _physical_items = d.pop("physicalItems")
        for physical_items_item_data in _physical_items:
            physical_items_item = StorefrontOrderItem.from_dict(physical_items_item_data)

            physical_items.append(physical_items_item)

        digital_items = []
        _digital_items = d.pop("digitalItems")
        for digital_items_item_data in _digital_items:
            digital_items_item = StorefrontOrderItem.from_dict(digital_items_item_data)

            digital_items.append(digital_items_item)

        gift_certificates = []
        _gift_certificates = d.pop("giftCertificates")
        for gift_certificates_item_data in _gift_certificates:
            gift_certificates_item = StorefrontOrderGiftCertificate.from_dict(gift_certificates_item_data)

            gift_certificates.append(gift_certificates_item)

        def _parse_custom_items(
            data: object,
        ) -> list[StorefrontOrderLineItemsCustomItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_items_type_0 = []
                _custom_items_type_0 = data
                for custom_items_type_0_item_data in _custom_items_type_0:
                    custom_items_type_0_item = StorefrontOrderLineItemsCustomItemsType0Item.from_dict(
                        custom_items_type_0_item_data
                    )

                    custom_items_type_0.append(custom_items_type_0_item)

                return custom_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"custom_items: a {type(data).__name__} fits none of the declared types")

        custom_items = _parse_custom_items(d.pop("customItems", UNSET))

        storefront_order_line_items = cls(
            physical_items=physical_items,
            digital_items=digital_items,
            gift_certificates=gift_certificates,
            custom_items=custom_items,
        )

        storefront_order_line_items.additional_properties = d
        return storefront_order_line_items

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
from ..models.storefront_order_gift_certificate import StorefrontOrderGiftCertificate  # noqa: E402
from ..models.storefront_order_item import StorefrontOrderItem  # noqa: E402
from ..models.storefront_order_line_items_custom_items_type_0_item import (
    StorefrontOrderLineItemsCustomItemsType0Item,  # noqa: E402
)
