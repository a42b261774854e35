from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item_discount import LineItemDiscount


T = TypeVar("T", bound="DigitalItem")


@_attrs_define
class DigitalItem:
    """A downloadable product in the cart; it needs no consignment.

    Attributes:
        quantity (float): How many.
        id (str | Unset): The line item id, used in consignments and line-item calls.
        parent_id (float | None | Unset): The line item this one belongs to, for bundled items.
        variant_id (float | Unset): The product variant.
        product_id (float | Unset): The product.
        sku (str | Unset): The variant's SKU.
        name (str | Unset): The product name.
        url (str | Unset): The product page.
        is_taxable (bool | Unset): Whether tax applies.
        image_url (str | Unset): The product image.
        discounts (list[LineItemDiscount] | Unset):
        discount_amount (float | Unset): Non-coupon discounts on the item.
        coupon_amount (float | Unset): Coupon discounts on the item.
        original_price (float | Unset): The price before any price list or sale.
        list_price (float | Unset): The unit price before discounts.
        sale_price (float | Unset): The unit price after item-level discounts.
        extended_list_price (float | Unset): List price times quantity.
        extended_sale_price (float | Unset): Sale price times quantity.
        comparison_price (float | Unset): A reference price shown to the shopper, when set.
        extended_comparison_price (float | Unset): Comparison price times quantity.
        is_require_shipping (bool | Unset): Whether the item must ship; false for digital items.
        is_mutable (bool | Unset): Whether the shopper may change the quantity.
        added_by_promotion (bool | Unset): Whether a promotion put this item in the cart.
    """

    quantity: float
    id: str | Unset = UNSET
    parent_id: float | None | Unset = UNSET
    variant_id: float | Unset = UNSET
    product_id: float | Unset = UNSET
    sku: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    image_url: str | Unset = UNSET
    discounts: list[LineItemDiscount] | Unset = UNSET
    discount_amount: float | Unset = UNSET
    coupon_amount: float | Unset = UNSET
    original_price: float | Unset = UNSET
    list_price: float | Unset = UNSET
    sale_price: float | Unset = UNSET
    extended_list_price: float | Unset = UNSET
    extended_sale_price: float | Unset = UNSET
    comparison_price: float | Unset = UNSET
    extended_comparison_price: float | Unset = UNSET
    is_require_shipping: bool | Unset = UNSET
    is_mutable: bool | Unset = UNSET
    added_by_promotion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        id = self.id

        parent_id: float | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        variant_id = self.variant_id

        product_id = self.product_id

        sku = self.sku

        name = self.name

        url = self.url

        is_taxable = self.is_taxable

        image_url = self.image_url

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        discount_amount = self.discount_amount

        coupon_amount = self.coupon_amount

        original_price = self.original_price

        list_price = self.list_price

        sale_price = self.sale_price

        extended_list_price = self.extended_list_price

        extended_sale_price = self.extended_sale_price

        comparison_price = self.comparison_price

        extended_comparison_price = self.extended_comparison_price

        is_require_shipping = self.is_require_shipping

        is_mutable = self.is_mutable

        added_by_promotion = self.added_by_promotion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if coupon_amount is not UNSET:
            field_dict["coupon_amount"] = coupon_amount
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price
        if extended_list_price is not UNSET:
            field_dict["extended_list_price"] = extended_list_price
        if extended_sale_price is not UNSET:
            field_dict["extended_sale_price"] = extended_sale_price
        if comparison_price is not UNSET:
            field_dict["comparison_price"] = comparison_price
        if extended_comparison_price is not UNSET:
            field_dict["extended_comparison_price"] = extended_comparison_price
        if is_require_shipping is not UNSET:
            field_dict["is_require_shipping"] = is_require_shipping
        if is_mutable is not UNSET:
            field_dict["is_mutable"] = is_mutable
        if added_by_promotion is not UNSET:
            field_dict["added_by_promotion"] = added_by_promotion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        id = d.pop("id", UNSET)

        def _parse_parent_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        variant_id = d.pop("variant_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        sku = d.pop("sku", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        is_taxable = d.pop("is_taxable", UNSET)

        image_url = d.pop("image_url", UNSET)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[LineItemDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = LineItemDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        discount_amount = d.pop("discount_amount", UNSET)

        coupon_amount = d.pop("coupon_amount", UNSET)

        original_price = d.pop("original_price", UNSET)

        list_price = d.pop("list_price", UNSET)

        sale_price = d.pop("sale_price", UNSET)

        extended_list_price = d.pop("extended_list_price", UNSET)

        extended_sale_price = d.pop("extended_sale_price", UNSET)

        comparison_price = d.pop("comparison_price", UNSET)

        extended_comparison_price = d.pop("extended_comparison_price", UNSET)

        is_require_shipping = d.pop("is_require_shipping", UNSET)

        is_mutable = d.pop("is_mutable", UNSET)

        added_by_promotion = d.pop("added_by_promotion", UNSET)

        digital_item = cls(
            quantity=quantity,
            id=id,
            parent_id=parent_id,
            variant_id=variant_id,
            product_id=product_id,
            sku=sku,
            name=name,
            url=url,
            is_taxable=is_taxable,
            image_url=image_url,
            discounts=discounts,
            discount_amount=discount_amount,
            coupon_amount=coupon_amount,
            original_price=original_price,
            list_price=list_price,
            sale_price=sale_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            comparison_price=comparison_price,
            extended_comparison_price=extended_comparison_price,
            is_require_shipping=is_require_shipping,
            is_mutable=is_mutable,
            added_by_promotion=added_by_promotion,
        )

        digital_item.additional_properties = d
        return digital_item

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
from ..models.line_item_discount import LineItemDiscount  # noqa: E402
