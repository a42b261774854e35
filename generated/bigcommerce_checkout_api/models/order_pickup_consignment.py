from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_consignment_line_item import OrderConsignmentLineItem
    from ..models.order_pickup_location import OrderPickupLocation


T = TypeVar("T", bound="OrderPickupConsignment")


@_attrs_define
class OrderPickupConsignment:
    """Items collected in person.

    Attributes:
        id (int | None | Unset): The pickup consignment's id.
        pickup_method_id (int | None | Unset): The pickup method's id.
        pickup_method_display_name (None | str | Unset): The pickup method's name as the shopper sees it.
        collection_instructions (None | str | Unset): What the shopper must do to collect the items.
        collection_time_description (None | str | Unset): When the items can be collected.
        location (None | OrderPickupLocation | Unset): Where the items are collected.
        line_items (list[OrderConsignmentLineItem] | None | Unset): The consignment's products: links to them, or (with
            `include=consignments.line_items`) the products.
    """

    id: int | None | Unset = UNSET
    pickup_method_id: int | None | Unset = UNSET
    pickup_method_display_name: None | str | Unset = UNSET
    collection_instructions: None | str | Unset = UNSET
    collection_time_description: None | str | Unset = UNSET
    location: None | OrderPickupLocation | Unset = UNSET
    line_items: list[OrderConsignmentLineItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pickup_method_id: int | None | Unset
        if isinstance(self.pickup_method_id, Unset):
            pickup_method_id = UNSET
        else:
            pickup_method_id = self.pickup_method_id

        pickup_method_display_name: None | str | Unset
        if isinstance(self.pickup_method_display_name, Unset):
            pickup_method_display_name = UNSET
        else:
            pickup_method_display_name = self.pickup_method_display_name

        collection_instructions: None | str | Unset
        if isinstance(self.collection_instructions, Unset):
            collection_instructions = UNSET
        else:
            collection_instructions = self.collection_instructions

        collection_time_description: None | str | Unset
        if isinstance(self.collection_time_description, Unset):
            collection_time_description = UNSET
        else:
            collection_time_description = self.collection_time_description

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, OrderPickupLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pickup_method_id is not UNSET:
            field_dict["pickup_method_id"] = pickup_method_id
        if pickup_method_display_name is not UNSET:
            field_dict["pickup_method_display_name"] = pickup_method_display_name
        if collection_instructions is not UNSET:
            field_dict["collection_instructions"] = collection_instructions
        if collection_time_description is not UNSET:
            field_dict["collection_time_description"] = collection_time_description
        if location is not UNSET:
            field_dict["location"] = location
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_pickup_method_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pickup_method_id = _parse_pickup_method_id(d.pop("pickup_method_id", UNSET))

        def _parse_pickup_method_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pickup_method_display_name = _parse_pickup_method_display_name(
            d.pop("pickup_method_display_name", UNSET)
        )

        def _parse_collection_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_instructions = _parse_collection_instructions(d.pop("collection_instructions", UNSET))

        def _parse_collection_time_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_time_description = _parse_collection_time_description(
            d.pop("collection_time_description", UNSET)
        )

        def _parse_location(data: object) -> None | OrderPickupLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = OrderPickupLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"location: a {type(data).__name__} fits none of the declared types")

        location = _parse_location(d.pop("location", UNSET))

        def _parse_line_items(data: object) -> list[OrderConsignmentLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = OrderConsignmentLineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"line_items: a {type(data).__name__} fits none of the declared types")

        line_items = _parse_line_items(d.pop("line_items", UNSET))

        order_pickup_consignment = cls(
            id=id,
            pickup_method_id=pickup_method_id,
            pickup_method_display_name=pickup_method_display_name,
            collection_instructions=collection_instructions,
            collection_time_description=collection_time_description,
            location=location,
            line_items=line_items,
        )

        order_pickup_consignment.additional_properties = d
        return order_pickup_consignment

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
from ..models.order_consignment_line_item import OrderConsignmentLineItem  # noqa: E402
from ..models.order_pickup_location import OrderPickupLocation  # noqa: E402
