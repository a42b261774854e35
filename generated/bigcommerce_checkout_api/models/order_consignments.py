from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_consignments_email_type_0 import OrderConsignmentsEmailType0
    from ..models.order_digital_consignment import OrderDigitalConsignment
    from ..models.order_pickup_consignment import OrderPickupConsignment
    from ..models.order_shipping_consignment import OrderShippingConsignment


T = TypeVar("T", bound="OrderConsignments")


@_attrs_define
class OrderConsignments:
    """An order's consignments by kind. In an order read without `include=consignments`, only `url` and `resource` (a
    link).

        Attributes:
            url (None | str | Unset): With no `include`: the full URL of the consignments.
            resource (None | str | Unset): With no `include`: the path of the consignments.
            pickups (list[OrderPickupConsignment] | None | Unset): Consignments collected in person.
            shipping (list[OrderShippingConsignment] | None | Unset): Consignments shipped to an address.
            downloads (list[OrderDigitalConsignment] | None | Unset): Consignments of digital products.
            email (None | OrderConsignmentsEmailType0 | Unset): Email address.
    """

    url: None | str | Unset = UNSET
    resource: None | str | Unset = UNSET
    pickups: list[OrderPickupConsignment] | None | Unset = UNSET
    shipping: list[OrderShippingConsignment] | None | Unset = UNSET
    downloads: list[OrderDigitalConsignment] | None | Unset = UNSET
    email: None | OrderConsignmentsEmailType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        resource: None | str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        else:
            resource = self.resource

        pickups: list[dict[str, Any]] | None | Unset
        if isinstance(self.pickups, Unset):
            pickups = UNSET
        elif isinstance(self.pickups, list):
            pickups = []
            for pickups_type_0_item_data in self.pickups:
                pickups_type_0_item = pickups_type_0_item_data.to_dict()
                pickups.append(pickups_type_0_item)

        else:
            pickups = self.pickups

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

        downloads: list[dict[str, Any]] | None | Unset
        if isinstance(self.downloads, Unset):
            downloads = UNSET
        elif isinstance(self.downloads, list):
            downloads = []
            for downloads_type_0_item_data in self.downloads:
                downloads_type_0_item = downloads_type_0_item_data.to_dict()
                downloads.append(downloads_type_0_item)

        else:
            downloads = self.downloads

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, OrderConsignmentsEmailType0):
            email = self.email.to_dict()
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if resource is not UNSET:
            field_dict["resource"] = resource
        if pickups is not UNSET:
            field_dict["pickups"] = pickups
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_pickups(data: object) -> list[OrderPickupConsignment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pickups_type_0 = []
                _pickups_type_0 = data
                for pickups_type_0_item_data in _pickups_type_0:
                    pickups_type_0_item = OrderPickupConsignment.from_dict(pickups_type_0_item_data)

                    pickups_type_0.append(pickups_type_0_item)

                return pickups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"pickups: a {type(data).__name__} fits none of the declared types")

        pickups = _parse_pickups(d.pop("pickups", UNSET))

        def _parse_shipping(data: object) -> list[OrderShippingConsignment] | None | Unset:
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
                    shipping_type_0_item = OrderShippingConsignment.from_dict(shipping_type_0_item_data)

                    shipping_type_0.append(shipping_type_0_item)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping: a {type(data).__name__} fits none of the declared types")

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        def _parse_downloads(data: object) -> list[OrderDigitalConsignment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                downloads_type_0 = []
                _downloads_type_0 = data
                for downloads_type_0_item_data in _downloads_type_0:
                    downloads_type_0_item = OrderDigitalConsignment.from_dict(downloads_type_0_item_data)

                    downloads_type_0.append(downloads_type_0_item)

                return downloads_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"downloads: a {type(data).__name__} fits none of the declared types")

        downloads = _parse_downloads(d.pop("downloads", UNSET))

        def _parse_email(data: object) -> None | OrderConsignmentsEmailType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = OrderConsignmentsEmailType0.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"email: a {type(data).__name__} fits none of the declared types")

        email = _parse_email(d.pop("email", UNSET))

        order_consignments = cls(
            url=url,
            resource=resource,
            pickups=pickups,
            shipping=shipping,
            downloads=downloads,
            email=email,
        )

        order_consignments.additional_properties = d
        return order_consignments

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
from ..models.order_consignments_email_type_0 import OrderConsignmentsEmailType0  # noqa: E402
from ..models.order_digital_consignment import OrderDigitalConsignment  # noqa: E402
from ..models.order_pickup_consignment import OrderPickupConsignment  # noqa: E402
from ..models.order_shipping_consignment import OrderShippingConsignment  # noqa: E402
