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
    from ..models.storefront_pickup_option import StorefrontPickupOption
    from ..models.storefront_selected_shipping_option import (
        StorefrontSelectedShippingOption,
    )


T = TypeVar("T", bound="StorefrontConsignment")


@_attrs_define
class StorefrontConsignment:
    """A shipping address or pickup, the items going there, and how they travel.

    Attributes:
        discounts (list[StorefrontConsignmentDiscount]): What cart-level discounts took off this consignment.
        handling_cost (float): Handling for this consignment.
        id (str): The consignment id.
        shipping_cost (float): Shipping for this consignment.
        line_item_ids (list[str]):
        address (None | StorefrontConsignmentAddress | Unset):
        available_shipping_options (list[StorefrontAvailableShippingOption] | None | Unset): Present when the request
            asked for `consignments.availableShippingOptions`.
        coupon_discounts (list[ConsignmentCouponDiscount] | None | Unset): What coupons took off this consignment's
            shipping.
        selected_pickup_option (None | StorefrontPickupOption | Unset):
        selected_shipping_option (None | StorefrontSelectedShippingOption | Unset):
        shipping_address (None | StorefrontConsignmentAddress | Unset):
        shipping_cost_before_discount (float | None | Unset): Shipping for this consignment before discounts.
        comparison_shipping_cost (float | None | Unset): Shipping for this consignment after automatic promotions.
    """

    discounts: list[StorefrontConsignmentDiscount]
    handling_cost: float
    id: str
    shipping_cost: float
    line_item_ids: list[str]
    address: None | StorefrontConsignmentAddress | Unset = UNSET
    available_shipping_options: list[StorefrontAvailableShippingOption] | None | Unset = UNSET
    coupon_discounts: list[ConsignmentCouponDiscount] | None | Unset = UNSET
    selected_pickup_option: None | StorefrontPickupOption | Unset = UNSET
    selected_shipping_option: None | StorefrontSelectedShippingOption | Unset = UNSET
    shipping_address: None | StorefrontConsignmentAddress | Unset = UNSET
    shipping_cost_before_discount: float | None | Unset = UNSET
    comparison_shipping_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        handling_cost = self.handling_cost

        id = self.id

        shipping_cost = self.shipping_cost

        line_item_ids = self.line_item_ids

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, StorefrontConsignmentAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        available_shipping_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.available_shipping_options, Unset):
            available_shipping_options = UNSET
        elif isinstance(self.available_shipping_options, list):
            available_shipping_options = []
            for available_shipping_options_type_0_item_data in self.available_shipping_options:
                available_shipping_options_type_0_item = available_shipping_options_type_0_item_data.to_dict()
                available_shipping_options.append(available_shipping_options_type_0_item)

        else:
            available_shipping_options = self.available_shipping_options

        coupon_discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupon_discounts, Unset):
            coupon_discounts = UNSET
        elif isinstance(self.coupon_discounts, list):
            coupon_discounts = []
            for coupon_discounts_type_0_item_data in self.coupon_discounts:
                coupon_discounts_type_0_item = coupon_discounts_type_0_item_data.to_dict()
                coupon_discounts.append(coupon_discounts_type_0_item)

        else:
            coupon_discounts = self.coupon_discounts

        selected_pickup_option: dict[str, Any] | None | Unset
        if isinstance(self.selected_pickup_option, Unset):
            selected_pickup_option = UNSET
        elif isinstance(self.selected_pickup_option, StorefrontPickupOption):
            selected_pickup_option = self.selected_pickup_option.to_dict()
        else:
            selected_pickup_option = self.selected_pickup_option

        selected_shipping_option: dict[str, Any] | None | Unset
        if isinstance(self.selected_shipping_option, Unset):
            selected_shipping_option = UNSET
        elif isinstance(self.selected_shipping_option, StorefrontSelectedShippingOption):
            selected_shipping_option = self.selected_shipping_option.to_dict()
        else:
            selected_shipping_option = self.selected_shipping_option

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, StorefrontConsignmentAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_cost_before_discount: float | None | Unset
        if isinstance(self.shipping_cost_before_discount, Unset):
            shipping_cost_before_discount = UNSET
        else:
            shipping_cost_before_discount = self.shipping_cost_before_discount

        comparison_shipping_cost: float | None | Unset
        if isinstance(self.comparison_shipping_cost, Unset):
            comparison_shipping_cost = UNSET
        else:
            comparison_shipping_cost = self.comparison_shipping_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discounts": discounts,
                "handlingCost": handling_cost,
                "id": id,
                "shippingCost": shipping_cost,
                "lineItemIds": line_item_ids,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if available_shipping_options is not UNSET:
            field_dict["availableShippingOptions"] = available_shipping_options
        if coupon_discounts is not UNSET:
            field_dict["couponDiscounts"] = coupon_discounts
        if selected_pickup_option is not UNSET:
            field_dict["selectedPickupOption"] = selected_pickup_option
        if selected_shipping_option is not UNSET:
            field_dict["selectedShippingOption"] = selected_shipping_option
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_cost_before_discount is not UNSET:
            field_dict["shippingCostBeforeDiscount"] = shipping_cost_before_discount
        if comparison_shipping_cost is not UNSET:
            field_dict["comparisonShippingCost"] = comparison_shipping_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = StorefrontConsignmentDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        handling_cost = d.pop("handlingCost")

        id = d.pop("id")

        shipping_cost = d.pop("shippingCost")

        line_item_ids = cast(list[str], d.pop("lineItemIds"))

        def _parse_address(data: object) -> None | StorefrontConsignmentAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = StorefrontConsignmentAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"address: a {type(data).__name__} fits none of the declared types")

        address = _parse_address(d.pop("address", UNSET))

        def _parse_available_shipping_options(
            data: object,
        ) -> list[StorefrontAvailableShippingOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_shipping_options_type_0 = []
                _available_shipping_options_type_0 = data
                for available_shipping_options_type_0_item_data in _available_shipping_options_type_0:
                    available_shipping_options_type_0_item = StorefrontAvailableShippingOption.from_dict(
                        available_shipping_options_type_0_item_data
                    )

                    available_shipping_options_type_0.append(available_shipping_options_type_0_item)

                return available_shipping_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"available_shipping_options: a {type(data).__name__} fits none of the declared types"
            )

        available_shipping_options = _parse_available_shipping_options(
            d.pop("availableShippingOptions", UNSET)
        )

        def _parse_coupon_discounts(data: object) -> list[ConsignmentCouponDiscount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupon_discounts_type_0 = []
                _coupon_discounts_type_0 = data
                for coupon_discounts_type_0_item_data in _coupon_discounts_type_0:
                    coupon_discounts_type_0_item = ConsignmentCouponDiscount.from_dict(
                        coupon_discounts_type_0_item_data
                    )

                    coupon_discounts_type_0.append(coupon_discounts_type_0_item)

                return coupon_discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"coupon_discounts: a {type(data).__name__} fits none of the declared types")

        coupon_discounts = _parse_coupon_discounts(d.pop("couponDiscounts", UNSET))

        def _parse_selected_pickup_option(data: object) -> None | StorefrontPickupOption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_pickup_option_type_0 = StorefrontPickupOption.from_dict(data)

                return selected_pickup_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"selected_pickup_option: a {type(data).__name__} fits none of the declared types"
            )

        selected_pickup_option = _parse_selected_pickup_option(d.pop("selectedPickupOption", UNSET))

        def _parse_selected_shipping_option(data: object) -> None | StorefrontSelectedShippingOption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_shipping_option_type_0 = StorefrontSelectedShippingOption.from_dict(data)

                return selected_shipping_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"selected_shipping_option: a {type(data).__name__} fits none of the declared types"
            )

        selected_shipping_option = _parse_selected_shipping_option(d.pop("selectedShippingOption", UNSET))

        def _parse_shipping_address(data: object) -> None | StorefrontConsignmentAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = StorefrontConsignmentAddress.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping_address: a {type(data).__name__} fits none of the declared types")

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", UNSET))

        def _parse_shipping_cost_before_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipping_cost_before_discount = _parse_shipping_cost_before_discount(
            d.pop("shippingCostBeforeDiscount", UNSET)
        )

        def _parse_comparison_shipping_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        comparison_shipping_cost = _parse_comparison_shipping_cost(d.pop("comparisonShippingCost", UNSET))

        storefront_consignment = cls(
            discounts=discounts,
            handling_cost=handling_cost,
            id=id,
            shipping_cost=shipping_cost,
            line_item_ids=line_item_ids,
            address=address,
            available_shipping_options=available_shipping_options,
            coupon_discounts=coupon_discounts,
            selected_pickup_option=selected_pickup_option,
            selected_shipping_option=selected_shipping_option,
            shipping_address=shipping_address,
            shipping_cost_before_discount=shipping_cost_before_discount,
            comparison_shipping_cost=comparison_shipping_cost,
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
from ..models.storefront_pickup_option import StorefrontPickupOption  # noqa: E402
from ..models.storefront_selected_shipping_option import (
    StorefrontSelectedShippingOption,  # noqa: E402
)
