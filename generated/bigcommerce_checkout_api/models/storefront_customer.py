from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_customer_address import StorefrontCustomerAddress
    from ..models.storefront_customer_group import StorefrontCustomerGroup


T = TypeVar("T", bound="StorefrontCustomer")


@_attrs_define
class StorefrontCustomer:
    """The shopper. Present when the request asked for `include=customer`.

    Attributes:
        addresses (list[StorefrontCustomerAddress] | Unset): The customer's address book.
        customer_group (StorefrontCustomerGroup | Unset): The customer group the shopper belongs to.
        email (str | Unset):
        first_name (str | Unset):
        full_name (str | Unset):
        id (int | Unset): The customer id; 0 for a guest.
        is_guest (bool | Unset): Whether the shopper is not signed in.
        last_name (str | Unset):
        should_encourage_sign_in (bool | Unset): Whether the checkout should suggest signing in.
        store_credit (float | Unset): The store credit the customer can use.
    """

    addresses: list[StorefrontCustomerAddress] | Unset = UNSET
    customer_group: StorefrontCustomerGroup | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    id: int | Unset = UNSET
    is_guest: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    should_encourage_sign_in: bool | Unset = UNSET
    store_credit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        customer_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_group, Unset):
            customer_group = self.customer_group.to_dict()

        email = self.email

        first_name = self.first_name

        full_name = self.full_name

        id = self.id

        is_guest = self.is_guest

        last_name = self.last_name

        should_encourage_sign_in = self.should_encourage_sign_in

        store_credit = self.store_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if id is not UNSET:
            field_dict["id"] = id
        if is_guest is not UNSET:
            field_dict["isGuest"] = is_guest
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if should_encourage_sign_in is not UNSET:
            field_dict["shouldEncourageSignIn"] = should_encourage_sign_in
        if store_credit is not UNSET:
            field_dict["storeCredit"] = store_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _addresses = d.pop("addresses", UNSET)
        addresses: list[StorefrontCustomerAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = StorefrontCustomerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _customer_group = d.pop("customerGroup", UNSET)
        customer_group: StorefrontCustomerGroup | Unset
        if isinstance(_customer_group, Unset):
            customer_group = UNSET
        else:
            customer_group = StorefrontCustomerGroup.from_dict(_customer_group)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        full_name = d.pop("fullName", UNSET)

        id = d.pop("id", UNSET)

        is_guest = d.pop("isGuest", UNSET)

        last_name = d.pop("lastName", UNSET)

        should_encourage_sign_in = d.pop("shouldEncourageSignIn", UNSET)

        store_credit = d.pop("storeCredit", UNSET)

        storefront_customer = cls(
            addresses=addresses,
            customer_group=customer_group,
            email=email,
            first_name=first_name,
            full_name=full_name,
            id=id,
            is_guest=is_guest,
            last_name=last_name,
            should_encourage_sign_in=should_encourage_sign_in,
            store_credit=store_credit,
        )

        storefront_customer.additional_properties = d
        return storefront_customer

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
from ..models.storefront_customer_address import StorefrontCustomerAddress  # noqa: E402
from ..models.storefront_customer_group import StorefrontCustomerGroup  # noqa: E402
