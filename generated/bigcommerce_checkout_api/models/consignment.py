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
        id (str | Unset): The consignment id.
        shipping_address (ConsignmentShippingAddress | Unset): Kept for compatibility; read `address` instead.
        address (ConsignmentAddress | Unset): The shipping address of a consignment.
        available_shipping_options (list[ShippingOption] | Unset): Present when the request asked for
            `include=consignments.available_shipping_options`.
        selected_shipping_option (ShippingOption | Unset): A way to ship a consignment, with its price.
        coupon_discounts (list[ConsignmentCouponDiscount] | Unset):
        discounts (list[ConsignmentDiscount] | Unset):
        shipping_cost_inc_tax (float | Unset):
        shipping_cost_ex_tax (float | Unset):
        handling_cost_inc_tax (float | Unset):
        handling_cost_ex_tax (float | Unset):
        line_item_ids (list[str] | Unset):
        selected_pickup_option (PickupOption | Unset): Makes the consignment a pickup instead of a shipment; it then
            takes no shipping option.
    """

    id: str | Unset = UNSET
    shipping_address: ConsignmentShippingAddress | Unset = UNSET
    address: ConsignmentAddress | Unset = UNSET
    available_shipping_options: list[ShippingOption] | Unset = UNSET
    selected_shipping_option: ShippingOption | Unset = UNSET
    coupon_discounts: list[ConsignmentCouponDiscount] | Unset = UNSET
    discounts: list[ConsignmentDiscount] | Unset = UNSET
    shipping_cost_inc_tax: float | Unset = UNSET
    shipping_cost_ex_tax: float | Unset = UNSET
    handling_cost_inc_tax: float | Unset = UNSET
    handling_cost_ex_tax: float | Unset = UNSET
    line_item_ids: list[str] | Unset = UNSET
    selected_pickup_option: PickupOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        available_shipping_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_shipping_options, Unset):
            available_shipping_options = []
            for available_shipping_options_item_data in self.available_shipping_options:
                available_shipping_options_item = available_shipping_options_item_data.to_dict()
                available_shipping_options.append(available_shipping_options_item)

        selected_shipping_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_shipping_option, Unset):
            selected_shipping_option = self.selected_shipping_option.to_dict()

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

        shipping_cost_inc_tax = self.shipping_cost_inc_tax

        shipping_cost_ex_tax = self.shipping_cost_ex_tax

        handling_cost_inc_tax = self.handling_cost_inc_tax

        handling_cost_ex_tax = self.handling_cost_ex_tax

        line_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.line_item_ids, Unset):
            line_item_ids = self.line_item_ids

        selected_pickup_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_pickup_option, Unset):
            selected_pickup_option = self.selected_pickup_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if shipping_cost_inc_tax is not UNSET:
            field_dict["shipping_cost_inc_tax"] = shipping_cost_inc_tax
        if shipping_cost_ex_tax is not UNSET:
            field_dict["shipping_cost_ex_tax"] = shipping_cost_ex_tax
        if handling_cost_inc_tax is not UNSET:
            field_dict["handling_cost_inc_tax"] = handling_cost_inc_tax
        if handling_cost_ex_tax is not UNSET:
            field_dict["handling_cost_ex_tax"] = handling_cost_ex_tax
        if line_item_ids is not UNSET:
            field_dict["line_item_ids"] = line_item_ids
        if selected_pickup_option is not UNSET:
            field_dict["selected_pickup_option"] = selected_pickup_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: ConsignmentShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ConsignmentShippingAddress.from_dict(_shipping_address)

        _address = d.pop("address", UNSET)
        address: ConsignmentAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ConsignmentAddress.from_dict(_address)

        _available_shipping_options = d.pop("available_shipping_options", UNSET)
        available_shipping_options: list[ShippingOption] | Unset = UNSET
        if _available_shipping_options is not UNSET:
            available_shipping_options = []
            for available_shipping_options_item_data in _available_shipping_options:
                available_shipping_options_item = ShippingOption.from_dict(
                    available_shipping_options_item_data
                )

                available_shipping_options.append(available_shipping_options_item)

        _selected_shipping_option = d.pop("selected_shipping_option", UNSET)
        selected_shipping_option: ShippingOption | Unset
        if isinstance(_selected_shipping_option, Unset):
            selected_shipping_option = UNSET
        else:
            selected_shipping_option = ShippingOption.from_dict(_selected_shipping_option)

        _coupon_discounts = d.pop("coupon_discounts", UNSET)
        coupon_discounts: list[ConsignmentCouponDiscount] | Unset = UNSET
        if _coupon_discounts is not UNSET:
            coupon_discounts = []
            for coupon_discounts_item_data in _coupon_discounts:
                coupon_discounts_item = ConsignmentCouponDiscount.from_dict(coupon_discounts_item_data)

                coupon_discounts.append(coupon_discounts_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[ConsignmentDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = ConsignmentDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        shipping_cost_inc_tax = d.pop("shipping_cost_inc_tax", UNSET)

        shipping_cost_ex_tax = d.pop("shipping_cost_ex_tax", UNSET)

        handling_cost_inc_tax = d.pop("handling_cost_inc_tax", UNSET)

        handling_cost_ex_tax = d.pop("handling_cost_ex_tax", UNSET)

        line_item_ids = cast(list[str], d.pop("line_item_ids", UNSET))

        _selected_pickup_option = d.pop("selected_pickup_option", UNSET)
        selected_pickup_option: PickupOption | Unset
        if isinstance(_selected_pickup_option, Unset):
            selected_pickup_option = UNSET
        else:
            selected_pickup_option = PickupOption.from_dict(_selected_pickup_option)

        consignment = cls(
            id=id,
            shipping_address=shipping_address,
            address=address,
            available_shipping_options=available_shipping_options,
            selected_shipping_option=selected_shipping_option,
            coupon_discounts=coupon_discounts,
            discounts=discounts,
            shipping_cost_inc_tax=shipping_cost_inc_tax,
            shipping_cost_ex_tax=shipping_cost_ex_tax,
            handling_cost_inc_tax=handling_cost_inc_tax,
            handling_cost_ex_tax=handling_cost_ex_tax,
            line_item_ids=line_item_ids,
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
