from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_applied_coupon import CartAppliedCoupon
    from ..models.cart_applied_discount import CartAppliedDiscount
    from ..models.cart_currency import CartCurrency
    from ..models.cart_line_items import CartLineItems
    from ..models.cart_promotions import CartPromotions
    from ..models.cart_redirect_urls import CartRedirectUrls


T = TypeVar("T", bound="CartFull")


@_attrs_define
class CartFull:
    """A cart as the Carts API returns it; its id is also its checkout's id.

    Attributes:
        id (UUID): The cart id, which is also the checkout id.
        line_items (CartLineItems): The cart's items, by kind.
        customer_id (int | None | Unset): The customer who owns the cart; 0 for a guest.
        channel_id (int | None | Unset): The sales channel the cart belongs to.
        email (None | str | Unset): The shopper's email, once known.
        currency (CartCurrency | None | Unset):
        tax_included (bool | None | Unset): Whether the prices include tax.
        base_amount (float | None | Unset): The items' list prices added up, before discounts.
        discount_amount (float | None | Unset): Discounts on the line items, coupons excluded.
        manual_discount_amount (float | None | Unset): Manual discounts put on the cart through the checkout API.
        cart_amount (float | None | Unset): The cart total after every discount.
        coupons (list[CartAppliedCoupon] | None | Unset):
        discounts (list[CartAppliedDiscount] | None | Unset):
        created_time (None | str | Unset): When the cart was created (ISO 8601).
        updated_time (None | str | Unset): When the cart last changed (ISO 8601).
        locale (None | str | Unset): The shopper's locale, for example `en-GB`.
        promotions (CartPromotions | None | Unset):
        version (int | None | Unset): Changes with every update. Send it back with a change to have BigCommerce refuse
            the
            change (409) if someone else changed the cart meanwhile.
        redirect_urls (CartRedirectUrls | None | Unset):
    """

    id: UUID
    line_items: CartLineItems
    customer_id: int | None | Unset = UNSET
    channel_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    currency: CartCurrency | None | Unset = UNSET
    tax_included: bool | None | Unset = UNSET
    base_amount: float | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    manual_discount_amount: float | None | Unset = UNSET
    cart_amount: float | None | Unset = UNSET
    coupons: list[CartAppliedCoupon] | None | Unset = UNSET
    discounts: list[CartAppliedDiscount] | None | Unset = UNSET
    created_time: None | str | Unset = UNSET
    updated_time: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    promotions: CartPromotions | None | Unset = UNSET
    version: int | None | Unset = UNSET
    redirect_urls: CartRedirectUrls | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        line_items = self.line_items.to_dict()

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        channel_id: int | None | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CartCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        tax_included: bool | None | Unset
        if isinstance(self.tax_included, Unset):
            tax_included = UNSET
        else:
            tax_included = self.tax_included

        base_amount: float | None | Unset
        if isinstance(self.base_amount, Unset):
            base_amount = UNSET
        else:
            base_amount = self.base_amount

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        manual_discount_amount: float | None | Unset
        if isinstance(self.manual_discount_amount, Unset):
            manual_discount_amount = UNSET
        else:
            manual_discount_amount = self.manual_discount_amount

        cart_amount: float | None | Unset
        if isinstance(self.cart_amount, Unset):
            cart_amount = UNSET
        else:
            cart_amount = self.cart_amount

        coupons: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

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

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        updated_time: None | str | Unset
        if isinstance(self.updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = self.updated_time

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        promotions: dict[str, Any] | None | Unset
        if isinstance(self.promotions, Unset):
            promotions = UNSET
        elif isinstance(self.promotions, CartPromotions):
            promotions = self.promotions.to_dict()
        else:
            promotions = self.promotions

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        redirect_urls: dict[str, Any] | None | Unset
        if isinstance(self.redirect_urls, Unset):
            redirect_urls = UNSET
        elif isinstance(self.redirect_urls, CartRedirectUrls):
            redirect_urls = self.redirect_urls.to_dict()
        else:
            redirect_urls = self.redirect_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_items": line_items,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if email is not UNSET:
            field_dict["email"] = email
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if manual_discount_amount is not UNSET:
            field_dict["manual_discount_amount"] = manual_discount_amount
        if cart_amount is not UNSET:
            field_dict["cart_amount"] = cart_amount
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if locale is not UNSET:
            field_dict["locale"] = locale
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if version is not UNSET:
            field_dict["version"] = version
        if redirect_urls is not UNSET:
            field_dict["redirect_urls"] = redirect_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        line_items = CartLineItems.from_dict(d.pop("line_items"))

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_channel_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_currency(data: object) -> CartCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = CartCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"currency: a {type(data).__name__} fits none of the declared types")

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_tax_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tax_included = _parse_tax_included(d.pop("tax_included", UNSET))

        def _parse_base_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_amount = _parse_base_amount(d.pop("base_amount", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_manual_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        manual_discount_amount = _parse_manual_discount_amount(d.pop("manual_discount_amount", UNSET))

        def _parse_cart_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cart_amount = _parse_cart_amount(d.pop("cart_amount", UNSET))

        def _parse_coupons(data: object) -> list[CartAppliedCoupon] | None | Unset:
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
                    coupons_type_0_item = CartAppliedCoupon.from_dict(coupons_type_0_item_data)

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"coupons: a {type(data).__name__} fits none of the declared types")

        coupons = _parse_coupons(d.pop("coupons", UNSET))

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

        def _parse_created_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_updated_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_time = _parse_updated_time(d.pop("updated_time", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_promotions(data: object) -> CartPromotions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotions_type_0 = CartPromotions.from_dict(data)

                return promotions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"promotions: a {type(data).__name__} fits none of the declared types")

        promotions = _parse_promotions(d.pop("promotions", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_redirect_urls(data: object) -> CartRedirectUrls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redirect_urls_type_0 = CartRedirectUrls.from_dict(data)

                return redirect_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"redirect_urls: a {type(data).__name__} fits none of the declared types")

        redirect_urls = _parse_redirect_urls(d.pop("redirect_urls", UNSET))

        cart_full = cls(
            id=id,
            line_items=line_items,
            customer_id=customer_id,
            channel_id=channel_id,
            email=email,
            currency=currency,
            tax_included=tax_included,
            base_amount=base_amount,
            discount_amount=discount_amount,
            manual_discount_amount=manual_discount_amount,
            cart_amount=cart_amount,
            coupons=coupons,
            discounts=discounts,
            created_time=created_time,
            updated_time=updated_time,
            locale=locale,
            promotions=promotions,
            version=version,
            redirect_urls=redirect_urls,
        )

        cart_full.additional_properties = d
        return cart_full

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
from ..models.cart_applied_coupon import CartAppliedCoupon  # noqa: E402
from ..models.cart_applied_discount import CartAppliedDiscount  # noqa: E402
from ..models.cart_currency import CartCurrency  # noqa: E402
from ..models.cart_line_items import CartLineItems  # noqa: E402
from ..models.cart_promotions import CartPromotions  # noqa: E402
from ..models.cart_redirect_urls import CartRedirectUrls  # noqa: E402
