from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="GiftCertificateItem")


@_attrs_define
class GiftCertificateItem:
    """A gift certificate being bought.

    Attributes:
        id (str): The line item id.
        name (str): Its name.
        theme (str): The design it is sent with.
        amount (float): Its value.
        taxable (bool): Whether tax applies.
        sender (Contact): A person's name and email.
        recipient (Contact): A person's name and email.
        message (str): The message to the recipient.
    """

    id: str
    name: str
    theme: str
    amount: float
    taxable: bool
    sender: Contact
    recipient: Contact
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        theme = self.theme

        amount = self.amount

        taxable = self.taxable

        sender = self.sender.to_dict()

        recipient = self.recipient.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "theme": theme,
                "amount": amount,
                "taxable": taxable,
                "sender": sender,
                "recipient": recipient,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        theme = d.pop("theme")

        amount = d.pop("amount")

        taxable = d.pop("taxable")

        sender = Contact.from_dict(d.pop("sender"))

        recipient = Contact.from_dict(d.pop("recipient"))

        message = d.pop("message")

        gift_certificate_item = cls(
            id=id,
            name=name,
            theme=theme,
            amount=amount,
            taxable=taxable,
            sender=sender,
            recipient=recipient,
            message=message,
        )

        gift_certificate_item.additional_properties = d
        return gift_certificate_item

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
