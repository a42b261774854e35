from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_transaction_result import OrderTransactionResult


T = TypeVar("T", bound="OrderTransactionCreatedEventData")


@_attrs_define
class OrderTransactionCreatedEventData:
    """A payment transaction recorded for an order.

    Attributes:
        order_id (str): The order's id (a string here).
        transaction_id (str):
        type_ (str | Unset):
        transaction_status (str | Unset):
        transaction_type (str | Unset):
        result (OrderTransactionResult | Unset): What the payment provider answered.
        platform_transaction_id (str | Unset):
        provider_transaction_id (str | Unset):
    """

    order_id: str
    transaction_id: str
    type_: str | Unset = UNSET
    transaction_status: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    result: OrderTransactionResult | Unset = UNSET
    platform_transaction_id: str | Unset = UNSET
    provider_transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        transaction_id = self.transaction_id

        type_ = self.type_

        transaction_status = self.transaction_status

        transaction_type = self.transaction_type

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        platform_transaction_id = self.platform_transaction_id

        provider_transaction_id = self.provider_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "transaction_id": transaction_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transaction_status is not UNSET:
            field_dict["transaction_status"] = transaction_status
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if result is not UNSET:
            field_dict["result"] = result
        if platform_transaction_id is not UNSET:
            field_dict["platform_transaction_id"] = platform_transaction_id
        if provider_transaction_id is not UNSET:
            field_dict["provider_transaction_id"] = provider_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        transaction_id = d.pop("transaction_id")

        type_ = d.pop("type", UNSET)

        transaction_status = d.pop("transaction_status", UNSET)

        transaction_type = d.pop("transaction_type", UNSET)

        _result = d.pop("result", UNSET)
        result: OrderTransactionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = OrderTransactionResult.from_dict(_result)

        platform_transaction_id = d.pop("platform_transaction_id", UNSET)

        provider_transaction_id = d.pop("provider_transaction_id", UNSET)

        order_transaction_created_event_data = cls(
            order_id=order_id,
            transaction_id=transaction_id,
            type_=type_,
            transaction_status=transaction_status,
            transaction_type=transaction_type,
            result=result,
            platform_transaction_id=platform_transaction_id,
            provider_transaction_id=provider_transaction_id,
        )

        order_transaction_created_event_data.additional_properties = d
        return order_transaction_created_event_data

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
from ..models.order_transaction_result import OrderTransactionResult  # noqa: E402
