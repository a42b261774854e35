from enum import StrEnum


class AddCheckoutConsignmentInclude(StrEnum):
    CONSIGNMENTS_AVAILABLE_SHIPPING_OPTIONS = "consignments.available_shipping_options"

    def __str__(self) -> str:
        return str(self.value)
