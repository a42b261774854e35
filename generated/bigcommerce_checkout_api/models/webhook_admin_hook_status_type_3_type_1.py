from enum import StrEnum
from typing import Any


class WebhookAdminHookStatusType3Type1(StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "WebhookAdminHookStatusType3Type1 | None":
        """Keep a value BigCommerce added after this client was generated instead of failing the call."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
