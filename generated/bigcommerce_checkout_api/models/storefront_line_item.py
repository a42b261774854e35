from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_applied_discount import StorefrontAppliedDiscount
    from ..models.storefront_gift_wrapping import StorefrontGiftWrapping
    from ..models.storefront_line_item_option import StorefrontLineItemOption


T = TypeVar("T", bound="StorefrontLineItem")


@_attrs_define
class StorefrontLineItem:
    """A physical or digital product in the cart.

    Attributes:
        quantity (float): How many.
        brand (str | Unset): The product's brand, when it has one (the storefront carts API returns it).
        added_by_promotion (bool | Unset): Whether a promotion put this item in the cart.
        category_names (list[str] | Unset): Present when the request asked for the items' category names.
        comparison_price (float | Unset): A reference price shown to the shopper, when set.
        coupon_amount (float | Unset): Coupon discounts on the item.
        discounts (list[StorefrontAppliedDiscount] | Unset):
        discount_amount (float | Unset): Non-coupon discounts on the item.
        extended_comparison_price (float | Unset): Comparison price times quantity.
        extended_list_price (float | Unset): List price times quantity.
        extended_sale_price (float | Unset): Sale price times quantity.
        gift_wrapping (StorefrontGiftWrapping | Unset): Gift wrapping chosen for an item.
        id (str | Unset): The line item id, used in consignments and line-item calls.
        image_url (str | Unset): The product image.
        is_mutable (bool | Unset): Whether the shopper may change the quantity.
        is_shipping_required (bool | Unset): Whether the item must ship to an address.
        is_taxable (bool | Unset): Whether tax applies.
        list_price (float | Unset): The unit price before discounts and coupons.
        name (str | Unset): The product name.
        options (list[StorefrontLineItemOption] | Unset): Present when the request asked for the items' options.
        original_price (float | Unset): The product's default price.
        parent_id (str | Unset): The line item this one belongs to, for bundled items; empty otherwise.
        product_id (int | Unset): The product.
        sku (str | Unset): The variant's SKU.
        sale_price (float | Unset): The unit price after all discounts, before tax.
        type_ (str | Unset): The item kind, `physical` or `digital`.
        url (str | Unset): The product page.
        variant_id (int | Unset): The product variant.
    """

    quantity: float
    brand: str | Unset = UNSET
    added_by_promotion: bool | Unset = UNSET
    category_names: list[str] | Unset = UNSET
    comparison_price: float | Unset = UNSET
    coupon_amount: float | Unset = UNSET
    discounts: list[StorefrontAppliedDiscount] | Unset = UNSET
    discount_amount: float | Unset = UNSET
    extended_comparison_price: float | Unset = UNSET
    extended_list_price: float | Unset = UNSET
    extended_sale_price: float | Unset = UNSET
    gift_wrapping: StorefrontGiftWrapping | Unset = UNSET
    id: str | Unset = UNSET
    image_url: str | Unset = UNSET
    is_mutable: bool | Unset = UNSET
    is_shipping_required: bool | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    list_price: float | Unset = UNSET
    name: str | Unset = UNSET
    options: list[StorefrontLineItemOption] | Unset = UNSET
    original_price: float | Unset = UNSET
    parent_id: str | Unset = UNSET
    product_id: int | Unset = UNSET
    sku: str | Unset = UNSET
    sale_price: float | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    variant_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        brand = self.brand

        added_by_promotion = self.added_by_promotion

        category_names: list[str] | Unset = UNSET
        if not isinstance(self.category_names, Unset):
            category_names = self.category_names

        comparison_price = self.comparison_price

        coupon_amount = self.coupon_amount

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        discount_amount = self.discount_amount

        extended_comparison_price = self.extended_comparison_price

        extended_list_price = self.extended_list_price

        extended_sale_price = self.extended_sale_price

        gift_wrapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_wrapping, Unset):
            gift_wrapping = self.gift_wrapping.to_dict()

        id = self.id

        image_url = self.image_url

        is_mutable = self.is_mutable

        is_shipping_required = self.is_shipping_required

        is_taxable = self.is_taxable

        list_price = self.list_price

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        original_price = self.original_price

        parent_id = self.parent_id

        product_id = self.product_id

        sku = self.sku

        sale_price = self.sale_price

        type_ = self.type_

        url = self.url

        variant_id = self.variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if added_by_promotion is not UNSET:
            field_dict["addedByPromotion"] = added_by_promotion
        if category_names is not UNSET:
            field_dict["categoryNames"] = category_names
        if comparison_price is not UNSET:
            field_dict["comparisonPrice"] = comparison_price
        if coupon_amount is not UNSET:
            field_dict["couponAmount"] = coupon_amount
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if extended_comparison_price is not UNSET:
            field_dict["extendedComparisonPrice"] = extended_comparison_price
        if extended_list_price is not UNSET:
            field_dict["extendedListPrice"] = extended_list_price
        if extended_sale_price is not UNSET:
            field_dict["extendedSalePrice"] = extended_sale_price
        if gift_wrapping is not UNSET:
            field_dict["giftWrapping"] = gift_wrapping
        if id is not UNSET:
            field_dict["id"] = id
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if is_mutable is not UNSET:
            field_dict["isMutable"] = is_mutable
        if is_shipping_required is not UNSET:
            field_dict["isShippingRequired"] = is_shipping_required
        if is_taxable is not UNSET:
            field_dict["isTaxable"] = is_taxable
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if original_price is not UNSET:
            field_dict["originalPrice"] = original_price
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        brand = d.pop("brand", UNSET)

        added_by_promotion = d.pop("addedByPromotion", UNSET)

        category_names = cast(list[str], d.pop("categoryNames", UNSET))

        comparison_price = d.pop("comparisonPrice", UNSET)

        coupon_amount = d.pop("couponAmount", UNSET)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[StorefrontAppliedDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = StorefrontAppliedDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        discount_amount = d.pop("discountAmount", UNSET)

        extended_comparison_price = d.pop("extendedComparisonPrice", UNSET)

        extended_list_price = d.pop("extendedListPrice", UNSET)

        extended_sale_price = d.pop("extendedSalePrice", UNSET)

        _gift_wrapping = d.pop("giftWrapping", UNSET)
        gift_wrapping: StorefrontGiftWrapping | Unset
        if isinstance(_gift_wrapping, Unset):
            gift_wrapping = UNSET
        else:
            gift_wrapping = StorefrontGiftWrapping.from_dict(_gift_wrapping)

        id = d.pop("id", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        is_mutable = d.pop("isMutable", UNSET)

        is_shipping_required = d.pop("isShippingRequired", UNSET)

        is_taxable = d.pop("isTaxable", UNSET)

        list_price = d.pop("listPrice", UNSET)

        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[StorefrontLineItemOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = StorefrontLineItemOption.from_dict(options_item_data)

                options.append(options_item)

        original_price = d.pop("originalPrice", UNSET)

        parent_id = d.pop("parentId", UNSET)

        product_id = d.pop("productId", UNSET)

        sku = d.pop("sku", UNSET)

        sale_price = d.pop("salePrice", UNSET)

        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        variant_id = d.pop("variantId", UNSET)

        storefront_line_item = cls(
            quantity=quantity,
            brand=brand,
            added_by_promotion=added_by_promotion,
            category_names=category_names,
            comparison_price=comparison_price,
            coupon_amount=coupon_amount,
            discounts=discounts,
            discount_amount=discount_amount,
            extended_comparison_price=extended_comparison_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            gift_wrapping=gift_wrapping,
            id=id,
            image_url=image_url,
            is_mutable=is_mutable,
            is_shipping_required=is_shipping_required,
            is_taxable=is_taxable,
            list_price=list_price,
            name=name,
            options=options,
            original_price=original_price,
            parent_id=parent_id,
            product_id=product_id,
            sku=sku,
            sale_price=sale_price,
            type_=type_,
            url=url,
            variant_id=variant_id,
        )

        storefront_line_item.additional_properties = d
        return storefront_line_item

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
from ..models.storefront_applied_discount import StorefrontAppliedDiscount  # noqa: E402
from ..models.storefront_gift_wrapping import StorefrontGiftWrapping  # noqa: E402
from ..models.storefront_line_item_option import StorefrontLineItemOption  # noqa: E402
