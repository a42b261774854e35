from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item_coupon import CartItemCoupon
    from ..models.line_item_discount import LineItemDiscount


T = TypeVar("T", bound="DigitalItem")


@_attrs_define
class DigitalItem:
    """A downloadable product in the cart; it needs no consignment.

    Attributes:
        id (str): The line item id, used in consignments and line-item calls.
        variant_id (float): The product variant.
        product_id (float): The product.
        name (str): The product name.
        url (str): The product page.
        quantity (int): How many (a whole number; pass it back as a consignment's line item quantity).
        is_taxable (bool): Whether tax applies.
        image_url (str): The product image.
        discounts (list[LineItemDiscount]):
        discount_amount (float): Non-coupon discounts on the item.
        coupon_amount (float): Coupon discounts on the item.
        list_price (float): The unit price before discounts.
        sale_price (float): The unit price after item-level discounts.
        extended_list_price (float): List price times quantity.
        extended_sale_price (float): Sale price times quantity.
        parent_id (float | None | Unset): The line item this one belongs to, for bundled items.
        sku (None | str | Unset): The variant's SKU.
        coupons (float | list[CartItemCoupon] | None | Unset): The coupons that discounted this item. Some answers carry
            a number here instead, equal
            to `coupon_amount` (BigCommerce's own examples show both); it is kept as sent.
        original_price (float | None | Unset): The price before any price list or sale.
        comparison_price (float | None | Unset): A reference price shown to the shopper, when set.
        extended_comparison_price (float | None | Unset): Comparison price times quantity.
        is_require_shipping (bool | None | Unset): Whether the item must ship; false for digital items.
        is_mutable (bool | None | Unset): Whether the shopper may change the quantity.
        added_by_promotion (bool | None | Unset): Whether a promotion put this item in the cart.
    """

    id: str
    variant_id: float
    product_id: float
    name: str
    url: str
    quantity: int
    is_taxable: bool
    image_url: str
    discounts: list[LineItemDiscount]
    discount_amount: float
    coupon_amount: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    parent_id: float | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    coupons: float | list[CartItemCoupon] | None | Unset = UNSET
    original_price: float | None | Unset = UNSET
    comparison_price: float | None | Unset = UNSET
    extended_comparison_price: float | None | Unset = UNSET
    is_require_shipping: bool | None | Unset = UNSET
    is_mutable: bool | None | Unset = UNSET
    added_by_promotion: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        variant_id = self.variant_id

        product_id = self.product_id

        name = self.name

        url = self.url

        quantity = self.quantity

        is_taxable = self.is_taxable

        image_url = self.image_url

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        discount_amount = self.discount_amount

        coupon_amount = self.coupon_amount

        list_price = self.list_price

        sale_price = self.sale_price

        extended_list_price = self.extended_list_price

        extended_sale_price = self.extended_sale_price

        parent_id: float | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        coupons: float | list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

        original_price: float | None | Unset
        if isinstance(self.original_price, Unset):
            original_price = UNSET
        else:
            original_price = self.original_price

        comparison_price: float | None | Unset
        if isinstance(self.comparison_price, Unset):
            comparison_price = UNSET
        else:
            comparison_price = self.comparison_price

        extended_comparison_price: float | None | Unset
        if isinstance(self.extended_comparison_price, Unset):
            extended_comparison_price = UNSET
        else:
            extended_comparison_price = self.extended_comparison_price

        is_require_shipping: bool | None | Unset
        if isinstance(self.is_require_shipping, Unset):
            is_require_shipping = UNSET
        else:
            is_require_shipping = self.is_require_shipping

        is_mutable: bool | None | Unset
        if isinstance(self.is_mutable, Unset):
            is_mutable = UNSET
        else:
            is_mutable = self.is_mutable

        added_by_promotion: bool | None | Unset
        if isinstance(self.added_by_promotion, Unset):
            added_by_promotion = UNSET
        else:
            added_by_promotion = self.added_by_promotion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "variant_id": variant_id,
                "product_id": product_id,
                "name": name,
                "url": url,
                "quantity": quantity,
                "is_taxable": is_taxable,
                "image_url": image_url,
                "discounts": discounts,
                "discount_amount": discount_amount,
                "coupon_amount": coupon_amount,
                "list_price": list_price,
                "sale_price": sale_price,
                "extended_list_price": extended_list_price,
                "extended_sale_price": extended_sale_price,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
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
        id = d.pop("id")

        variant_id = d.pop("variant_id")

        product_id = d.pop("product_id")

        name = d.pop("name")

        url = d.pop("url")

        quantity = d.pop("quantity")

        is_taxable = d.pop("is_taxable")

        image_url = d.pop("image_url")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = LineItemDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        discount_amount = d.pop("discount_amount")

        coupon_amount = d.pop("coupon_amount")

        list_price = d.pop("list_price")

        sale_price = d.pop("sale_price")

        extended_list_price = d.pop("extended_list_price")

        extended_sale_price = d.pop("extended_sale_price")

        def _parse_parent_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_coupons(data: object) -> float | list[CartItemCoupon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupons_type_0 = []
                _coupons_type_0 = data
                for coupons_type_0_item_data in _coupons_type_0:
                    coupons_type_0_item = CartItemCoupon.from_dict(coupons_type_0_item_data)

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[CartItemCoupon] | None | Unset, data)

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        def _parse_original_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_price = _parse_original_price(d.pop("original_price", UNSET))

        def _parse_comparison_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        comparison_price = _parse_comparison_price(d.pop("comparison_price", UNSET))

        def _parse_extended_comparison_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_comparison_price = _parse_extended_comparison_price(
            d.pop("extended_comparison_price", UNSET)
        )

        def _parse_is_require_shipping(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_require_shipping = _parse_is_require_shipping(d.pop("is_require_shipping", UNSET))

        def _parse_is_mutable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_mutable = _parse_is_mutable(d.pop("is_mutable", UNSET))

        def _parse_added_by_promotion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        added_by_promotion = _parse_added_by_promotion(d.pop("added_by_promotion", UNSET))

        digital_item = cls(
            id=id,
            variant_id=variant_id,
            product_id=product_id,
            name=name,
            url=url,
            quantity=quantity,
            is_taxable=is_taxable,
            image_url=image_url,
            discounts=discounts,
            discount_amount=discount_amount,
            coupon_amount=coupon_amount,
            list_price=list_price,
            sale_price=sale_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            parent_id=parent_id,
            sku=sku,
            coupons=coupons,
            original_price=original_price,
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
from ..models.cart_item_coupon import CartItemCoupon  # noqa: E402
from ..models.line_item_discount import LineItemDiscount  # noqa: E402
