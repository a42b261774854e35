from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_payment_detail_item import StorefrontPaymentDetailItem
from ..models.storefront_payment_provider_type import StorefrontPaymentProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontPayment")


@_attrs_define
class StorefrontPayment:
    """A payment method the checkout is set up with.

    Attributes:
        provider_id (str | Unset): The payment provider.
        gateway_id (None | str | Unset): The gateway, when the provider has several.
        provider_type (StorefrontPaymentProviderType | Unset): How the provider takes payment.
        detail (list[StorefrontPaymentDetailItem] | Unset): Which payment steps the shopper has completed.
    """

    provider_id: str | Unset = UNSET
    gateway_id: None | str | Unset = UNSET
    provider_type: StorefrontPaymentProviderType | Unset = UNSET
    detail: list[StorefrontPaymentDetailItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        gateway_id: None | str | Unset
        if isinstance(self.gateway_id, Unset):
            gateway_id = UNSET
        else:
            gateway_id = self.gateway_id

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type.value

        detail: list[str] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.value
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if gateway_id is not UNSET:
            field_dict["gatewayId"] = gateway_id
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = d.pop("providerId", UNSET)

        def _parse_gateway_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_id = _parse_gateway_id(d.pop("gatewayId", UNSET))

        _provider_type = d.pop("providerType", UNSET)
        provider_type: StorefrontPaymentProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = StorefrontPaymentProviderType(_provider_type)

        _detail = d.pop("detail", UNSET)
        detail: list[StorefrontPaymentDetailItem] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = StorefrontPaymentDetailItem(detail_item_data)

                detail.append(detail_item)

        storefront_payment = cls(
            provider_id=provider_id,
            gateway_id=gateway_id,
            provider_type=provider_type,
            detail=detail,
        )

        storefront_payment.additional_properties = d
        return storefront_payment

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
