"""Between the wire and the public models: request bodies in, response bodies out, with msgspec.

Responses are decoded straight from bytes into the generated Structs (no dict in between). Request
bodies are a Struct or a plain mapping; a mapping is checked (unknown keys anywhere, then types) and
converted, and the body is encoded to JSON bytes once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import msgspec

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
S = TypeVar("S", bound=msgspec.Struct)


class _Envelope(Protocol[T_co]):
    @property
    def data(self) -> T_co: ...


class ResponseShapeError(ValueError):
    """The body does not fit the model; the message names the field path (`$.data.cart...`)."""


def decode(kind: type[T]) -> Callable[[bytes], T]:
    """A parser of JSON bytes into `kind`; its decoder is built on first use (import stays cheap)."""
    decoders: list[msgspec.json.Decoder[T]] = []

    def parse(raw: bytes) -> T:
        if not decoders:
            decoders.append(msgspec.json.Decoder(kind))
        try:
            return decoders[0].decode(raw)
        except msgspec.ValidationError as exc:
            raise ResponseShapeError(str(exc)) from None
        except msgspec.DecodeError as exc:
            raise ResponseShapeError(f"not valid JSON: {exc}") from None

    return parse


def decode_data(envelope: type[_Envelope[T]]) -> Callable[[bytes], T]:
    """A parser of BigCommerce's `{"data": ..., "meta": ...}` envelope that returns the data."""
    parse_envelope = decode(envelope)

    def parse(raw: bytes) -> T:
        return parse_envelope(raw).data

    return parse


def required_data(parse: Callable[[bytes], T | None], what: str) -> Callable[[bytes], T]:
    """`parse` (of an envelope's `data`), refusing an answer whose `data` is missing or null."""

    def parse_required(raw: bytes) -> T:
        value = parse(raw)
        if value is None:
            raise ResponseShapeError(f"Object missing required field `data` ({what})")
        return value

    return parse_required


def nothing(raw: bytes) -> None:
    """The parser of an answer without a body (204 No Content)."""
    return


def encode(body: msgspec.Struct | Sequence[msgspec.Struct]) -> bytes:
    return msgspec.json.encode(body)


def to_model(cls: type[S], value: S | Mapping[str, Any], name: str) -> S:
    """Accept a model or a plain mapping (wire names); refuse unknown keys and wrong types up front.

    Responses may carry fields we do not know (they are ignored), but in a request an unknown key is
    almost always a typo that BigCommerce would silently drop, so every one is named here, together
    with what else is wrong.
    """
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a {cls.__name__} or a dict, not {type(value).__name__}")
    problems = _unknown_keys(value, _type_info(cls), name)
    try:
        converted = msgspec.convert(value, cls)
    except msgspec.ValidationError as exc:
        problems.append(_where(str(exc), name))
    else:
        if not problems:
            return converted
    raise TypeError(f"{name} does not fit {cls.__name__}: " + "; ".join(problems))


def _where(message: str, name: str) -> str:
    """msgspec says `... - at `$.address.city``; say `address.city` instead."""
    text, sep, path = message.rpartition(" - at `")
    if not sep:
        return message
    return f"{text} (at {name}{path.rstrip('`')[1:]})"


@functools.cache
def _type_info(cls: type[Any]) -> msgspec.inspect.Type:
    import msgspec.inspect  # loaded with the first dict body, not with the package

    return msgspec.inspect.type_info(cls)


def _unknown_keys(value: Any, info: msgspec.inspect.Type, where: str) -> list[str]:
    """`unknown field address.emial (did you mean 'email'?)` for each unknown key, at any depth."""
    while isinstance(info, msgspec.inspect.Metadata):
        info = info.type
    if isinstance(info, msgspec.inspect.UnionType):
        structs = [
            t for t in info.types if isinstance(t, msgspec.inspect.StructType | msgspec.inspect.ListType)
        ]
        return _unknown_keys(value, structs[0], where) if len(structs) == 1 else []
    if isinstance(info, msgspec.inspect.ListType) and isinstance(value, list | tuple):
        return [
            p for i, item in enumerate(value) for p in _unknown_keys(item, info.item_type, f"{where}[{i}]")
        ]
    if not isinstance(info, msgspec.inspect.StructType) or not isinstance(value, Mapping):
        return []
    fields = {f.encode_name: f for f in info.fields}
    problems = []
    for key, item in value.items():
        field = fields.get(key)
        if field is None:
            import difflib  # only when a key is wrong

            close = difflib.get_close_matches(str(key), list(fields), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(f"unknown field {where}.{key}{hint}")
        else:
            problems += _unknown_keys(item, field.type, f"{where}.{key}")
    return problems
