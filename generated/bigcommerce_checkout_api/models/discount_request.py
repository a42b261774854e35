from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_request_cart import DiscountRequestCart


T = TypeVar("T", bound="DiscountRequest")


@_attrs_define
class DiscountRequest:
    """Manual discounts to apply to the cart and its line items.

    Attributes:
        cart (DiscountRequestCart | Unset): Discounts for the whole cart and for single line items.
    """

    cart: DiscountRequestCart | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart, Unset):
            cart = self.cart.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cart is not UNSET:
            field_dict["cart"] = cart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cart = d.pop("cart", UNSET)
        cart: DiscountRequestCart | Unset
        if isinstance(_cart, Unset):
            cart = UNSET
        else:
            cart = DiscountRequestCart.from_dict(_cart)

        discount_request = cls(
            cart=cart,
        )

        discount_request.additional_properties = d
        return discount_request

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
from ..models.discount_request_cart import DiscountRequestCart  # noqa: E402
