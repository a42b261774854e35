"""Request validation with the generated pydantic models, mapped to BigCommerce's error statuses.

* query parameters (only `include` is declared): 400, the status the storefront documents for a
  bad `include`; used for both APIs so one rule holds everywhere;
* bodies: 422 (no operation with a body documents 400), including malformed JSON, which the
  token operation documents as 422. Bodies are parsed in pydantic's strict mode: `"2"` is not a
  quantity and `5.0` is not a version.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from ._context import Route
from ._errors import ApiError

MAX_BODY = 1024 * 1024


def include(route: Route, query: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The `include` values the request asks for (the declared default when it sends none)."""
    if route.query is None:
        return frozenset()
    values = query.get("include", [])
    if len(values) > 1:
        raise ApiError(
            400,
            "Invalid include value",
            errors={"include": "send one comma-separated value, not repeated parameters"},
        )
    try:
        model = route.query.model_validate({"include": values[0]} if values else {})
    except ValidationError as exc:
        raise ApiError(400, "Invalid include value", errors={"include": _include_message(exc)}) from None
    value = getattr(model, "include", None)
    text = getattr(value, "value", value)
    return frozenset(text.split(",")) if isinstance(text, str) and text else frozenset()


def _include_message(exc: ValidationError) -> str:
    """Name the allowed values instead of echoing the pattern that encodes them."""
    error = exc.errors(include_url=False)[0]
    pattern = str((error.get("ctx") or {}).get("pattern", ""))
    found = re.match(r"\^\(([^()]*)\)", pattern)
    if found is None:
        return str(error["msg"])
    allowed = found.group(1).replace("\\.", ".").split("|")
    return "allowed values, comma-separated: " + ", ".join(allowed)


def body(route: Route, raw: bytes) -> Any:
    """The body as its pydantic model; None for an operation without one, or an absent optional one."""
    if route.body is None:
        return None
    if not raw.strip():
        if route.body_required:
            raise ApiError(422, "A request body is required", errors={"body": "is required"})
        return None
    try:
        return route.body.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        invalid_json = any(e["type"] == "json_invalid" for e in exc.errors())
        title = "The request body is not valid JSON" if invalid_json else "The request body is not valid"
        raise ApiError(422, title, errors=_messages(exc)) from None


def _messages(exc: ValidationError) -> dict[str, str]:
    messages: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        messages.setdefault(_where(error["loc"]), error["msg"])
    return messages


def _where(loc: tuple[int | str, ...]) -> str:
    """`("line_items", 0, "quantity")` -> `line_items[0].quantity`; the whole body is `body`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "body"
