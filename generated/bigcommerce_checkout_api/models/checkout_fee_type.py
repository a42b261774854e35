from enum import StrEnum


class CheckoutFeeType(StrEnum):
    CUSTOM_FEE = "custom_fee"

    def __str__(self) -> str:
        return str(self.value)
