from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        id (str): The line item id.
        message (str): The message to the recipient, at most 200 characters.
        name (str): Its name, for example `$20 Gift Certificate`.
        recipient (Contact): A person's name and email.
        sender (Contact): A person's name and email.
        taxable (bool):
        theme (str): The design, for example `Birthday` or `General`.
        type_ (None | str | Unset): The item kind, `giftCertificate`.
    """

    amount: float
    id: str
    message: str
    name: str
    recipient: Contact
    sender: Contact
    taxable: bool
    theme: str
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        id = self.id

        message = self.message

        name = self.name

        recipient = self.recipient.to_dict()

        sender = self.sender.to_dict()

        taxable = self.taxable

        theme = self.theme

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "id": id,
                "message": message,
                "name": name,
                "recipient": recipient,
                "sender": sender,
                "taxable": taxable,
                "theme": theme,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        id = d.pop("id")

        message = d.pop("message")

        name = d.pop("name")

        recipient = Contact.from_dict(d.pop("recipient"))

        sender = Contact.from_dict(d.pop("sender"))

        taxable = d.pop("taxable")

        theme = d.pop("theme")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        storefront_gift_certificate_item = cls(
            amount=amount,
            id=id,
            message=message,
            name=name,
            recipient=recipient,
            sender=sender,
            taxable=taxable,
            theme=theme,
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
