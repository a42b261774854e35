"""The public models: msgspec Structs for everything that crosses the wire, TypedDicts for request bodies.

datamodel-code-generator writes both from a copy of the spec prepared here, so the models say what
the client promises rather than everything the description allows:

* **Responses are read forgivingly.** An optional field of a schema that appears in a response is
  `T | None = None`: absent and `null` both arrive as `None` (BigCommerce sends `null` for absent
  things in many places its files call non-nullable). Enums become their base type, so a value
  BigCommerce adds tomorrow arrives as its string instead of failing the parse; the allowed values
  stay in the description and in the reference pages. Required fields stay required and typed, so a
  body of the wrong shape fails with the path of the field.
* **Requests are checked strictly.** Request-only schemas keep their enums (as `Literal`s, which mypy
  checks in a TypedDict) and every constraint. Optional fields are `T | None = None` too, and the
  Struct omits them when encoding, so `None` means "not sent", never `null` on the wire.
* **No `Unset` anywhere**: msgspec's own `UNSET` would otherwise stand for "absent".

Nothing here reads BigCommerce's files: the only input is the curated description.
"""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import degrade
from .spec import HTTP_METHODS, Spec

HEADER = (
    '"""{what} generated from openapi/bigcommerce-checkout.yaml by datamodel-code-generator. Do not edit."""'
)

# Struct config shared by every model: keyword-only construction (required fields may follow
# optional ones), omitted `None`s when encoding a request, and `rename` is per field (wire names).
BASE_MODULE = '''"""The base class of every generated model. Do not edit: written by generator/models.py."""

from __future__ import annotations

import msgspec


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """A BigCommerce object. Fields BigCommerce may leave out are `None` when absent.

    Keyword-only; fields left at `None` are not sent in a request. Parsed responses are trees
    without cycles, so the instances stay out of the garbage collector (`gc=False`): faster to
    build, smaller to keep.
    """
'''


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(data: dict[str, Any], roots: set[str]) -> set[str]:
    """Every `#/components/...` pointer reachable from `roots`."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        ref = todo.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        _, _, kind, name = ref.split("/", 3)
        todo.extend(_refs(data["components"][kind][name]))
    return seen


def _operations(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in data.get("paths", {}).values():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield item[method]


def request_and_response_schemas(data: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Component schema names reachable from request bodies, and from responses."""
    requests: set[str] = set()
    responses: set[str] = set()
    for op in _operations(data):
        requests |= set(_refs(op.get("requestBody", {})))
        responses |= set(_refs(op.get("responses", {})))

    def names(refs: set[str]) -> set[str]:
        prefix = "#/components/schemas/"
        return {r[len(prefix) :] for r in _closure(data, refs) if r.startswith(prefix)}

    return names(requests), names(responses)


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """The same property, admitting `null` the way the model generator writes as `T | None = None`."""
    prop = dict(prop)
    types = prop.get("type")
    if isinstance(types, list):
        rest = [t for t in types if t != "null"]
        prop["type"] = rest[0] if len(rest) == 1 else rest
    for key in ("anyOf", "oneOf"):
        if key in prop:
            branches = [b for b in prop[key] if b != {"type": "null"}]
            if len(branches) == 1 and not (set(prop) - {key, "description", "example", "default"}):
                prop = {**{k: v for k, v in prop.items() if k != key}, **branches[0]}
            else:
                prop[key] = branches
    prop["nullable"] = True
    return prop


def _loosen(schema: Any) -> Any:
    """Response side: no enum (an unknown value arrives as its string), no string formats."""
    if isinstance(schema, list):
        return [_loosen(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _loosen(v) for k, v in schema.items() if k not in ("example", "examples")}
    if "enum" in out:
        values = [v for v in out.pop("enum") if v is not None]
        allowed = ", ".join(f"`{v}`" for v in values)
        note = f"Known values: {allowed} (others arrive as they are sent)."
        out["description"] = f"{out['description']} {note}" if out.get("description") else note
    if out.get("format") in ("uuid", "date", "date-time", "email", "uri"):
        out.pop("format")
    return out


def _open_maps(schema: Any) -> Any:
    """An object with no properties of its own and `additionalProperties: true` (a map of messages,
    an open `meta`) becomes `dict[str, Any]`, which keeps every key; as a Struct it kept none."""
    if isinstance(schema, list):
        return [_open_maps(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _open_maps(v) for k, v in schema.items()}
    if out.get("additionalProperties") is True and not out.get("properties") and "allOf" not in out:
        out["additionalProperties"] = {}
    return out


def _optional_nullable(schema: Any) -> Any:
    """Every property not in `required` becomes nullable, all the way down."""
    if isinstance(schema, list):
        return [_optional_nullable(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _optional_nullable(v) for k, v in schema.items() if k not in ("example", "examples")}
    props = out.get("properties")
    if isinstance(props, dict):
        required = set(out.get("required", []))
        out["properties"] = {
            name: prop if name in required else _nullable(prop) for name, prop in props.items()
        }
    return out


def model_spec(spec: Spec) -> dict[str, Any]:
    """The copy of the description the Struct generator reads (see the module docstring)."""
    data = copy.deepcopy(spec.data)
    _, responses = request_and_response_schemas(data)
    schemas = data["components"]["schemas"]
    for name in list(schemas):
        schema = schemas[name]
        if name in responses:
            schema = _loosen(schema)
        schemas[name] = _open_maps(_optional_nullable(schema))
    # Query parameters become models too (the local fake validates with them); bodies and
    # responses are all components, so paths add nothing else.
    params = data["components"].get("parameters", {})

    def query(item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
        declared = item.get("parameters", []) + op.get("parameters", [])
        found = [params[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in declared]
        return [{**p, "schema": {**p["schema"], "nullable": True}} for p in found if p.get("in") == "query"]

    data["paths"] = {
        path: {m: {"parameters": query(item, op), "responses": {}} for m, op in item.items()
               if m in HTTP_METHODS and query(item, op)}
        for path, item in data["paths"].items()
    }  # fmt: skip
    data["paths"] = {path: item for path, item in data["paths"].items() if item}
    return data


def typed_dict_spec(spec: Spec) -> dict[str, Any]:
    """Request-body schemas only: wire names, enums as literals; optional keys also take None."""
    data = copy.deepcopy(spec.data)
    requests, _ = request_and_response_schemas(data)
    # An optional key may hold None ("leave it out", as the Structs encode it), so a value read from
    # an answer (`checkout.version`, `int | None`) goes straight back into a request dict.
    schemas = {n: _optional_nullable(s) for n, s in data["components"]["schemas"].items() if n in requests}
    return {**{k: v for k, v in data.items() if k not in ("paths", "components")}, "paths": {},
            "components": {"schemas": _strip_examples(schemas)}}  # fmt: skip


def _strip_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_examples(v) for k, v in node.items() if k not in ("example", "examples")}
    if isinstance(node, list):
        return [_strip_examples(v) for v in node]
    return node


class ModelGenerationError(Exception):
    pass


def _codegen(
    data: dict[str, Any], target: Path, extra: list[str], scopes: tuple[str, ...] = ("schemas",)
) -> None:
    tool_dir = Path(sys.executable).parent
    source = target.with_suffix(".input.json")
    source.write_text(json.dumps(data))
    cmd = [
        str(tool_dir / "datamodel-codegen"),
        "--input", str(source),
        "--input-file-type", "openapi",
        "--openapi-scopes", *scopes,
        "--output", str(target),
        "--target-python-version", "3.11",
        "--disable-timestamp",
        "--use-standard-collections",
        "--use-union-operator",
        "--use-schema-description",
        "--use-field-description",
        "--formatters", "builtin",
        *extra,
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    source.unlink()
    if proc.returncode != 0 or not target.is_file():
        raise ModelGenerationError(f"datamodel-code-generator failed:\n{proc.stdout}{proc.stderr}".rstrip())


class _DropDescriptionMeta(ast.NodeTransformer):
    """`Annotated[str, Meta(description="...")]` -> `str`; other Meta constraints stay.

    Each field's description is already its docstring; in the annotation msgspec would only parse
    it again when it builds a decoder, which doubles the first request's decoder build.
    """

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if not (isinstance(node.value, ast.Name) and node.value.id == "Annotated"):
            return node
        if not isinstance(node.slice, ast.Tuple):
            return node
        kept: list[ast.expr] = []
        for meta in node.slice.elts[1:]:
            if isinstance(meta, ast.Call) and isinstance(meta.func, ast.Name) and meta.func.id == "Meta":
                meta.keywords = [k for k in meta.keywords if k.arg != "description"]
                if not meta.keywords and not meta.args:
                    continue
            kept.append(meta)
        if not kept:
            return node.slice.elts[0]
        node.slice.elts = [node.slice.elts[0], *kept]
        return node


def _drop_description_meta(module: Path) -> None:
    """Rewrite only the field annotations (by source position), leaving docstrings as written."""
    source = module.read_bytes()  # ast positions are UTF-8 byte offsets
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    edits = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.AnnAssign):
            continue
        # a field's annotation, or the value of a `Name: TypeAlias = Annotated[...]`
        for part in (node.annotation, node.value):
            if part is None:
                continue
            start = offsets[part.lineno - 1] + part.col_offset
            end = offsets[part.end_lineno - 1] + part.end_col_offset  # type: ignore[operator]
            if b"Meta(" not in source[start:end]:
                continue
            rewritten = ast.unparse(_DropDescriptionMeta().visit(part))
            edits.append((start, end, (f"({rewritten})" if "|" in rewritten else rewritten).encode()))
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    module.write_bytes(source)


def generate(spec: Spec, out: Path) -> None:
    """Write the models package: `_base.py`, `models.py` (Structs), `_fill.py` (what a missing
    display field reads as, see degrade.py), `params.py` (TypedDicts)."""
    out.mkdir()
    (out / "_base.py").write_text(BASE_MODULE)
    _codegen(
        model_spec(spec),
        out / "models.py",
        [
            "--output-model-type", "msgspec.Struct",
            "--snake-case-field",
            "--strict-nullable",
            "--enum-field-as-literal", "all",
            "--field-constraints",
            "--base-class", f"{out.name}._base.Model",
            "--custom-file-header", HEADER.format(what="msgspec models"),
        ],
        scopes=("schemas", "paths", "parameters"),
    )  # fmt: skip
    _drop_description_meta(out / "models.py")
    _, responses = request_and_response_schemas(spec.data)
    (out / "_fill.py").write_text(degrade.module_source(degrade.fill_table(spec, responses)))
    _codegen(
        typed_dict_spec(spec),
        out / "params.py",
        [
            "--output-model-type", "typing.TypedDict",
            "--strict-nullable",
            "--enum-field-as-literal", "all",
            "--class-name-suffix", "Param",
            "--custom-file-header", HEADER.format(what="Request-body TypedDicts"),
        ],
    )  # fmt: skip


CHECKOUT_PATHS = "/checkouts"  # the server and storefront checkout paths; no other path holds it
MORE_MODULE = "more_models.py"


def _checkout_roots(data: dict[str, Any]) -> set[str]:
    """Component schemas the checkout operations send or take (parameters included)."""
    refs: set[str] = set()
    for path, item in data.get("paths", {}).items():
        if CHECKOUT_PATHS in path:
            refs |= set(_refs(item))
    prefix = "#/components/schemas/"
    return {r[len(prefix) :] for r in _closure(data, refs) if r.startswith(prefix)}


def _definitions(tree: ast.Module) -> dict[str, ast.stmt]:
    found: dict[str, ast.stmt] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            found[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = node
        elif (
            isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
        ):
            found[node.targets[0].id] = node
    return found


def split_models(spec: Spec, out: Path) -> set[str]:
    """Move the models the checkout operations never use from `models.py` to `more_models.py`.

    Start-up: importing a model class costs about 35 µs, and a client's first checkout call needs
    about a third of them. The package imports `models.py` at once and `more_models.py` (carts,
    storefront orders, payments) on first use. Nothing in `models.py` refers to `more_models.py`
    (it holds the closure of the checkout operations' schemas), and `more_models.py` imports
    what it uses from `models.py`. Returns the names moved.
    """
    module = out / "models.py"
    source = module.read_text()
    tree = ast.parse(source)
    defs = _definitions(tree)
    deps = {
        name: {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in defs and n.id != name}
        for name, node in defs.items()
    }
    roots = _checkout_roots(spec.data)
    # and the query models datamodel-code-generator names after the checkout paths
    todo = [n for n in defs if n in roots or ("Checkouts" in n and n.endswith("ParametersQuery"))]
    core: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in core:
            core.add(name)
            todo.extend(deps[name])
    lines = source.splitlines(keepends=True)
    first_def = min(node.lineno for node in defs.values())
    head = "".join(lines[: first_def - 1])
    kept: list[str] = []
    moved: list[str] = []
    for node in tree.body:
        if node.lineno < first_def:
            continue
        text = "".join(lines[node.lineno - 1 : node.end_lineno])
        defined = next((n for n, d in defs.items() if d is node), None)
        (kept if defined is None or defined in core else moved).append(text)
    rest = set(defs) - core
    used = sorted({d for name in rest for d in deps[name]} & core)
    module.write_text(head + "\n\n".join(kept))
    imports = f"from .models import {', '.join(used)}\n\n\n" if used else ""
    more_head = head.replace("msgspec models", "msgspec models of carts, orders and payments", 1)
    (out / MORE_MODULE).write_text(more_head + imports + "\n\n".join(moved))
    return rest


def defined_names(module: Path) -> set[str]:
    """Top-level classes and type aliases a generated module defines."""
    tree = ast.parse(module.read_text())
    names = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    names |= {
        n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    return names


def public_names(module: Path) -> set[str]:
    """The names a generated module exports to users."""
    # Query-parameter models serve the local fake; users pass `include=` as an argument instead.
    return {n for n in defined_names(module) if not n.startswith("_") and not n.endswith("ParametersQuery")}
