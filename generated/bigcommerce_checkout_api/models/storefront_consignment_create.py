from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_consignment_address_request import (
        StorefrontConsignmentAddressRequest,
    )
    from ..models.storefront_consignment_create_shipping_address import (
        StorefrontConsignmentCreateShippingAddress,
    )
    from ..models.storefront_consignment_line_item import StorefrontConsignmentLineItem
    from ..models.storefront_pickup_option import StorefrontPickupOption


T = TypeVar("T", bound="StorefrontConsignmentCreate")


@_attrs_define
class StorefrontConsignmentCreate:
    """A destination (address or pickup) and the items going there.

    Attributes:
        shipping_address (StorefrontConsignmentCreateShippingAddress | Unset): Kept for compatibility; send `address`
            instead.
        address (StorefrontConsignmentAddressRequest | Unset): The address a consignment ships to.
        line_items (list[StorefrontConsignmentLineItem] | Unset):
        shipping_option_id (str | Unset): A shipping option to select straight away.
        pickup_option (StorefrontPickupOption | Unset): Makes the consignment a pickup at one of the store's locations
            instead of a shipment.
        version (int | Unset): The checkout version you last read. BigCommerce answers 409 instead of applying the
            change
            when the checkout has moved on since.
    """

    shipping_address: StorefrontConsignmentCreateShippingAddress | Unset = UNSET
    address: StorefrontConsignmentAddressRequest | Unset = UNSET
    line_items: list[StorefrontConsignmentLineItem] | Unset = UNSET
    shipping_option_id: str | Unset = UNSET
    pickup_option: StorefrontPickupOption | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        shipping_option_id = self.shipping_option_id

        pickup_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_option, Unset):
            pickup_option = self.pickup_option.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if address is not UNSET:
            field_dict["address"] = address
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if shipping_option_id is not UNSET:
            field_dict["shippingOptionId"] = shipping_option_id
        if pickup_option is not UNSET:
            field_dict["pickupOption"] = pickup_option
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: StorefrontConsignmentCreateShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = StorefrontConsignmentCreateShippingAddress.from_dict(_shipping_address)

        _address = d.pop("address", UNSET)
        address: StorefrontConsignmentAddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = StorefrontConsignmentAddressRequest.from_dict(_address)

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[StorefrontConsignmentLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = StorefrontConsignmentLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        shipping_option_id = d.pop("shippingOptionId", UNSET)

        _pickup_option = d.pop("pickupOption", UNSET)
        pickup_option: StorefrontPickupOption | Unset
        if isinstance(_pickup_option, Unset):
            pickup_option = UNSET
        else:
            pickup_option = StorefrontPickupOption.from_dict(_pickup_option)

        version = d.pop("version", UNSET)

        storefront_consignment_create = cls(
            shipping_address=shipping_address,
            address=address,
            line_items=line_items,
            shipping_option_id=shipping_option_id,
            pickup_option=pickup_option,
            version=version,
        )

        storefront_consignment_create.additional_properties = d
        return storefront_consignment_create

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
from ..models.storefront_consignment_address_request import (
    StorefrontConsignmentAddressRequest,  # noqa: E402
)
from ..models.storefront_consignment_create_shipping_address import (
    StorefrontConsignmentCreateShippingAddress,  # noqa: E402
)
from ..models.storefront_consignment_line_item import StorefrontConsignmentLineItem  # noqa: E402
from ..models.storefront_pickup_option import StorefrontPickupOption  # noqa: E402
