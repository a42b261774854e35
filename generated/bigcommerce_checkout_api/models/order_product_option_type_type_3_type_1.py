from enum import StrEnum
from typing import Any


class OrderProductOptionTypeType3Type1(StrEnum):
    CHECKBOX = "Checkbox"
    DATE_FIELD = "Date field"
    FILE_UPLOAD = "File Upload"
    MULTIPLE_CHOICE = "Multiple choice"
    MULTI_LINE_TEXT_FIELD = "Multi-line text field"
    PRODUCT_PICK_LIST = "Product Pick List"
    SWATCH = "Swatch"
    TEXT_FIELD = "Text field"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderProductOptionTypeType3Type1 | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
