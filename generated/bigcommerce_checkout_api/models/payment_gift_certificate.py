from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gift_certificate_type import PaymentGiftCertificateType

T = TypeVar("T", bound="PaymentGiftCertificate")


@_attrs_define
class PaymentGiftCertificate:
    """A gift certificate the shopper owns.

    Attributes:
        type_ (PaymentGiftCertificateType):
        gift_certificate_code (str): The certificate's code.
    """

    type_: PaymentGiftCertificateType
    gift_certificate_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        gift_certificate_code = self.gift_certificate_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "gift_certificate_code": gift_certificate_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentGiftCertificateType(d.pop("type"))

        gift_certificate_code = d.pop("gift_certificate_code")

        payment_gift_certificate = cls(
            type_=type_,
            gift_certificate_code=gift_certificate_code,
        )

        payment_gift_certificate.additional_properties = d
        return payment_gift_certificate

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
