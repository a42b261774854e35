"""Argument checks that run before any request is built: a bad argument never reaches the wire."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from bigcommerce_checkout_api.models import VersionOnly
from bigcommerce_checkout_api.types import UNSET, Unset

M = TypeVar("M", bound="_Model")
T = TypeVar("T")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


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
    """Storefront checkout and cart ids are UUIDs; say so before sending anything."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(path_id(value, name)))
    except ValueError:
        raise ValueError(f"{name} must be a UUID such as the cart id, not {value!r}") from None


def model(cls: type[M], value: M | Mapping[str, Any], name: str) -> M:
    """Accept a generated model or a plain mapping; refuse unknown or missing fields up front.

    Generated models keep unknown keys in `additional_properties` (so responses with new fields
    still parse). For a request that would silently send a misspelt field, so it is an error here.
    """
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a {cls.__name__} or a mapping, not {type(value).__name__}")
    try:
        parsed = cls.from_dict(dict(value))
    except KeyError as exc:
        raise TypeError(f"{name} is missing the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{name} does not fit {cls.__name__}: {exc}") from None
    unknown = _unknown_fields(parsed, name)
    if unknown:
        raise TypeError(f"{name} has unknown field(s): {', '.join(unknown)}")
    return parsed


def _unknown_fields(obj: Any, where: str) -> list[str]:
    """Keys that landed in `additional_properties`, anywhere in a parsed request model."""
    found = [f"{where}.{key}" for key in obj.additional_properties]
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        if attrs.has(type(value)):
            found += _unknown_fields(value, f"{where}.{f.name}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if attrs.has(type(item)):
                    found += _unknown_fields(item, f"{where}.{f.name}[{i}]")
    return found


def include_value(values: Iterable[str], allowed: Sequence[str]) -> str | Unset:
    """BigCommerce wants `include` as one comma-separated value, not a repeated parameter."""
    chosen = [values] if isinstance(values, str) else list(values)
    bad = [v for v in chosen if v not in allowed]
    if bad:
        raise ValueError(f"include values {bad} are not allowed; choose from {list(allowed)}")
    return ",".join(dict.fromkeys(chosen)) or UNSET


def optional_int(value: int | None, name: str) -> int | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer")
    return value


def version_body(version: int | None) -> VersionOnly | Unset:
    """The optional `{"version": n}` guard; no body at all when no version is given."""
    checked = optional_int(version, "version")
    return UNSET if isinstance(checked, Unset) else VersionOnly(version=checked)


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
