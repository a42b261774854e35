from enum import StrEnum
from typing import Any


class OrderMetafieldPermissionSetType1(StrEnum):
    APP_ONLY = "app_only"
    READ = "read"
    READ_AND_SF_ACCESS = "read_and_sf_access"
    WRITE = "write"
    WRITE_AND_SF_ACCESS = "write_and_sf_access"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderMetafieldPermissionSetType1 | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
