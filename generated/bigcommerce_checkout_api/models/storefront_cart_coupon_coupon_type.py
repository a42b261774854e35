from enum import StrEnum
from typing import Any


class StorefrontCartCouponCouponType(StrEnum):
    FREE_SHIPPING = "free_shipping"
    PERCENTAGE_DISCOUNT = "percentage_discount"
    PER_ITEM_DISCOUNT = "per_item_discount"
    PER_TOTAL_DISCOUNT = "per_total_discount"
    PROMOTION = "promotion"
    SHIPPING_DISCOUNT = "shipping_discount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "StorefrontCartCouponCouponType | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
