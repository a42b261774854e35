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
        addresses (list[StorefrontCustomerAddress]): The customer's address book.
        email (str):
        first_name (str):
        full_name (str):
        id (int): The customer id; 0 for a guest.
        is_guest (bool): Whether the shopper is not signed in.
        last_name (str):
        should_encourage_sign_in (bool): Whether the checkout should suggest signing in.
        store_credit (float): The store credit the customer can use.
        customer_group (None | StorefrontCustomerGroup | Unset):
    """

    addresses: list[StorefrontCustomerAddress]
    email: str
    first_name: str
    full_name: str
    id: int
    is_guest: bool
    last_name: str
    should_encourage_sign_in: bool
    store_credit: float
    customer_group: None | StorefrontCustomerGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        email = self.email

        first_name = self.first_name

        full_name = self.full_name

        id = self.id

        is_guest = self.is_guest

        last_name = self.last_name

        should_encourage_sign_in = self.should_encourage_sign_in

        store_credit = self.store_credit

        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, StorefrontCustomerGroup):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "email": email,
                "firstName": first_name,
                "fullName": full_name,
                "id": id,
                "isGuest": is_guest,
                "lastName": last_name,
                "shouldEncourageSignIn": should_encourage_sign_in,
                "storeCredit": store_credit,
            }
        )
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = StorefrontCustomerAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        email = d.pop("email")

        first_name = d.pop("firstName")

        full_name = d.pop("fullName")

        id = d.pop("id")

        is_guest = d.pop("isGuest")

        last_name = d.pop("lastName")

        should_encourage_sign_in = d.pop("shouldEncourageSignIn")

        store_credit = d.pop("storeCredit")

        def _parse_customer_group(data: object) -> None | StorefrontCustomerGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_group_type_0 = StorefrontCustomerGroup.from_dict(data)

                return customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"customer_group: a {type(data).__name__} fits none of the declared types")

        customer_group = _parse_customer_group(d.pop("customerGroup", UNSET))

        storefront_customer = cls(
            addresses=addresses,
            email=email,
            first_name=first_name,
            full_name=full_name,
            id=id,
            is_guest=is_guest,
            last_name=last_name,
            should_encourage_sign_in=should_encourage_sign_in,
            store_credit=store_credit,
            customer_group=customer_group,
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
