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
        added_by_promotion (bool): Whether a promotion put this item in the cart.
        comparison_price (float): A reference price shown to the shopper, when set.
        coupon_amount (float): Coupon discounts on the item.
        discounts (list[StorefrontAppliedDiscount]):
        discount_amount (float): Non-coupon discounts on the item.
        extended_comparison_price (float): Comparison price times quantity.
        extended_list_price (float): List price times quantity.
        extended_sale_price (float): Sale price times quantity.
        id (str): The line item id, used in consignments and line-item calls.
        image_url (str): The product image.
        is_taxable (bool): Whether tax applies.
        list_price (float): The unit price before discounts and coupons.
        name (str): The product name.
        product_id (int): The product.
        quantity (int): How many (a whole number; pass it back as a consignment's line item quantity).
        sale_price (float): The unit price after all discounts, before tax.
        url (str): The product page.
        variant_id (int): The product variant.
        brand (None | str | Unset): The product's brand name.
        category_names (list[str] | None | Unset): Present when the request asked for the items' category names.
        gift_wrapping (None | StorefrontGiftWrapping | Unset): The gift wrapping chosen for a physical item; `null` when
            it is not wrapped.
        is_mutable (bool | None | Unset): Whether the shopper may change the quantity.
        is_shipping_required (bool | None | Unset): Whether the item must ship to an address.
        options (list[StorefrontLineItemOption] | None | Unset): Present when the request asked for the items' options.
        original_price (float | None | Unset): The product's default price.
        parent_id (None | str | Unset): The line item this one belongs to, for bundled items; `null` otherwise.
        sku (None | str | Unset): The variant's SKU.
        type_ (None | str | Unset): The item kind, `physical` or `digital`.
    """

    added_by_promotion: bool
    comparison_price: float
    coupon_amount: float
    discounts: list[StorefrontAppliedDiscount]
    discount_amount: float
    extended_comparison_price: float
    extended_list_price: float
    extended_sale_price: float
    id: str
    image_url: str
    is_taxable: bool
    list_price: float
    name: str
    product_id: int
    quantity: int
    sale_price: float
    url: str
    variant_id: int
    brand: None | str | Unset = UNSET
    category_names: list[str] | None | Unset = UNSET
    gift_wrapping: None | StorefrontGiftWrapping | Unset = UNSET
    is_mutable: bool | None | Unset = UNSET
    is_shipping_required: bool | None | Unset = UNSET
    options: list[StorefrontLineItemOption] | None | Unset = UNSET
    original_price: float | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_by_promotion = self.added_by_promotion

        comparison_price = self.comparison_price

        coupon_amount = self.coupon_amount

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        discount_amount = self.discount_amount

        extended_comparison_price = self.extended_comparison_price

        extended_list_price = self.extended_list_price

        extended_sale_price = self.extended_sale_price

        id = self.id

        image_url = self.image_url

        is_taxable = self.is_taxable

        list_price = self.list_price

        name = self.name

        product_id = self.product_id

        quantity = self.quantity

        sale_price = self.sale_price

        url = self.url

        variant_id = self.variant_id

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        category_names: list[str] | None | Unset
        if isinstance(self.category_names, Unset):
            category_names = UNSET
        elif isinstance(self.category_names, list):
            category_names = self.category_names

        else:
            category_names = self.category_names

        gift_wrapping: dict[str, Any] | None | Unset
        if isinstance(self.gift_wrapping, Unset):
            gift_wrapping = UNSET
        elif isinstance(self.gift_wrapping, StorefrontGiftWrapping):
            gift_wrapping = self.gift_wrapping.to_dict()
        else:
            gift_wrapping = self.gift_wrapping

        is_mutable: bool | None | Unset
        if isinstance(self.is_mutable, Unset):
            is_mutable = UNSET
        else:
            is_mutable = self.is_mutable

        is_shipping_required: bool | None | Unset
        if isinstance(self.is_shipping_required, Unset):
            is_shipping_required = UNSET
        else:
            is_shipping_required = self.is_shipping_required

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        original_price: float | None | Unset
        if isinstance(self.original_price, Unset):
            original_price = UNSET
        else:
            original_price = self.original_price

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addedByPromotion": added_by_promotion,
                "comparisonPrice": comparison_price,
                "couponAmount": coupon_amount,
                "discounts": discounts,
                "discountAmount": discount_amount,
                "extendedComparisonPrice": extended_comparison_price,
                "extendedListPrice": extended_list_price,
                "extendedSalePrice": extended_sale_price,
                "id": id,
                "imageUrl": image_url,
                "isTaxable": is_taxable,
                "listPrice": list_price,
                "name": name,
                "productId": product_id,
                "quantity": quantity,
                "salePrice": sale_price,
                "url": url,
                "variantId": variant_id,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if category_names is not UNSET:
            field_dict["categoryNames"] = category_names
        if gift_wrapping is not UNSET:
            field_dict["giftWrapping"] = gift_wrapping
        if is_mutable is not UNSET:
            field_dict["isMutable"] = is_mutable
        if is_shipping_required is not UNSET:
            field_dict["isShippingRequired"] = is_shipping_required
        if options is not UNSET:
            field_dict["options"] = options
        if original_price is not UNSET:
            field_dict["originalPrice"] = original_price
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added_by_promotion = d.pop("addedByPromotion")

        comparison_price = d.pop("comparisonPrice")

        coupon_amount = d.pop("couponAmount")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = StorefrontAppliedDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        discount_amount = d.pop("discountAmount")

        extended_comparison_price = d.pop("extendedComparisonPrice")

        extended_list_price = d.pop("extendedListPrice")

        extended_sale_price = d.pop("extendedSalePrice")

        id = d.pop("id")

        image_url = d.pop("imageUrl")

        is_taxable = d.pop("isTaxable")

        list_price = d.pop("listPrice")

        name = d.pop("name")

        product_id = d.pop("productId")

        quantity = d.pop("quantity")

        sale_price = d.pop("salePrice")

        url = d.pop("url")

        variant_id = d.pop("variantId")

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_category_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                category_names_type_0 = cast(list[str], data)

                return category_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"category_names: a {type(data).__name__} fits none of the declared types")

        category_names = _parse_category_names(d.pop("categoryNames", UNSET))

        def _parse_gift_wrapping(data: object) -> None | StorefrontGiftWrapping | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_wrapping_type_0 = StorefrontGiftWrapping.from_dict(data)

                return gift_wrapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"gift_wrapping: a {type(data).__name__} fits none of the declared types")

        gift_wrapping = _parse_gift_wrapping(d.pop("giftWrapping", UNSET))

        def _parse_is_mutable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_mutable = _parse_is_mutable(d.pop("isMutable", UNSET))

        def _parse_is_shipping_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_shipping_required = _parse_is_shipping_required(d.pop("isShippingRequired", UNSET))

        def _parse_options(data: object) -> list[StorefrontLineItemOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = StorefrontLineItemOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"options: a {type(data).__name__} fits none of the declared types")

        options = _parse_options(d.pop("options", UNSET))

        def _parse_original_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_price = _parse_original_price(d.pop("originalPrice", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        storefront_line_item = cls(
            added_by_promotion=added_by_promotion,
            comparison_price=comparison_price,
            coupon_amount=coupon_amount,
            discounts=discounts,
            discount_amount=discount_amount,
            extended_comparison_price=extended_comparison_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            id=id,
            image_url=image_url,
            is_taxable=is_taxable,
            list_price=list_price,
            name=name,
            product_id=product_id,
            quantity=quantity,
            sale_price=sale_price,
            url=url,
            variant_id=variant_id,
            brand=brand,
            category_names=category_names,
            gift_wrapping=gift_wrapping,
            is_mutable=is_mutable,
            is_shipping_required=is_shipping_required,
            options=options,
            original_price=original_price,
            parent_id=parent_id,
            sku=sku,
            type_=type_,
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
