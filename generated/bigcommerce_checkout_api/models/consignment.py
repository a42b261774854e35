from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consignment_address import ConsignmentAddress
    from ..models.consignment_coupon_discount import ConsignmentCouponDiscount
    from ..models.consignment_discount import ConsignmentDiscount
    from ..models.consignment_shipping_address import ConsignmentShippingAddress
    from ..models.pickup_option import PickupOption
    from ..models.shipping_option import ShippingOption


T = TypeVar("T", bound="Consignment")


@_attrs_define
class Consignment:
    """A shipping address, the items going there, and how they ship.

    Attributes:
        id (str): The consignment id.
        discounts (list[ConsignmentDiscount]):
        shipping_cost_inc_tax (float):
        shipping_cost_ex_tax (float):
        handling_cost_inc_tax (float):
        handling_cost_ex_tax (float):
        line_item_ids (list[str]):
        shipping_address (ConsignmentShippingAddress | None | Unset):
        address (ConsignmentAddress | None | Unset):
        available_shipping_options (list[ShippingOption] | None | Unset): Present when the request asked for
            `include=consignments.available_shipping_options`.
        selected_shipping_option (None | ShippingOption | Unset):
        coupon_discounts (list[ConsignmentCouponDiscount] | None | Unset):
        selected_pickup_option (None | PickupOption | Unset):
    """

    id: str
    discounts: list[ConsignmentDiscount]
    shipping_cost_inc_tax: float
    shipping_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_ex_tax: float
    line_item_ids: list[str]
    shipping_address: ConsignmentShippingAddress | None | Unset = UNSET
    address: ConsignmentAddress | None | Unset = UNSET
    available_shipping_options: list[ShippingOption] | None | Unset = UNSET
    selected_shipping_option: None | ShippingOption | Unset = UNSET
    coupon_discounts: list[ConsignmentCouponDiscount] | None | Unset = UNSET
    selected_pickup_option: None | PickupOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        shipping_cost_inc_tax = self.shipping_cost_inc_tax

        shipping_cost_ex_tax = self.shipping_cost_ex_tax

        handling_cost_inc_tax = self.handling_cost_inc_tax

        handling_cost_ex_tax = self.handling_cost_ex_tax

        line_item_ids = self.line_item_ids

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, ConsignmentShippingAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, ConsignmentAddress):
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

        selected_shipping_option: dict[str, Any] | None | Unset
        if isinstance(self.selected_shipping_option, Unset):
            selected_shipping_option = UNSET
        elif isinstance(self.selected_shipping_option, ShippingOption):
            selected_shipping_option = self.selected_shipping_option.to_dict()
        else:
            selected_shipping_option = self.selected_shipping_option

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
        elif isinstance(self.selected_pickup_option, PickupOption):
            selected_pickup_option = self.selected_pickup_option.to_dict()
        else:
            selected_pickup_option = self.selected_pickup_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "discounts": discounts,
                "shipping_cost_inc_tax": shipping_cost_inc_tax,
                "shipping_cost_ex_tax": shipping_cost_ex_tax,
                "handling_cost_inc_tax": handling_cost_inc_tax,
                "handling_cost_ex_tax": handling_cost_ex_tax,
                "line_item_ids": line_item_ids,
            }
        )
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if address is not UNSET:
            field_dict["address"] = address
        if available_shipping_options is not UNSET:
            field_dict["available_shipping_options"] = available_shipping_options
        if selected_shipping_option is not UNSET:
            field_dict["selected_shipping_option"] = selected_shipping_option
        if coupon_discounts is not UNSET:
            field_dict["coupon_discounts"] = coupon_discounts
        if selected_pickup_option is not UNSET:
            field_dict["selected_pickup_option"] = selected_pickup_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = ConsignmentDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        shipping_cost_inc_tax = d.pop("shipping_cost_inc_tax")

        shipping_cost_ex_tax = d.pop("shipping_cost_ex_tax")

        handling_cost_inc_tax = d.pop("handling_cost_inc_tax")

        handling_cost_ex_tax = d.pop("handling_cost_ex_tax")

        line_item_ids = cast(list[str], d.pop("line_item_ids"))

        def _parse_shipping_address(data: object) -> ConsignmentShippingAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = ConsignmentShippingAddress.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping_address: a {type(data).__name__} fits none of the declared types")

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", UNSET))

        def _parse_address(data: object) -> ConsignmentAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ConsignmentAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"address: a {type(data).__name__} fits none of the declared types")

        address = _parse_address(d.pop("address", UNSET))

        def _parse_available_shipping_options(data: object) -> list[ShippingOption] | None | Unset:
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
                    available_shipping_options_type_0_item = ShippingOption.from_dict(
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
            d.pop("available_shipping_options", UNSET)
        )

        def _parse_selected_shipping_option(data: object) -> None | ShippingOption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_shipping_option_type_0 = ShippingOption.from_dict(data)

                return selected_shipping_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"selected_shipping_option: a {type(data).__name__} fits none of the declared types"
            )

        selected_shipping_option = _parse_selected_shipping_option(d.pop("selected_shipping_option", UNSET))

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

        coupon_discounts = _parse_coupon_discounts(d.pop("coupon_discounts", UNSET))

        def _parse_selected_pickup_option(data: object) -> None | PickupOption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_pickup_option_type_0 = PickupOption.from_dict(data)

                return selected_pickup_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"selected_pickup_option: a {type(data).__name__} fits none of the declared types"
            )

        selected_pickup_option = _parse_selected_pickup_option(d.pop("selected_pickup_option", UNSET))

        consignment = cls(
            id=id,
            discounts=discounts,
            shipping_cost_inc_tax=shipping_cost_inc_tax,
            shipping_cost_ex_tax=shipping_cost_ex_tax,
            handling_cost_inc_tax=handling_cost_inc_tax,
            handling_cost_ex_tax=handling_cost_ex_tax,
            line_item_ids=line_item_ids,
            shipping_address=shipping_address,
            address=address,
            available_shipping_options=available_shipping_options,
            selected_shipping_option=selected_shipping_option,
            coupon_discounts=coupon_discounts,
            selected_pickup_option=selected_pickup_option,
        )

        consignment.additional_properties = d
        return consignment

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
from ..models.consignment_address import ConsignmentAddress  # noqa: E402
from ..models.consignment_coupon_discount import ConsignmentCouponDiscount  # noqa: E402
from ..models.consignment_discount import ConsignmentDiscount  # noqa: E402
from ..models.consignment_shipping_address import ConsignmentShippingAddress  # noqa: E402
from ..models.pickup_option import PickupOption  # noqa: E402
from ..models.shipping_option import ShippingOption  # noqa: E402
