from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_consignment_line_item import OrderConsignmentLineItem


T = TypeVar("T", bound="OrderDigitalConsignment")


@_attrs_define
class OrderDigitalConsignment:
    """Digital items sent by email.

    Attributes:
        recipient_email (None | str | Unset): Where the items are sent.
        line_items (list[OrderConsignmentLineItem] | None | Unset): The consignment's products: links to them, or (with
            `include=consignments.line_items`) the products.
    """

    recipient_email: None | str | Unset = UNSET
    line_items: list[OrderConsignmentLineItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_email: None | str | Unset
        if isinstance(self.recipient_email, Unset):
            recipient_email = UNSET
        else:
            recipient_email = self.recipient_email

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
        if recipient_email is not UNSET:
            field_dict["recipient_email"] = recipient_email
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_recipient_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient_email = _parse_recipient_email(d.pop("recipient_email", UNSET))

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

        order_digital_consignment = cls(
            recipient_email=recipient_email,
            line_items=line_items,
        )

        order_digital_consignment.additional_properties = d
        return order_digital_consignment

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
