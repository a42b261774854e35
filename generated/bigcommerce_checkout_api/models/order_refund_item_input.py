from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_refund_item_input_item_type import OrderRefundItemInputItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_adjustment_input import OrderRefundAdjustmentInput


T = TypeVar("T", bound="OrderRefundItemInput")


@_attrs_define
class OrderRefundItemInput:
    """Something to refund: a product line or its gift wrapping (`item_id` is the order product's
    id, with a `quantity`), shipping or handling (the shipping address's id, with an
    `amount`), a fee, the tax, or an amount off the whole order (`ORDER`, the order's id).

        Attributes:
            item_type (OrderRefundItemInputItemType):
            item_id (int): The id of what is refunded (see above).
            quantity (int | Unset): How many to refund (products and gift wrapping).
            amount (float | Unset): The amount to refund (shipping, handling, fees, tax, the whole order).
            adjustments (list[OrderRefundAdjustmentInput] | Unset): Amounts to take off what a product line refunds (each
                negative).
            reason (str | Unset): Why it is refunded.
    """

    item_type: OrderRefundItemInputItemType
    item_id: int
    quantity: int | Unset = UNSET
    amount: float | Unset = UNSET
    adjustments: list[OrderRefundAdjustmentInput] | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type = self.item_type.value

        item_id = self.item_id

        quantity = self.quantity

        amount = self.amount

        adjustments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustments, Unset):
            adjustments = []
            for adjustments_item_data in self.adjustments:
                adjustments_item = adjustments_item_data.to_dict()
                adjustments.append(adjustments_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_id": item_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if adjustments is not UNSET:
            field_dict["adjustments"] = adjustments
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_type = OrderRefundItemInputItemType(d.pop("item_type"))

        item_id = d.pop("item_id")

        quantity = d.pop("quantity", UNSET)

        amount = d.pop("amount", UNSET)

        _adjustments = d.pop("adjustments", UNSET)
        adjustments: list[OrderRefundAdjustmentInput] | Unset = UNSET
        if _adjustments is not UNSET:
            adjustments = []
            for adjustments_item_data in _adjustments:
                adjustments_item = OrderRefundAdjustmentInput.from_dict(adjustments_item_data)

                adjustments.append(adjustments_item)

        reason = d.pop("reason", UNSET)

        order_refund_item_input = cls(
            item_type=item_type,
            item_id=item_id,
            quantity=quantity,
            amount=amount,
            adjustments=adjustments,
            reason=reason,
        )

        order_refund_item_input.additional_properties = d
        return order_refund_item_input

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
from ..models.order_refund_adjustment_input import OrderRefundAdjustmentInput  # noqa: E402
