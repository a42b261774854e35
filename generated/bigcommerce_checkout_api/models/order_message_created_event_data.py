from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_message_ref import OrderMessageRef


T = TypeVar("T", bound="OrderMessageCreatedEventData")


@_attrs_define
class OrderMessageCreatedEventData:
    """The order and its new message.

    Attributes:
        id (int):
        message (OrderMessageRef): Which message was added.
        type_ (str | Unset):
    """

    id: int
    message: OrderMessageRef
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message = OrderMessageRef.from_dict(d.pop("message"))

        type_ = d.pop("type", UNSET)

        order_message_created_event_data = cls(
            id=id,
            message=message,
            type_=type_,
        )

        order_message_created_event_data.additional_properties = d
        return order_message_created_event_data

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
from ..models.order_message_ref import OrderMessageRef  # noqa: E402
