from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_payment_provider_type import StorefrontPaymentProviderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_payment_detail import StorefrontPaymentDetail


T = TypeVar("T", bound="StorefrontPayment")


@_attrs_define
class StorefrontPayment:
    """A payment method the checkout is set up with.

    Attributes:
        provider_id (None | str | Unset): The payment provider.
        gateway_id (None | str | Unset): The gateway, when the provider has several.
        provider_type (None | StorefrontPaymentProviderType | Unset): How the provider takes payment.
        detail (None | StorefrontPaymentDetail | Unset):
    """

    provider_id: None | str | Unset = UNSET
    gateway_id: None | str | Unset = UNSET
    provider_type: None | StorefrontPaymentProviderType | Unset = UNSET
    detail: None | StorefrontPaymentDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        gateway_id: None | str | Unset
        if isinstance(self.gateway_id, Unset):
            gateway_id = UNSET
        else:
            gateway_id = self.gateway_id

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, StorefrontPaymentProviderType):
            provider_type = self.provider_type.value
        else:
            provider_type = self.provider_type

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, StorefrontPaymentDetail):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

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

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("providerId", UNSET))

        def _parse_gateway_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_id = _parse_gateway_id(d.pop("gatewayId", UNSET))

        def _parse_provider_type(data: object) -> None | StorefrontPaymentProviderType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_type_0 = StorefrontPaymentProviderType(data)

                return provider_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"provider_type: a {type(data).__name__} fits none of the declared types")

        provider_type = _parse_provider_type(d.pop("providerType", UNSET))

        def _parse_detail(data: object) -> None | StorefrontPaymentDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_0 = StorefrontPaymentDetail.from_dict(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"detail: a {type(data).__name__} fits none of the declared types")

        detail = _parse_detail(d.pop("detail", UNSET))

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


# Imported once, here, rather than inside every to_dict/from_dict call: the models refer to each
# other, and by this line every class in this module exists.
from ..models.storefront_payment_detail import StorefrontPaymentDetail  # noqa: E402
