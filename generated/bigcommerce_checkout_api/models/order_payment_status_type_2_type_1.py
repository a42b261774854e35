from enum import StrEnum
from typing import Any


class OrderPaymentStatusType2Type1(StrEnum):
    AUTHORIZED = "authorized"
    CAPTURED = "captured"
    CAPTURE_PENDING = "capture pending"
    DECLINED = "declined"
    HELD_FOR_REVIEW = "held for review"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially refunded"
    PENDING = "pending"
    REFUNDED = "refunded"
    VALUE_11 = ""
    VOID = "void"
    VOID_PENDING = "void pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderPaymentStatusType2Type1 | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
