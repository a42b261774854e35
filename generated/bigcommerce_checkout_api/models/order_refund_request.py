from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_item_input import OrderRefundItemInput
    from ..models.order_refund_override import OrderRefundOverride
    from ..models.order_refund_payment_input import OrderRefundPaymentInput


T = TypeVar("T", bound="OrderRefundRequest")


@_attrs_define
class OrderRefundRequest:
    """A refund: what is refunded (`items`, or `tax_adjustment_amount`) and how it is paid back
    (`payments`, the amounts of one of the quote's `refund_methods`).

        Attributes:
            items (list[OrderRefundItemInput] | Unset):
            payments (list[OrderRefundPaymentInput] | Unset):
            tax_adjustment_amount (float | Unset): Tax charged too much, to pay back on its own.
            merchant_calculated_override (OrderRefundOverride | Unset): The refund's total and tax as you computed them,
                replacing BigCommerce's.
    """

    items: list[OrderRefundItemInput] | Unset = UNSET
    payments: list[OrderRefundPaymentInput] | Unset = UNSET
    tax_adjustment_amount: float | Unset = UNSET
    merchant_calculated_override: OrderRefundOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        tax_adjustment_amount = self.tax_adjustment_amount

        merchant_calculated_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_calculated_override, Unset):
            merchant_calculated_override = self.merchant_calculated_override.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if payments is not UNSET:
            field_dict["payments"] = payments
        if tax_adjustment_amount is not UNSET:
            field_dict["tax_adjustment_amount"] = tax_adjustment_amount
        if merchant_calculated_override is not UNSET:
            field_dict["merchant_calculated_override"] = merchant_calculated_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[OrderRefundItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderRefundItemInput.from_dict(items_item_data)

                items.append(items_item)

        _payments = d.pop("payments", UNSET)
        payments: list[OrderRefundPaymentInput] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = OrderRefundPaymentInput.from_dict(payments_item_data)

                payments.append(payments_item)

        tax_adjustment_amount = d.pop("tax_adjustment_amount", UNSET)

        _merchant_calculated_override = d.pop("merchant_calculated_override", UNSET)
        merchant_calculated_override: OrderRefundOverride | Unset
        if isinstance(_merchant_calculated_override, Unset):
            merchant_calculated_override = UNSET
        else:
            merchant_calculated_override = OrderRefundOverride.from_dict(_merchant_calculated_override)

        order_refund_request = cls(
            items=items,
            payments=payments,
            tax_adjustment_amount=tax_adjustment_amount,
            merchant_calculated_override=merchant_calculated_override,
        )

        order_refund_request.additional_properties = d
        return order_refund_request

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
from ..models.order_refund_item_input import OrderRefundItemInput  # noqa: E402
from ..models.order_refund_override import OrderRefundOverride  # noqa: E402
from ..models.order_refund_payment_input import OrderRefundPaymentInput  # noqa: E402
