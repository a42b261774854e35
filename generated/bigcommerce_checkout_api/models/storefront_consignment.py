from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consignment_coupon_discount import ConsignmentCouponDiscount
    from ..models.storefront_available_shipping_option import (
        StorefrontAvailableShippingOption,
    )
    from ..models.storefront_consignment_address import StorefrontConsignmentAddress
    from ..models.storefront_consignment_discount import StorefrontConsignmentDiscount
    from ..models.storefront_consignment_shipping_address import (
        StorefrontConsignmentShippingAddress,
    )
    from ..models.storefront_pickup_option import StorefrontPickupOption
    from ..models.storefront_selected_shipping_option import (
        StorefrontSelectedShippingOption,
    )


T = TypeVar("T", bound="StorefrontConsignment")


@_attrs_define
class StorefrontConsignment:
    """A shipping address or pickup, the items going there, and how they travel.

    Attributes:
        address (StorefrontConsignmentAddress | Unset): The shipping address of a consignment.
        available_shipping_options (list[StorefrontAvailableShippingOption] | Unset): Present when the request asked for
            `consignments.availableShippingOptions`.
        coupon_discounts (list[ConsignmentCouponDiscount] | Unset): What coupons took off this consignment's shipping.
        discounts (list[StorefrontConsignmentDiscount] | Unset): What cart-level discounts took off this consignment.
        handling_cost (float | Unset): Handling for this consignment.
        id (str | Unset): The consignment id.
        selected_pickup_option (StorefrontPickupOption | Unset): Makes the consignment a pickup at one of the store's
            locations instead of a shipment.
        selected_shipping_option (StorefrontSelectedShippingOption | Unset): The shipping option chosen for the
            consignment.
        shipping_address (StorefrontConsignmentShippingAddress | Unset): Kept for compatibility; read `address` instead.
        shipping_cost (float | Unset): Shipping for this consignment.
        shipping_cost_before_discount (float | Unset): Shipping for this consignment before discounts.
        comparison_shipping_cost (float | Unset): Shipping for this consignment after automatic promotions.
        line_item_ids (list[str] | Unset):
    """

    address: StorefrontConsignmentAddress | Unset = UNSET
    available_shipping_options: list[StorefrontAvailableShippingOption] | Unset = UNSET
    coupon_discounts: list[ConsignmentCouponDiscount] | Unset = UNSET
    discounts: list[StorefrontConsignmentDiscount] | Unset = UNSET
    handling_cost: float | Unset = UNSET
    id: str | Unset = UNSET
    selected_pickup_option: StorefrontPickupOption | Unset = UNSET
    selected_shipping_option: StorefrontSelectedShippingOption | Unset = UNSET
    shipping_address: StorefrontConsignmentShippingAddress | Unset = UNSET
    shipping_cost: float | Unset = UNSET
    shipping_cost_before_discount: float | Unset = UNSET
    comparison_shipping_cost: float | Unset = UNSET
    line_item_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        available_shipping_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_shipping_options, Unset):
            available_shipping_options = []
            for available_shipping_options_item_data in self.available_shipping_options:
                available_shipping_options_item = available_shipping_options_item_data.to_dict()
                available_shipping_options.append(available_shipping_options_item)

        coupon_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupon_discounts, Unset):
            coupon_discounts = []
            for coupon_discounts_item_data in self.coupon_discounts:
                coupon_discounts_item = coupon_discounts_item_data.to_dict()
                coupon_discounts.append(coupon_discounts_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        handling_cost = self.handling_cost

        id = self.id

        selected_pickup_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_pickup_option, Unset):
            selected_pickup_option = self.selected_pickup_option.to_dict()

        selected_shipping_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_shipping_option, Unset):
            selected_shipping_option = self.selected_shipping_option.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        shipping_cost = self.shipping_cost

        shipping_cost_before_discount = self.shipping_cost_before_discount

        comparison_shipping_cost = self.comparison_shipping_cost

        line_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.line_item_ids, Unset):
            line_item_ids = self.line_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if available_shipping_options is not UNSET:
            field_dict["availableShippingOptions"] = available_shipping_options
        if coupon_discounts is not UNSET:
            field_dict["couponDiscounts"] = coupon_discounts
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if handling_cost is not UNSET:
            field_dict["handlingCost"] = handling_cost
        if id is not UNSET:
            field_dict["id"] = id
        if selected_pickup_option is not UNSET:
            field_dict["selectedPickupOption"] = selected_pickup_option
        if selected_shipping_option is not UNSET:
            field_dict["selectedShippingOption"] = selected_shipping_option
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_cost is not UNSET:
            field_dict["shippingCost"] = shipping_cost
        if shipping_cost_before_discount is not UNSET:
            field_dict["shippingCostBeforeDiscount"] = shipping_cost_before_discount
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost
        if line_item_ids is not UNSET:
            field_dict["lineItemIds"] = line_item_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: StorefrontConsignmentAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = StorefrontConsignmentAddress.from_dict(_address)

        _available_shipping_options = d.pop("availableShippingOptions", UNSET)
        available_shipping_options: list[StorefrontAvailableShippingOption] | Unset = UNSET
        if _available_shipping_options is not UNSET:
            available_shipping_options = []
            for available_shipping_options_item_data in _available_shipping_options:
                available_shipping_options_item = StorefrontAvailableShippingOption.from_dict(
                    available_shipping_options_item_data
                )

                available_shipping_options.append(available_shipping_options_item)

        _coupon_discounts = d.pop("couponDiscounts", UNSET)
        coupon_discounts: list[ConsignmentCouponDiscount] | Unset = UNSET
        if _coupon_discounts is not UNSET:
            coupon_discounts = []
            for coupon_discounts_item_data in _coupon_discounts:
                coupon_discounts_item = ConsignmentCouponDiscount.from_dict(coupon_discounts_item_data)

                coupon_discounts.append(coupon_discounts_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[StorefrontConsignmentDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = StorefrontConsignmentDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        handling_cost = d.pop("handlingCost", UNSET)

        id = d.pop("id", UNSET)

        _selected_pickup_option = d.pop("selectedPickupOption", UNSET)
        selected_pickup_option: StorefrontPickupOption | Unset
        if isinstance(_selected_pickup_option, Unset):
            selected_pickup_option = UNSET
        else:
            selected_pickup_option = StorefrontPickupOption.from_dict(_selected_pickup_option)

        _selected_shipping_option = d.pop("selectedShippingOption", UNSET)
        selected_shipping_option: StorefrontSelectedShippingOption | Unset
        if isinstance(_selected_shipping_option, Unset):
            selected_shipping_option = UNSET
        else:
            selected_shipping_option = StorefrontSelectedShippingOption.from_dict(_selected_shipping_option)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: StorefrontConsignmentShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = StorefrontConsignmentShippingAddress.from_dict(_shipping_address)

        shipping_cost = d.pop("shippingCost", UNSET)

        shipping_cost_before_discount = d.pop("shippingCostBeforeDiscount", UNSET)

        comparison_shipping_cost = d.pop("comparisonShippingCost", UNSET)

        line_item_ids = cast(list[str], d.pop("lineItemIds", UNSET))

        storefront_consignment = cls(
            address=address,
            available_shipping_options=available_shipping_options,
            coupon_discounts=coupon_discounts,
            discounts=discounts,
            handling_cost=handling_cost,
            id=id,
            selected_pickup_option=selected_pickup_option,
            selected_shipping_option=selected_shipping_option,
            shipping_address=shipping_address,
            shipping_cost=shipping_cost,
            shipping_cost_before_discount=shipping_cost_before_discount,
            comparison_shipping_cost=comparison_shipping_cost,
            line_item_ids=line_item_ids,
        )

        storefront_consignment.additional_properties = d
        return storefront_consignment

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
from ..models.consignment_coupon_discount import ConsignmentCouponDiscount  # noqa: E402
from ..models.storefront_available_shipping_option import (
    StorefrontAvailableShippingOption,  # noqa: E402
)
from ..models.storefront_consignment_address import StorefrontConsignmentAddress  # noqa: E402
from ..models.storefront_consignment_discount import StorefrontConsignmentDiscount  # noqa: E402
from ..models.storefront_consignment_shipping_address import (
    StorefrontConsignmentShippingAddress,  # noqa: E402
)
from ..models.storefront_pickup_option import StorefrontPickupOption  # noqa: E402
from ..models.storefront_selected_shipping_option import (
    StorefrontSelectedShippingOption,  # noqa: E402
)
