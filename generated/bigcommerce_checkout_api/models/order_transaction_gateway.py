from enum import StrEnum
from typing import Any


class OrderTransactionGateway(StrEnum):
    ADYEN = "adyen"
    AMAZON = "amazon"
    AUTHORIZENET = "authorizenet"
    BANKDEPOSIT = "bankdeposit"
    BRAINTREE = "braintree"
    CHEQUE = "cheque"
    COD = "cod"
    CUSTOM = "custom"
    FIRSTDATAGGE4 = "firstdatagge4"
    GIFTCERTIFICATE = "giftcertificate"
    HPS = "hps"
    INSTORE = "instore"
    KLARNA = "klarna"
    MIGS = "migs"
    MONEYORDER = "moneyorder"
    NMI = "nmi"
    PAYPALEXPRESS = "paypalexpress"
    PAYPALPAYMENTSPROUK = "paypalpaymentsprouk"
    PAYPALPAYMENTSPROUS = "paypalpaymentsprous"
    PLUGNPAY = "plugnpay"
    QBMSV2 = "qbmsv2"
    SECURENET = "securenet"
    SQUARE = "square"
    STORECREDIT = "storecredit"
    STRIPE = "stripe"
    TESTGATEWAY = "testgateway"
    USAEPAY = "usaepay"
    VALUE_0 = "2checkout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderTransactionGateway | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
