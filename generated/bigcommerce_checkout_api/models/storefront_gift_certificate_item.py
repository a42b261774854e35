from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="StorefrontGiftCertificateItem")


@_attrs_define
class StorefrontGiftCertificateItem:
    """A gift certificate being bought.

    Attributes:
        amount (float): Its value, from 1 to 1000.
        recipient (Contact): A person's name and email.
        sender (Contact): A person's name and email.
        theme (str): The design, for example `Birthday` or `General`.
        id (str | Unset): The line item id.
        message (str | Unset): The message to the recipient, at most 200 characters.
        name (str | Unset): Its name, for example `$20 Gift Certificate`.
        taxable (bool | Unset):
        type_ (str | Unset): The item kind, `giftCertificate`.
    """

    amount: float
    recipient: Contact
    sender: Contact
    theme: str
    id: str | Unset = UNSET
    message: str | Unset = UNSET
    name: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        recipient = self.recipient.to_dict()

        sender = self.sender.to_dict()

        theme = self.theme

        id = self.id

        message = self.message

        name = self.name

        taxable = self.taxable

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "recipient": recipient,
                "sender": sender,
                "theme": theme,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if name is not UNSET:
            field_dict["name"] = name
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        recipient = Contact.from_dict(d.pop("recipient"))

        sender = Contact.from_dict(d.pop("sender"))

        theme = d.pop("theme")

        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        name = d.pop("name", UNSET)

        taxable = d.pop("taxable", UNSET)

        type_ = d.pop("type", UNSET)

        storefront_gift_certificate_item = cls(
            amount=amount,
            recipient=recipient,
            sender=sender,
            theme=theme,
            id=id,
            message=message,
            name=name,
            taxable=taxable,
            type_=type_,
        )

        storefront_gift_certificate_item.additional_properties = d
        return storefront_gift_certificate_item

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
