from enum import StrEnum
from typing import Any


class OrderTransactionCardCardTypeType3Type1(StrEnum):
    ALELO = "alelo"
    ALIA = "alia"
    AMERICAN_EXPRESS = "american_express"
    CABAL = "cabal"
    CARNET = "carnet"
    DANKORT = "dankort"
    DINERS_CLUB = "diners_club"
    DISCOVER = "discover"
    ELO = "elo"
    FORBRUGSFORENINGEN = "forbrugsforeningen"
    JCB = "jcb"
    MAESTRO = "maestro"
    MASTER = "master"
    NARANJA = "naranja"
    SODEXO = "sodexo"
    UNIONPAY = "unionpay"
    VISA = "visa"
    VR = "vr"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderTransactionCardCardTypeType3Type1 | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
