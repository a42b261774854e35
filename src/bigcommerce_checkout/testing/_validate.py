"""Request validation with the generated models (the ones the client uses), mapped to BigCommerce's statuses.

* query parameters (only `include` is declared): 400, the status the storefront documents for a
  bad `include`; used for both APIs so one rule holds everywhere;
* bodies: 422 (no operation with a body documents 400), including malformed JSON, which the
  token operation documents as 422. msgspec decodes strictly: `"2"` is not a quantity and `5.5`
  is not a version.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

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
        model = msgspec.convert({"include": values[0]} if values else {}, route.query)
    except msgspec.ValidationError as exc:
        raise ApiError(
            400, "Invalid include value", errors={"include": _include_message(route, exc)}
        ) from None
    text = getattr(model, "include", None)
    return frozenset(text.split(",")) if isinstance(text, str) and text else frozenset()


def query(route: Route, query: Mapping[str, Sequence[str]]) -> Any:
    """The whole query as its generated model (paging and filters of the metafield lists); 400 if invalid.

    Only for models with more than `include`: those are read by `include()` above.
    """
    fields = _query_fields(route.query)
    if not fields:
        return None
    values = {}
    for name, given in query.items():
        if name not in fields:
            continue  # BigCommerce ignores parameters it does not know
        if len(given) > 1:
            raise ApiError(400, "Invalid query parameter", errors={name: "send it once"})
        values[name] = given[0]
    try:
        return msgspec.convert(values, route.query, strict=False)
    except msgspec.ValidationError as exc:
        raise ApiError(400, "Invalid query parameter", errors=_messages(str(exc))) from None


_QUERY_FIELDS: dict[Any, frozenset[str]] = {}


def _query_fields(model: type[Any] | None) -> frozenset[str]:
    """The parameters of a query model, empty when it has only `include`; kept per model, as
    msgspec's `fields()` reads the class's annotations each time (about 0.2 ms of every request)."""
    found = _QUERY_FIELDS.get(model)
    if found is None:
        fields = msgspec.structs.fields(model) if model is not None else ()
        names = {f.name for f in fields}
        found = frozenset() if names <= {"include"} else frozenset(f.encode_name for f in fields)
        _QUERY_FIELDS[model] = found
    return found


def _include_message(route: Route, exc: msgspec.ValidationError) -> str:
    """Name the allowed values instead of echoing the pattern that encodes them."""
    field = msgspec.inspect.type_info(route.query).fields[0].type  # type: ignore[attr-defined]
    while isinstance(field, msgspec.inspect.UnionType):
        field = next(t for t in field.types if not isinstance(t, msgspec.inspect.NoneType))
    allowed: list[str] = []
    if isinstance(field, msgspec.inspect.LiteralType):
        allowed = [str(v) for v in field.values]
    elif isinstance(field, msgspec.inspect.StrType) and field.pattern:
        found = re.match(r"\^\(([^()]*)\)", field.pattern)
        allowed = found.group(1).replace("\\.", ".").split("|") if found else []
    if not allowed:
        return str(exc)
    return "allowed values, comma-separated: " + ", ".join(allowed)


def body(route: Route, raw: bytes) -> Any:
    """The body as its model; None for an operation without one, or an absent optional one."""
    if route.body is None:
        return None
    if not raw.strip():
        if route.body_required:
            raise ApiError(route.invalid_body, "A request body is required", errors={"body": "is required"})
        return None
    try:
        return msgspec.json.decode(raw, type=route.body)
    except msgspec.ValidationError as exc:
        raise ApiError(
            route.invalid_body, "The request body is not valid", errors=_messages(str(exc))
        ) from None
    except msgspec.DecodeError as exc:
        raise ApiError(
            route.invalid_body, "The request body is not valid JSON", errors={"body": str(exc)}
        ) from None


def _messages(message: str) -> dict[str, str]:
    """msgspec's `Expected `int`, got `str` - at `$.line_items[0].quantity`` as {field: message}."""
    text, sep, path = message.rpartition(" - at `")
    if not sep:
        text, path = message, ""
    where = path.rstrip("`").removeprefix("$").removeprefix(".")
    missing = re.fullmatch(r"Object missing required field `([^`]+)`", text)
    if missing:  # name the missing field itself, as BigCommerce's error maps do
        where = f"{where}.{missing.group(1)}" if where else missing.group(1)
        text = "is required"
    return {where or "body": text}
