from enum import StrEnum
from typing import Any


class OrderTransactionMethod(StrEnum):
    APPLE_PAY_CARD = "apple_pay_card"
    APPLE_PAY_TOKEN = "apple_pay_token"
    BIGPAY_TOKEN = "bigpay_token"
    CREDIT_CARD = "credit_card"
    CUSTOM = "custom"
    ELECTRONIC_WALLET = "electronic_wallet"
    GIFT_CERTIFICATE = "gift_certificate"
    NONCE = "nonce"
    OFFLINE = "offline"
    OFFSITE = "offsite"
    STORE_CREDIT = "store_credit"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderTransactionMethod | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
