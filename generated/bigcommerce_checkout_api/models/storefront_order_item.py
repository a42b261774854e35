from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_gift_wrapping import StorefrontGiftWrapping
    from ..models.storefront_line_item_option import StorefrontLineItemOption
    from ..models.storefront_order_category import StorefrontOrderCategory
    from ..models.storefront_order_item_discount import StorefrontOrderItemDiscount
    from ..models.storefront_order_item_discounts_type_1 import (
        StorefrontOrderItemDiscountsType1,
    )
    from ..models.storefront_order_social_link import StorefrontOrderSocialLink


T = TypeVar("T", bound="StorefrontOrderItem")


@_attrs_define
class StorefrontOrderItem:
    """A physical or digital product in the order.

    Attributes:
        quantity (float): How many.
        id (int | None | str | Unset): The order item's id (a number in real answers; BigCommerce documents a string).
        parent_id (int | None | str | Unset): The item this one belongs to, for bundled items.
        variant_id (float | None | Unset): The product variant.
        product_id (float | None | Unset): The product.
        sku (None | str | Unset):
        name (None | str | Unset):
        url (None | str | Unset): The product page.
        brand (None | str | Unset):
        is_taxable (bool | None | Unset):
        image_url (None | str | Unset):
        discounts (list[StorefrontOrderItemDiscount] | None | StorefrontOrderItemDiscountsType1 | Unset): Discounts on
            the item.
        discount_amount (float | None | Unset):
        coupon_amount (float | None | Unset):
        list_price (float | None | Unset):
        sale_price (float | None | Unset):
        extended_list_price (float | None | Unset):
        extended_sale_price (float | None | Unset):
        extended_comparison_price (float | None | Unset):
        type_ (None | str | Unset): `physical` or `digital`.
        added_by_promotion (bool | None | Unset):
        is_shipping_required (bool | None | Unset):
        gift_wrapping (None | StorefrontGiftWrapping | Unset):
        categories (list[list[StorefrontOrderCategory] | StorefrontOrderCategory] | None | Unset): The item's category
            paths; each path is a list of categories.
        social_media (list[StorefrontOrderSocialLink] | None | Unset):
        options (list[StorefrontLineItemOption] | None | Unset):
        download_file_urls (list[str] | None | Unset):
        download_page_url (None | str | Unset):
        download_size (None | str | Unset):
    """

    quantity: float
    id: int | None | str | Unset = UNSET
    parent_id: int | None | str | Unset = UNSET
    variant_id: float | None | Unset = UNSET
    product_id: float | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    is_taxable: bool | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    discounts: list[StorefrontOrderItemDiscount] | None | StorefrontOrderItemDiscountsType1 | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    coupon_amount: float | None | Unset = UNSET
    list_price: float | None | Unset = UNSET
    sale_price: float | None | Unset = UNSET
    extended_list_price: float | None | Unset = UNSET
    extended_sale_price: float | None | Unset = UNSET
    extended_comparison_price: float | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    added_by_promotion: bool | None | Unset = UNSET
    is_shipping_required: bool | None | Unset = UNSET
    gift_wrapping: None | StorefrontGiftWrapping | Unset = UNSET
    categories: list[list[StorefrontOrderCategory] | StorefrontOrderCategory] | None | Unset = UNSET
    social_media: list[StorefrontOrderSocialLink] | None | Unset = UNSET
    options: list[StorefrontLineItemOption] | None | Unset = UNSET
    download_file_urls: list[str] | None | Unset = UNSET
    download_page_url: None | str | Unset = UNSET
    download_size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_id: int | None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        variant_id: float | None | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        product_id: float | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        is_taxable: bool | None | Unset
        if isinstance(self.is_taxable, Unset):
            is_taxable = UNSET
        else:
            is_taxable = self.is_taxable

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        discounts: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        elif isinstance(self.discounts, StorefrontOrderItemDiscountsType1):
            discounts = self.discounts.to_dict()
        else:
            discounts = self.discounts

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        coupon_amount: float | None | Unset
        if isinstance(self.coupon_amount, Unset):
            coupon_amount = UNSET
        else:
            coupon_amount = self.coupon_amount

        list_price: float | None | Unset
        if isinstance(self.list_price, Unset):
            list_price = UNSET
        else:
            list_price = self.list_price

        sale_price: float | None | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        extended_list_price: float | None | Unset
        if isinstance(self.extended_list_price, Unset):
            extended_list_price = UNSET
        else:
            extended_list_price = self.extended_list_price

        extended_sale_price: float | None | Unset
        if isinstance(self.extended_sale_price, Unset):
            extended_sale_price = UNSET
        else:
            extended_sale_price = self.extended_sale_price

        extended_comparison_price: float | None | Unset
        if isinstance(self.extended_comparison_price, Unset):
            extended_comparison_price = UNSET
        else:
            extended_comparison_price = self.extended_comparison_price

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        added_by_promotion: bool | None | Unset
        if isinstance(self.added_by_promotion, Unset):
            added_by_promotion = UNSET
        else:
            added_by_promotion = self.added_by_promotion

        is_shipping_required: bool | None | Unset
        if isinstance(self.is_shipping_required, Unset):
            is_shipping_required = UNSET
        else:
            is_shipping_required = self.is_shipping_required

        gift_wrapping: dict[str, Any] | None | Unset
        if isinstance(self.gift_wrapping, Unset):
            gift_wrapping = UNSET
        elif isinstance(self.gift_wrapping, StorefrontGiftWrapping):
            gift_wrapping = self.gift_wrapping.to_dict()
        else:
            gift_wrapping = self.gift_wrapping

        categories: list[dict[str, Any] | list[dict[str, Any]]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item: dict[str, Any] | list[dict[str, Any]]
                if isinstance(categories_type_0_item_data, list):
                    categories_type_0_item = []
                    for categories_type_0_item_type_0_item_data in categories_type_0_item_data:
                        categories_type_0_item_type_0_item = categories_type_0_item_type_0_item_data.to_dict()
                        categories_type_0_item.append(categories_type_0_item_type_0_item)

                else:
                    categories_type_0_item = categories_type_0_item_data.to_dict()

                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        social_media: list[dict[str, Any]] | None | Unset
        if isinstance(self.social_media, Unset):
            social_media = UNSET
        elif isinstance(self.social_media, list):
            social_media = []
            for social_media_type_0_item_data in self.social_media:
                social_media_type_0_item = social_media_type_0_item_data.to_dict()
                social_media.append(social_media_type_0_item)

        else:
            social_media = self.social_media

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

        download_file_urls: list[str] | None | Unset
        if isinstance(self.download_file_urls, Unset):
            download_file_urls = UNSET
        elif isinstance(self.download_file_urls, list):
            download_file_urls = self.download_file_urls

        else:
            download_file_urls = self.download_file_urls

        download_page_url: None | str | Unset
        if isinstance(self.download_page_url, Unset):
            download_page_url = UNSET
        else:
            download_page_url = self.download_page_url

        download_size: None | str | Unset
        if isinstance(self.download_size, Unset):
            download_size = UNSET
        else:
            download_size = self.download_size

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
            field_dict["parentId"] = parent_id
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if brand is not UNSET:
            field_dict["brand"] = brand
        if is_taxable is not UNSET:
            field_dict["isTaxable"] = is_taxable
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if coupon_amount is not UNSET:
            field_dict["couponAmount"] = coupon_amount
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if extended_list_price is not UNSET:
            field_dict["extendedListPrice"] = extended_list_price
        if extended_sale_price is not UNSET:
            field_dict["extendedSalePrice"] = extended_sale_price
        if extended_comparison_price is not UNSET:
            field_dict["extendedComparisonPrice"] = extended_comparison_price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if added_by_promotion is not UNSET:
            field_dict["addedByPromotion"] = added_by_promotion
        if is_shipping_required is not UNSET:
            field_dict["isShippingRequired"] = is_shipping_required
        if gift_wrapping is not UNSET:
            field_dict["giftWrapping"] = gift_wrapping
        if categories is not UNSET:
            field_dict["categories"] = categories
        if social_media is not UNSET:
            field_dict["socialMedia"] = social_media
        if options is not UNSET:
            field_dict["options"] = options
        if download_file_urls is not UNSET:
            field_dict["downloadFileUrls"] = download_file_urls
        if download_page_url is not UNSET:
            field_dict["downloadPageUrl"] = download_page_url
        if download_size is not UNSET:
            field_dict["downloadSize"] = download_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_parent_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_variant_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        variant_id = _parse_variant_id(d.pop("variantId", UNSET))

        def _parse_product_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_is_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_taxable = _parse_is_taxable(d.pop("isTaxable", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_discounts(
            data: object,
        ) -> list[StorefrontOrderItemDiscount] | None | StorefrontOrderItemDiscountsType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = StorefrontOrderItemDiscount.from_dict(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discounts_type_1 = StorefrontOrderItemDiscountsType1.from_dict(data)

                return discounts_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"discounts: a {type(data).__name__} fits none of the declared types")

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discountAmount", UNSET))

        def _parse_coupon_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coupon_amount = _parse_coupon_amount(d.pop("couponAmount", UNSET))

        def _parse_list_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        list_price = _parse_list_price(d.pop("listPrice", UNSET))

        def _parse_sale_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sale_price = _parse_sale_price(d.pop("salePrice", UNSET))

        def _parse_extended_list_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_list_price = _parse_extended_list_price(d.pop("extendedListPrice", UNSET))

        def _parse_extended_sale_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_sale_price = _parse_extended_sale_price(d.pop("extendedSalePrice", UNSET))

        def _parse_extended_comparison_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_comparison_price = _parse_extended_comparison_price(d.pop("extendedComparisonPrice", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_added_by_promotion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        added_by_promotion = _parse_added_by_promotion(d.pop("addedByPromotion", UNSET))

        def _parse_is_shipping_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_shipping_required = _parse_is_shipping_required(d.pop("isShippingRequired", UNSET))

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

        def _parse_categories(
            data: object,
        ) -> list[list[StorefrontOrderCategory] | StorefrontOrderCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:

                    def _parse_categories_type_0_item(
                        data: object,
                    ) -> list[StorefrontOrderCategory] | StorefrontOrderCategory:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            categories_type_0_item_type_0 = []
                            _categories_type_0_item_type_0 = data
                            for categories_type_0_item_type_0_item_data in _categories_type_0_item_type_0:
                                categories_type_0_item_type_0_item = StorefrontOrderCategory.from_dict(
                                    categories_type_0_item_type_0_item_data
                                )

                                categories_type_0_item_type_0.append(categories_type_0_item_type_0_item)

                            return categories_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        categories_type_0_item_type_1 = StorefrontOrderCategory.from_dict(data)

                        return categories_type_0_item_type_1

                    categories_type_0_item = _parse_categories_type_0_item(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"categories: a {type(data).__name__} fits none of the declared types")

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_social_media(data: object) -> list[StorefrontOrderSocialLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                social_media_type_0 = []
                _social_media_type_0 = data
                for social_media_type_0_item_data in _social_media_type_0:
                    social_media_type_0_item = StorefrontOrderSocialLink.from_dict(
                        social_media_type_0_item_data
                    )

                    social_media_type_0.append(social_media_type_0_item)

                return social_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"social_media: a {type(data).__name__} fits none of the declared types")

        social_media = _parse_social_media(d.pop("socialMedia", UNSET))

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

        def _parse_download_file_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                download_file_urls_type_0 = cast(list[str], data)

                return download_file_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"download_file_urls: a {type(data).__name__} fits none of the declared types")

        download_file_urls = _parse_download_file_urls(d.pop("downloadFileUrls", UNSET))

        def _parse_download_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_page_url = _parse_download_page_url(d.pop("downloadPageUrl", UNSET))

        def _parse_download_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_size = _parse_download_size(d.pop("downloadSize", UNSET))

        storefront_order_item = cls(
            quantity=quantity,
            id=id,
            parent_id=parent_id,
            variant_id=variant_id,
            product_id=product_id,
            sku=sku,
            name=name,
            url=url,
            brand=brand,
            is_taxable=is_taxable,
            image_url=image_url,
            discounts=discounts,
            discount_amount=discount_amount,
            coupon_amount=coupon_amount,
            list_price=list_price,
            sale_price=sale_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            extended_comparison_price=extended_comparison_price,
            type_=type_,
            added_by_promotion=added_by_promotion,
            is_shipping_required=is_shipping_required,
            gift_wrapping=gift_wrapping,
            categories=categories,
            social_media=social_media,
            options=options,
            download_file_urls=download_file_urls,
            download_page_url=download_page_url,
            download_size=download_size,
        )

        storefront_order_item.additional_properties = d
        return storefront_order_item

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
from ..models.storefront_gift_wrapping import StorefrontGiftWrapping  # noqa: E402
from ..models.storefront_line_item_option import StorefrontLineItemOption  # noqa: E402
from ..models.storefront_order_category import StorefrontOrderCategory  # noqa: E402
from ..models.storefront_order_item_discount import StorefrontOrderItemDiscount  # noqa: E402
from ..models.storefront_order_item_discounts_type_1 import (
    StorefrontOrderItemDiscountsType1,  # noqa: E402
)
from ..models.storefront_order_social_link import StorefrontOrderSocialLink  # noqa: E402
