from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consignment_address_request import ConsignmentAddressRequest
    from ..models.consignment_line_item import ConsignmentLineItem
    from ..models.pickup_option import PickupOption


T = TypeVar("T", bound="ConsignmentCreate")


@_attrs_define
class ConsignmentCreate:
    """A shipping address and the items that go there.

    Attributes:
        address (ConsignmentAddressRequest | Unset): The address a consignment ships to.
        line_items (list[ConsignmentLineItem] | Unset):
        pickup_option (PickupOption | Unset): Makes the consignment a pickup instead of a shipment; it then takes no
            shipping option.
        version (int | Unset): The checkout version you last read. BigCommerce answers 409 instead of applying the
            change
            when the checkout has moved on since.
    """

    address: ConsignmentAddressRequest | Unset = UNSET
    line_items: list[ConsignmentLineItem] | Unset = UNSET
    pickup_option: PickupOption | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        pickup_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_option, Unset):
            pickup_option = self.pickup_option.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if pickup_option is not UNSET:
            field_dict["pickup_option"] = pickup_option
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: ConsignmentAddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ConsignmentAddressRequest.from_dict(_address)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[ConsignmentLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = ConsignmentLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _pickup_option = d.pop("pickup_option", UNSET)
        pickup_option: PickupOption | Unset
        if isinstance(_pickup_option, Unset):
            pickup_option = UNSET
        else:
            pickup_option = PickupOption.from_dict(_pickup_option)

        version = d.pop("version", UNSET)

        consignment_create = cls(
            address=address,
            line_items=line_items,
            pickup_option=pickup_option,
            version=version,
        )

        consignment_create.additional_properties = d
        return consignment_create

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
from ..models.consignment_address_request import ConsignmentAddressRequest  # noqa: E402
from ..models.consignment_line_item import ConsignmentLineItem  # noqa: E402
from ..models.pickup_option import PickupOption  # noqa: E402
