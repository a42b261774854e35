"""Read on when an answer lacks a field a page only displays; refuse it when it lacks anything else.

Only runs after the strict decode of an answer failed, so a complete answer costs nothing here. The
rule (which required fields degrade, and to what) is decided by the generator from the spec and
written to `bigcommerce_checkout_schemas._fill`; see generator/degrade.py. Each degraded field path
is logged once per process at WARNING.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

import msgspec
import msgspec.inspect as mi

log = logging.getLogger("bigcommerce_checkout")

MAX_FILLS = 500  # a body missing more display fields than this is not a checkout we can show
_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]+)`(?: - at `(?P<at>[^`]+)`)?$")
_NULL = re.compile(r"^Expected `[^`]+`, got `null` - at `(?P<at>[^`]+)`$")
_SEGMENT = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")
_warned: set[str] = set()

Segment = str | int


def _segments(at: str | None) -> list[Segment] | None:
    """`$.cart.items[0]` -> ["cart", "items", 0]; None when the path is not of that form."""
    if at is None or at == "$":
        return []
    if not at.startswith("$"):
        return None
    rest, found = at[1:], []
    for match in _SEGMENT.finditer(rest):
        found.append(match.group(1) if match.group(2) is None else int(match.group(2)))
    if "".join(m.group(0) for m in _SEGMENT.finditer(rest)) != rest:
        return None
    return found


def _where(message: str) -> tuple[list[Segment], str] | None:
    """The object's path and the field's JSON name that `message` complains about, if missing or null."""
    missing = _MISSING.match(message)
    if missing is not None:
        parent = _segments(missing["at"])
        return None if parent is None else (parent, missing["field"])
    null = _NULL.match(message)
    if null is not None:
        path = _segments(null["at"])
        if path and isinstance(path[-1], str):
            return path[:-1], path[-1]
    return None


@functools.cache
def _info(kind: Any) -> mi.Type:
    return mi.type_info(kind)


def _narrow(info: mi.Type, want: type[mi.Type] | tuple[type[mi.Type], ...]) -> mi.Type | None:
    """`info` without metadata and `| None`; the one union member of the wanted kind, or None."""
    while isinstance(info, mi.Metadata):
        info = info.type
    if isinstance(info, mi.UnionType):
        members = [t for t in info.types if isinstance(t, want)]
        return members[0] if len(members) == 1 else None
    return info if isinstance(info, want) else None


def _model_at(kind: Any, path: list[Segment]) -> type[Any] | None:
    """The Struct class the decoder expected at `path` in an answer of type `kind`."""
    info: mi.Type | None = _info(kind)
    for segment in path:
        if info is None:
            return None
        if isinstance(segment, int):
            listed = _narrow(info, (mi.ListType, mi.TupleType, mi.VarTupleType))
            info = listed.item_type if isinstance(listed, mi.ListType | mi.VarTupleType) else None
        else:
            struct = _narrow(info, (mi.StructType, mi.DictType))
            if isinstance(struct, mi.DictType):
                info = struct.value_type
            elif isinstance(struct, mi.StructType):
                info = next((f.type for f in struct.fields if f.encode_name == segment), None)
            else:
                info = None
    found = None if info is None else _narrow(info, mi.StructType)
    return found.cls if isinstance(found, mi.StructType) else None


def _fills() -> dict[str, dict[str, str | list[object]]]:
    from bigcommerce_checkout_schemas._fill import FILL  # loaded the first time an answer falls short

    return FILL


def _node(data: Any, path: list[Segment]) -> Any:
    for segment in path:
        if isinstance(segment, int):
            if not isinstance(data, list) or segment >= len(data):
                return None
            data = data[segment]
        elif isinstance(data, dict):
            data = data.get(segment)
        else:
            return None
    return data


def _warn_once(path: list[Segment], field: str, model: str, value: str | list[object]) -> None:
    where = "".join("[]" if isinstance(s, int) else f".{s}" for s in path) + f".{field}"
    where = where.lstrip(".")
    if where not in _warned:
        _warned.add(where)
        log.warning(
            "BigCommerce's answer lacks %s (%s.%s, a display field): read as %s. "
            "Further answers lacking it are read the same way without this warning.",
            where,
            model,
            field,
            '""' if value == "" else "[]",
        )


def degrade(kind: Any, raw: bytes, decoder: msgspec.json.Decoder[Any], message: str) -> tuple[bool, Any]:
    """(True, the answer read with its missing display fields filled in), or (False, why it must be
    refused): the decoder's message about the first field that is not a display field."""
    data: Any = None
    for _ in range(MAX_FILLS):
        where = _where(message)
        if where is None:
            return False, message
        path, field = where
        model = _model_at(kind, path)
        value = None if model is None else _fills().get(model.__name__, {}).get(field)
        if model is None or value is None:
            return False, message
        if data is None:
            data = msgspec.json.decode(raw)
        target = _node(data, path)
        if not isinstance(target, dict):
            return False, message
        target[field] = list(value) if isinstance(value, list) else value
        _warn_once(path, field, model.__name__, value)
        try:
            return True, decoder.decode(msgspec.json.encode(data))
        except msgspec.ValidationError as exc:
            message = str(exc)
    return False, message
