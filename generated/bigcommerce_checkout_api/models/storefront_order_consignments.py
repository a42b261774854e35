from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_order_pickup_consignment import (
        StorefrontOrderPickupConsignment,
    )
    from ..models.storefront_order_shipping_consignment import (
        StorefrontOrderShippingConsignment,
    )


T = TypeVar("T", bound="StorefrontOrderConsignments")


@_attrs_define
class StorefrontOrderConsignments:
    """Where the order's items go.

    Attributes:
        shipping (list[StorefrontOrderShippingConsignment] | None | Unset):
        pickup (list[StorefrontOrderPickupConsignment] | None | Unset):
    """

    shipping: list[StorefrontOrderShippingConsignment] | None | Unset = UNSET
    pickup: list[StorefrontOrderPickupConsignment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, list):
            shipping = []
            for shipping_type_0_item_data in self.shipping:
                shipping_type_0_item = shipping_type_0_item_data.to_dict()
                shipping.append(shipping_type_0_item)

        else:
            shipping = self.shipping

        pickup: list[dict[str, Any]] | None | Unset
        if isinstance(self.pickup, Unset):
            pickup = UNSET
        elif isinstance(self.pickup, list):
            pickup = []
            for pickup_type_0_item_data in self.pickup:
                pickup_type_0_item = pickup_type_0_item_data.to_dict()
                pickup.append(pickup_type_0_item)

        else:
            pickup = self.pickup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if pickup is not UNSET:
            field_dict["pickup"] = pickup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_shipping(data: object) -> list[StorefrontOrderShippingConsignment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipping_type_0 = []
                _shipping_type_0 = data
                for shipping_type_0_item_data in _shipping_type_0:
                    shipping_type_0_item = StorefrontOrderShippingConsignment.from_dict(
                        shipping_type_0_item_data
                    )

                    shipping_type_0.append(shipping_type_0_item)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping: a {type(data).__name__} fits none of the declared types")

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        def _parse_pickup(data: object) -> list[StorefrontOrderPickupConsignment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pickup_type_0 = []
                _pickup_type_0 = data
                for pickup_type_0_item_data in _pickup_type_0:
                    pickup_type_0_item = StorefrontOrderPickupConsignment.from_dict(pickup_type_0_item_data)

                    pickup_type_0.append(pickup_type_0_item)

                return pickup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"pickup: a {type(data).__name__} fits none of the declared types")

        pickup = _parse_pickup(d.pop("pickup", UNSET))

        storefront_order_consignments = cls(
            shipping=shipping,
            pickup=pickup,
        )

        storefront_order_consignments.additional_properties = d
        return storefront_order_consignments

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
from ..models.storefront_order_pickup_consignment import (
    StorefrontOrderPickupConsignment,  # noqa: E402
)
from ..models.storefront_order_shipping_consignment import (
    StorefrontOrderShippingConsignment,  # noqa: E402
)
