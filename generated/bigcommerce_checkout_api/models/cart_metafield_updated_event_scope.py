from enum import StrEnum
from typing import Any


class CartMetafieldUpdatedEventScope(StrEnum):
    STORECARTMETAFIELDUPDATED = "store/cart/metafield/updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CartMetafieldUpdatedEventScope | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
