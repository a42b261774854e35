from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_billing_address_input import OrderBillingAddressInput


T = TypeVar("T", bound="OrderUpdateRequest")


@_attrs_define
class OrderUpdateRequest:
    """The changes to make to an order; fields left out do not change.

    Attributes:
        status_id (int | Unset): The new status's id; `OrderStatusId` names them (5 is Cancelled).
        customer_message (str | Unset): The shopper's comment on the order.
        staff_notes (str | Unset): Notes for staff, never shown to the shopper.
        external_order_id (str | Unset): The order's id in another system.
        payment_method (str | Unset): The name of the payment method, such as `Cash on delivery`.
        payment_provider_id (str | Unset): The payment provider's id of the payment.
        customer_id (int | Unset): The customer the order belongs to; 0 for a guest.
        billing_address (OrderBillingAddressInput | Unset): A billing address to set on an order (the postal code is
            required).
    """

    status_id: int | Unset = UNSET
    customer_message: str | Unset = UNSET
    staff_notes: str | Unset = UNSET
    external_order_id: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_provider_id: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    billing_address: OrderBillingAddressInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        customer_message = self.customer_message

        staff_notes = self.staff_notes

        external_order_id = self.external_order_id

        payment_method = self.payment_method

        payment_provider_id = self.payment_provider_id

        customer_id = self.customer_id

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if customer_message is not UNSET:
            field_dict["customer_message"] = customer_message
        if staff_notes is not UNSET:
            field_dict["staff_notes"] = staff_notes
        if external_order_id is not UNSET:
            field_dict["external_order_id"] = external_order_id
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_provider_id is not UNSET:
            field_dict["payment_provider_id"] = payment_provider_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_id = d.pop("status_id", UNSET)

        customer_message = d.pop("customer_message", UNSET)

        staff_notes = d.pop("staff_notes", UNSET)

        external_order_id = d.pop("external_order_id", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        payment_provider_id = d.pop("payment_provider_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: OrderBillingAddressInput | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = OrderBillingAddressInput.from_dict(_billing_address)

        order_update_request = cls(
            status_id=status_id,
            customer_message=customer_message,
            staff_notes=staff_notes,
            external_order_id=external_order_id,
            payment_method=payment_method,
            payment_provider_id=payment_provider_id,
            customer_id=customer_id,
            billing_address=billing_address,
        )

        order_update_request.additional_properties = d
        return order_update_request

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
from ..models.order_billing_address_input import OrderBillingAddressInput  # noqa: E402
