from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_applied_discount import CartAppliedDiscount
    from ..models.cart_item_coupon import CartItemCoupon
    from ..models.cart_item_option import CartItemOption


T = TypeVar("T", bound="CartItemBase")


@_attrs_define
class CartItemBase:
    """What physical and digital items of a cart have in common.

    Attributes:
        variant_id (float): The product variant.
        product_id (float): The product.
        quantity (float): How many.
        id (None | str | Unset): The line item id, used by the line-item calls.
        parent_id (int | None | str | Unset): The line item this one belongs to, for bundled items; `null` otherwise.
        sku (None | str | Unset): The variant's SKU.
        name (None | str | Unset): The product name.
        url (None | str | Unset): The product page.
        taxable (bool | None | Unset): Whether tax applies.
        image_url (None | str | Unset): The product image.
        discounts (list[CartAppliedDiscount] | None | Unset):
        coupons (float | list[CartItemCoupon] | None | Unset): The coupons on this item; BigCommerce documents a plain
            amount here as well.
        discount_amount (float | None | Unset): Non-coupon discounts on the item.
        coupon_amount (float | None | Unset): Coupon discounts on the item.
        original_price (float | None | Unset): The price before any price list or sale.
        list_price (float | None | Unset): The unit price before discounts.
        sale_price (float | None | Unset): The unit price after item-level discounts.
        extended_list_price (float | None | Unset): List price times quantity.
        extended_sale_price (float | None | Unset): Sale price times quantity.
        is_require_shipping (bool | None | Unset): Whether the item ships; false for digital items.
        is_mutable (bool | None | Unset): Whether the shopper may change the quantity.
        added_by_promotion (bool | None | Unset): Whether a promotion put this item in the cart.
        options (list[CartItemOption] | None | Unset): The chosen options; present when `include` asks for them.
    """

    variant_id: float
    product_id: float
    quantity: float
    id: None | str | Unset = UNSET
    parent_id: int | None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    discounts: list[CartAppliedDiscount] | None | Unset = UNSET
    coupons: float | list[CartItemCoupon] | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    coupon_amount: float | None | Unset = UNSET
    original_price: float | None | Unset = UNSET
    list_price: float | None | Unset = UNSET
    sale_price: float | None | Unset = UNSET
    extended_list_price: float | None | Unset = UNSET
    extended_sale_price: float | None | Unset = UNSET
    is_require_shipping: bool | None | Unset = UNSET
    is_mutable: bool | None | Unset = UNSET
    added_by_promotion: bool | None | Unset = UNSET
    options: list[CartItemOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant_id = self.variant_id

        product_id = self.product_id

        quantity = self.quantity

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_id: int | None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

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

        original_price: float | None | Unset
        if isinstance(self.original_price, Unset):
            original_price = UNSET
        else:
            original_price = self.original_price

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant_id": variant_id,
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
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
        if is_require_shipping is not UNSET:
            field_dict["is_require_shipping"] = is_require_shipping
        if is_mutable is not UNSET:
            field_dict["is_mutable"] = is_mutable
        if added_by_promotion is not UNSET:
            field_dict["added_by_promotion"] = added_by_promotion
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variant_id = d.pop("variant_id")

        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_parent_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

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

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_discounts(data: object) -> list[CartAppliedDiscount] | None | Unset:
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
                    discounts_type_0_item = CartAppliedDiscount.from_dict(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"discounts: a {type(data).__name__} fits none of the declared types")

        discounts = _parse_discounts(d.pop("discounts", UNSET))

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

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_coupon_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coupon_amount = _parse_coupon_amount(d.pop("coupon_amount", UNSET))

        def _parse_original_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_price = _parse_original_price(d.pop("original_price", UNSET))

        def _parse_list_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        list_price = _parse_list_price(d.pop("list_price", UNSET))

        def _parse_sale_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sale_price = _parse_sale_price(d.pop("sale_price", UNSET))

        def _parse_extended_list_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_list_price = _parse_extended_list_price(d.pop("extended_list_price", UNSET))

        def _parse_extended_sale_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extended_sale_price = _parse_extended_sale_price(d.pop("extended_sale_price", UNSET))

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

        def _parse_options(data: object) -> list[CartItemOption] | None | Unset:
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
                    options_type_0_item = CartItemOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"options: a {type(data).__name__} fits none of the declared types")

        options = _parse_options(d.pop("options", UNSET))

        cart_item_base = cls(
            variant_id=variant_id,
            product_id=product_id,
            quantity=quantity,
            id=id,
            parent_id=parent_id,
            sku=sku,
            name=name,
            url=url,
            taxable=taxable,
            image_url=image_url,
            discounts=discounts,
            coupons=coupons,
            discount_amount=discount_amount,
            coupon_amount=coupon_amount,
            original_price=original_price,
            list_price=list_price,
            sale_price=sale_price,
            extended_list_price=extended_list_price,
            extended_sale_price=extended_sale_price,
            is_require_shipping=is_require_shipping,
            is_mutable=is_mutable,
            added_by_promotion=added_by_promotion,
            options=options,
        )

        cart_item_base.additional_properties = d
        return cart_item_base

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
from ..models.cart_applied_discount import CartAppliedDiscount  # noqa: E402
from ..models.cart_item_coupon import CartItemCoupon  # noqa: E402
from ..models.cart_item_option import CartItemOption  # noqa: E402
