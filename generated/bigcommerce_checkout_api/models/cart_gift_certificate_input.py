from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_gift_certificate_input_theme import CartGiftCertificateInputTheme
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="CartGiftCertificateInput")


@_attrs_define
class CartGiftCertificateInput:
    """A gift certificate to buy.

    Attributes:
        name (str): Its name, for example `$25 gift certificate`.
        theme (CartGiftCertificateInputTheme): The design it is sent with.
        amount (float): Its value.
        quantity (int): How many.
        sender (Contact): A person's name and email.
        recipient (Contact): A person's name and email.
        message (str | Unset): The message to the recipient.
    """

    name: str
    theme: CartGiftCertificateInputTheme
    amount: float
    quantity: int
    sender: Contact
    recipient: Contact
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        theme = self.theme.value

        amount = self.amount

        quantity = self.quantity

        sender = self.sender.to_dict()

        recipient = self.recipient.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "theme": theme,
                "amount": amount,
                "quantity": quantity,
                "sender": sender,
                "recipient": recipient,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        theme = CartGiftCertificateInputTheme(d.pop("theme"))

        amount = d.pop("amount")

        quantity = d.pop("quantity")

        sender = Contact.from_dict(d.pop("sender"))

        recipient = Contact.from_dict(d.pop("recipient"))

        message = d.pop("message", UNSET)

        cart_gift_certificate_input = cls(
            name=name,
            theme=theme,
            amount=amount,
            quantity=quantity,
            sender=sender,
            recipient=recipient,
            message=message,
        )

        cart_gift_certificate_input.additional_properties = d
        return cart_gift_certificate_input

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
from ..models.contact import Contact  # noqa: E402
