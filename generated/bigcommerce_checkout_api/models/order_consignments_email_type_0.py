from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_gift_certificate_consignment import (
        OrderGiftCertificateConsignment,
    )


T = TypeVar("T", bound="OrderConsignmentsEmailType0")


@_attrs_define
class OrderConsignmentsEmailType0:
    """Email address.

    Attributes:
        gift_certificates (list[OrderGiftCertificateConsignment] | None | Unset): Consignments of gift certificates,
            sent by email.
    """

    gift_certificates: list[OrderGiftCertificateConsignment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gift_certificates: list[dict[str, Any]] | None | Unset
        if isinstance(self.gift_certificates, Unset):
            gift_certificates = UNSET
        elif isinstance(self.gift_certificates, list):
            gift_certificates = []
            for gift_certificates_type_0_item_data in self.gift_certificates:
                gift_certificates_type_0_item = gift_certificates_type_0_item_data.to_dict()
                gift_certificates.append(gift_certificates_type_0_item)

        else:
            gift_certificates = self.gift_certificates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gift_certificates is not UNSET:
            field_dict["gift_certificates"] = gift_certificates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gift_certificates(data: object) -> list[OrderGiftCertificateConsignment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gift_certificates_type_0 = []
                _gift_certificates_type_0 = data
                for gift_certificates_type_0_item_data in _gift_certificates_type_0:
                    gift_certificates_type_0_item = OrderGiftCertificateConsignment.from_dict(
                        gift_certificates_type_0_item_data
                    )

                    gift_certificates_type_0.append(gift_certificates_type_0_item)

                return gift_certificates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"gift_certificates: a {type(data).__name__} fits none of the declared types")

        gift_certificates = _parse_gift_certificates(d.pop("gift_certificates", UNSET))

        order_consignments_email_type_0 = cls(
            gift_certificates=gift_certificates,
        )

        order_consignments_email_type_0.additional_properties = d
        return order_consignments_email_type_0

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
from ..models.order_gift_certificate_consignment import OrderGiftCertificateConsignment  # noqa: E402
