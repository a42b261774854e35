"""Render docs/reference/models.md: every public model, read from the freshly generated package.

The page is built from the Structs and TypedDicts themselves (field names, JSON names, types,
required or not) plus the descriptions of the spec, so it cannot drift from what users import.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2

from .spec import Spec

TEMPLATES = Path(__file__).parent / "templates"
PAGE = "models.md"


@contextmanager
def _staged(package_dir: Path) -> Iterator[types.ModuleType]:
    """Import the staged package under its real name, then forget it again."""
    name = package_dir.name
    saved = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    for key in saved:
        del sys.modules[key]
    sys.path.insert(0, str(package_dir.parent))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(package_dir.parent))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        sys.modules.update(saved)


def _type_text(hint: Any, public: set[str]) -> str:
    """`list[Consignment] | None` with model names linked to their section."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _type_text(typing.get_args(hint)[0], public)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(_type_text(a, public) for a in typing.get_args(hint))
    if origin is typing.Literal:
        return " | ".join(f"`{a!r}`" for a in typing.get_args(hint))
    if origin in (list, dict):
        inner = ", ".join(_type_text(a, public) for a in typing.get_args(hint))
        return f"{origin.__name__}[{inner}]"
    if hint is type(None):
        return "None"
    if hint is typing.Any:
        return "Any"
    name = getattr(hint, "__name__", str(hint))
    return f"[{name}](#{name.lower()})" if name in public else name


def _description(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().replace("|", "\\|")


def render(spec: Spec, package_dir: Path, out_dir: Path) -> Path:
    import msgspec

    schemas = spec.data["components"]["schemas"]
    with _staged(package_dir) as package:
        public = set(package.__all__)
        fills = importlib.import_module(f"{package.__name__}._fill").FILL
        models = []
        for name in sorted(public):
            cls = getattr(package, name)
            if not (isinstance(cls, type) and issubclass(cls, msgspec.Struct)):
                continue
            schema = schemas.get(name) or schemas.get(name.removesuffix("Model")) or {}
            hints = typing.get_type_hints(cls, include_extras=True)
            fields = []
            for f in msgspec.structs.fields(cls):
                prop = _property(spec, schema, f.encode_name)
                fields.append(
                    {
                        "name": f.name,
                        "wire": f.encode_name,
                        "type": _type_text(hints[f.name], public).replace("|", "\\|"),
                        "required": f.required,
                        "fill": fills.get(name, {}).get(f.encode_name),
                        "description": _description(prop.get("description", "")),
                    }
                )
            param = f"{name}Param" if f"{name}Param" in public else ""
            models.append(
                {"name": name, "description": _description(schema.get("description", "")), "fields": fields,
                 "param": param}
            )  # fmt: skip
    env = jinja2.Environment(  # noqa: S701 - Markdown, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True,
        lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )  # fmt: skip
    target = out_dir / PAGE
    target.write_text(env.get_template("models.md.j2").render(models=models), encoding="utf-8")
    return target


def _property(spec: Spec, schema: dict[str, Any], name: str) -> dict[str, Any]:
    """The spec's property `name` of `schema`, looking through allOf and $ref."""
    schema = spec.resolve(schema)
    found = schema.get("properties", {}).get(name)
    if found is not None:
        resolved: dict[str, Any] = spec.resolve(found) if "description" not in found else found
        return resolved
    for part in schema.get("allOf", []):
        hit = _property(spec, part, name)
        if hit:
            return hit
    return {}
