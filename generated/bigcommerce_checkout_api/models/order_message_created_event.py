from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_message_created_event_scope import OrderMessageCreatedEventScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_message_created_event_data import OrderMessageCreatedEventData


T = TypeVar("T", bound="OrderMessageCreatedEvent")


@_attrs_define
class OrderMessageCreatedEvent:
    """`store/order/message/created`: A message was added to an order.

    Attributes:
        store_id (str): The store's numeric id, as a string.
        hash_ (str): A fingerprint of the event; a delivery repeated by BigCommerce carries the same one.
        scope (OrderMessageCreatedEventScope):
        data (OrderMessageCreatedEventData): The order and its new message.
        created_at (int | Unset): When the event happened, in seconds since 1970 (UTC).
        producer (str | Unset): Who sent it, `stores/{store_hash}`.
    """

    store_id: str
    hash_: str
    scope: OrderMessageCreatedEventScope
    data: OrderMessageCreatedEventData
    created_at: int | Unset = UNSET
    producer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_id = self.store_id

        hash_ = self.hash_

        scope = self.scope.value

        data = self.data.to_dict()

        created_at = self.created_at

        producer = self.producer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_id": store_id,
                "hash": hash_,
                "scope": scope,
                "data": data,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if producer is not UNSET:
            field_dict["producer"] = producer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        store_id = d.pop("store_id")

        hash_ = d.pop("hash")

        scope = OrderMessageCreatedEventScope(d.pop("scope"))

        data = OrderMessageCreatedEventData.from_dict(d.pop("data"))

        created_at = d.pop("created_at", UNSET)

        producer = d.pop("producer", UNSET)

        order_message_created_event = cls(
            store_id=store_id,
            hash_=hash_,
            scope=scope,
            data=data,
            created_at=created_at,
            producer=producer,
        )

        order_message_created_event.additional_properties = d
        return order_message_created_event

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
from ..models.order_message_created_event_data import OrderMessageCreatedEventData  # noqa: E402
