"""Argument checks that run before any request is built: a bad argument never reaches the wire."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from bigcommerce_checkout_api.types import UNSET, Unset
from bigcommerce_checkout_schemas import VersionOnly

from ._models import encode

if TYPE_CHECKING:
    import uuid

T = TypeVar("T")


def path_id(value: str | int, name: str) -> str:
    """An id that goes into the URL path.

    Empty, `.` and `..` are refused: httpx collapses dot segments, so a coupon code `..` would
    otherwise turn DELETE /checkouts/{id}/coupons/.. into DELETE /checkouts/{id}. Everything else is
    percent-encoded by the generated code.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a string or an integer, not {type(value).__name__}")
    text = str(value)
    if text.strip() in ("", ".", ".."):
        raise ValueError(f"{name} must not be empty, '.' or '..' (got {text!r})")
    return text


def uuid_id(value: str | uuid.UUID, name: str) -> uuid.UUID:
    import uuid  # only storefront calls need it; kept off the import of the package

    """Storefront checkout and cart ids are UUIDs; say so before sending anything."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(path_id(value, name)))
    except ValueError:
        raise ValueError(f"{name} must be a UUID such as the cart id, not {value!r}") from None


def include_value(values: Iterable[str], allowed: Sequence[str]) -> str | Unset:
    """BigCommerce wants `include` as one comma-separated value, not a repeated parameter."""
    chosen = [values] if isinstance(values, str) else list(values)
    bad = [v for v in chosen if v not in allowed]
    if bad:
        raise ValueError(f"include values {bad} are not allowed; choose from {list(allowed)}")
    return ",".join(dict.fromkeys(chosen)) or UNSET


def optional_int(value: int | None, name: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{name} must be an integer")
    return value


def positive_int(value: object, name: str) -> int:
    """A count, id or limit the API takes as a whole number of 1 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer")
    return value


def version_body(version: int | None) -> bytes | Unset:
    """The optional `{"version": n}` guard; no body at all when no version is given."""
    checked = optional_int(version, "version")
    return UNSET if checked is None else encode(VersionOnly(version=checked))


def coupon_code(code: str, name: str = "coupon_code") -> str:
    if not isinstance(code, str) or not code.strip() or len(code) > 50:
        raise ValueError(f"{name} must be a non-empty string of at most 50 characters")
    return code


def non_empty_list(values: Sequence[T], name: str) -> Sequence[T]:
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list")
    if not values:
        raise ValueError(f"{name} must not be empty")
    return values


def non_empty_str(value: object, name: str) -> str:
    """A string the request body needs, such as a shipping option's id."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def order_id(value: int | str, name: str = "order_id") -> int:
    """An order id as a checkout gives it (`int | str`): a positive whole number, checked here.

    A checkout's `order_id` may arrive as a number or as its digits in a string; either goes
    back in. Anything else (a bool, a float, `"12a"`, `0`) is refused before a request is built.
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"{name} must be an integer (or its digits as a string), not {type(value).__name__}")
    if isinstance(value, str):
        digits = value.strip()
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"{name} must be a positive whole number, not {value!r}")
        value = int(digits)
    if value < 1:
        raise ValueError(f"{name} must be a positive whole number, not {value!r}")
    return value
