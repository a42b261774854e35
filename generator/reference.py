"""Render the reference pages of the docs site from the spec.

Tables and sections come from one list of operations, so a row can only point at its own
operation, and an operation can only appear once: the defects of BigCommerce's old overview pages
cannot be written here. `check_page` reads each rendered page back and refuses it if they appear
anyway (a template bug, say), so the generator stops before anything is written.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2

from .examples import (
    IDENTITY_HELPERS,
    STORE_DOMAIN,
    Source,
    curl_example,
    curl_setup,
    identity_example,
    identity_setup,
    python_example,
    setup_example,
)
from .spec import FAMILIES, Spec, SpecError, _escape, family_of, operations

TEMPLATES = Path(__file__).parent / "templates"
PAGE_TITLES = {
    "server": "Server-to-server API",
    "v2": "Orders API (v2)",
    "storefront": "Storefront API",
    "payments": "Payments API",
    "identity": "Customer login and current customer",
}
API_LABELS = {
    "server": "Server-to-server",
    "v2": "Orders v2",
    "storefront": "Storefront",
    "payments": "Payments",
    "identity": "Storefront pages",
}
# The v2 API and the payments host are called through the server-to-server clients
# (`client.orders.get`, `client.payments.process`).
CLIENTS = {
    "server": "CheckoutClient",
    "v2": "CheckoutClient",
    "storefront": "StorefrontClient",
    "payments": "CheckoutClient",
}
ASYNC_CLIENTS = {
    "server": "AsyncCheckoutClient",
    "v2": "AsyncCheckoutClient",
    "storefront": "AsyncStorefrontClient",
    "payments": "AsyncCheckoutClient",
}
# Families whose calls send the store API account's token, and so name OAuth scopes.
TOKEN_FAMILIES = ("server", "v2")
# Families whose operations no client calls (the shopper's browser does): `x-python` names a helper.
HELPER_FAMILIES = ("identity",)
CLIENTS_PAGE = "../api/clients.md"
HELPERS_PAGE = "../api/customers.md"
METHODS_SNIPPET = "_methods.md"  # included by docs/api/clients.md; excluded from the site's pages
MAX_FIELD_DEPTH = 4
# The OAuth scopes of BigCommerce's API accounts that our server-to-server operations name.
KNOWN_SCOPES = (
    "store_checkouts",
    "store_checkouts_read_only",
    "store_cart",
    "store_cart_read_only",
    "store_v2_information",
    "store_v2_information_read_only",
    "store_payments_access_token_create",
    "store_payments_methods_read",
    "store_v2_orders",
    "store_v2_orders_read_only",
    "store_v2_transactions",
    "store_v2_transactions_read_only",
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*])")
# A query parameter that takes a comma-separated list is described by a pattern `^(a|b)(,(a|b))*$`.
LIST_PATTERN = re.compile(r"^\^\((?P<alt>[^()]+)\)\(,\((?P=alt)\)\)\*\$$")


@dataclass
class Field:
    """One field of a request body, with the fields nested in it."""

    name: str
    type: str
    required: bool
    description: str
    notes: list[str] = field(default_factory=list)  # allowed values, default, limits
    children: list[Field] = field(default_factory=list)


@dataclass
class Parameter:
    name: str
    location: str
    type: str
    required: bool
    default: str
    allowed: str
    description: str
    example: Any = None
    values: list[str] = field(default_factory=list)  # the allowed values, when there is a list

    @property
    def text(self) -> str:
        """The description, then the default and the allowed values unless it says them already."""
        parts = [self.description]
        if self.default and self.default not in self.description:
            parts.append(f"Default: {self.default}.")
        if self.allowed and not (self.values and all(v in self.description for v in self.values)):
            parts.append(f"Allowed values: {self.allowed}.")
        return " ".join(p for p in parts if p)


@dataclass
class ResponseDoc:
    status: str
    description: str
    schema: str  # the body's type, named objects linked to their section ("" without a body)
    example: str | None
    fields: list[Field] = field(default_factory=list)  # the body's fields (2xx answers only)


@dataclass
class Operation:
    op_id: str
    family: str
    method: str
    path: str  # relative to the family's base URL
    summary: str
    description: str
    anchor: str
    section: str
    security: list[str]
    scopes: list[str]
    python: str  # the facade method, relative to the client
    accept: str  # the Accept header the call sends
    returns: str  # what the Python method returns
    returns_note: str
    parameters: list[Parameter]
    body_schema: str | None
    body_description: str
    body_required: bool
    body_fields: list[Field]
    body_example: str | None
    responses: list[ResponseDoc]
    examples: dict[str, str] = field(default_factory=dict)  # tab title -> fenced code block

    @property
    def first_line(self) -> str:
        """The first sentence of the description, for the section's table."""
        paragraph = _one_line(self.description.strip().split("\n\n")[0])
        return SENTENCE_END.split(paragraph, maxsplit=1)[0]

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

    @property
    def api_anchor(self) -> str:
        """The facade class's (or helper's) heading on the API page (mkdocstrings names it by its import path)."""
        if self.family in HELPER_FAMILIES:
            return f"{HELPERS_PAGE}#bigcommerce_checkout.{IDENTITY_HELPERS[self.python][0]}"
        return f"{CLIENTS_PAGE}#bigcommerce_checkout.{CLIENTS[self.family]}"


@dataclass
class Section:
    tag: str
    title: str
    anchor: str
    description: str
    operations: list[Operation] = field(default_factory=list)


@dataclass
class ErrorDoc:
    status: str
    name: str
    description: str
    remedy: str
    operations: list[Operation]


def kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


def anchor_for(family: str, op_id: str) -> str:
    """A stable anchor: the family, then the operationId without any family prefix."""
    base = op_id[len(family) :] if op_id.lower().startswith(family) else op_id
    return f"{family}-{kebab(base[:1].lower() + base[1:])}"


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def _is_object(spec: Spec, node: Any) -> bool:
    node = spec.resolve(node)
    return node.get("type") == "object" or "properties" in node or "allOf" in node


def type_label(spec: Spec, node: Any, link: Callable[[str], str] | None = None) -> str:
    """A short human type: `string`, `integer or null`, `array of ShippingOption`, `Checkout`.

    A reference to an object keeps the component's name (it is the generated model's name), or
    what `link` makes of it; a reference to anything else shows the type behind it (`Version` is
    an integer), and so does an object that only maps names to values.
    """
    name = _ref_name(node)
    if name and _is_object(spec, node) and not _is_map(spec, node):
        return link(name) if link else name
    node = spec.resolve(node)
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " or ".join(type_label(spec, n, link) for n in node[key])
    if "allOf" in node:
        return " and ".join(type_label(spec, n, link) for n in node["allOf"])
    kind = node.get("type", "any")
    if isinstance(kind, list):  # `[array, 'null']` keeps its items: "array of Fee or null"
        return " or ".join(type_label(spec, {**node, "type": k}, link) for k in kind)
    if kind == "array":
        return f"array of {type_label(spec, node.get('items', {}), link)}"
    if _is_map(spec, node):
        values = node.get("additionalProperties")
        return "object" if not isinstance(values, dict) else f"object of {type_label(spec, values, link)}"
    label = str(kind)
    if "format" in node:
        label += f" ({node['format']})"
    return label


def _is_map(spec: Spec, node: Any) -> bool:
    """An object without named fields (its keys are data, like `Meta` or a map of messages)."""
    node = spec.resolve(node)
    return node.get("type") == "object" and not node.get("properties") and "allOf" not in node


def _code_list(values: list[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def allowed_values(node: dict[str, Any]) -> str:
    """What a schema accepts beyond its type: enum values, or the items of a comma-separated list."""
    if "enum" in node:
        return _code_list(node["enum"])
    match = LIST_PATTERN.match(str(node.get("pattern", "")))
    if match:
        values = [v.replace("\\.", ".") for v in match.group("alt").split("|")]
        return "one or more of " + _code_list(values) + ", comma-separated"
    if node.get("type") == "array" and isinstance(node.get("items"), dict) and "enum" in node["items"]:
        return "each one of " + _code_list(node["items"]["enum"])
    return ""


def limits(node: dict[str, Any]) -> list[str]:
    """Length, size and range limits of a schema, in words."""
    words = {
        "minLength": "at least {} characters",
        "maxLength": "at most {} characters",
        "minItems": "at least {} items",
        "maxItems": "at most {} items",
        "minimum": "at least {}",
        "maximum": "at most {}",
    }
    return [text.format(node[key]) for key, text in words.items() if key in node]


def _merged(spec: Spec, node: Any) -> dict[str, Any]:
    """A schema with allOf parts merged and the null branch of a nullable reference dropped."""
    node = spec.resolve(node)
    for key in ("anyOf", "oneOf"):
        branches = [b for b in node.get(key, []) if spec.resolve(b).get("type") != "null"]
        if len(branches) == 1:
            return _merged(spec, branches[0])
    if "allOf" not in node:
        return dict(node)
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in node["allOf"]:
        part = _merged(spec, part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _field_notes(spec: Spec, node: Any) -> list[str]:
    resolved = _merged(spec, node)
    notes = []
    allowed = allowed_values(resolved)
    if allowed:
        notes.append(f"Allowed: {allowed}.")
    if "default" in resolved:
        notes.append(f"Default: `{json.dumps(resolved['default'])}`.")
    notes += [f"{limit[:1].upper()}{limit[1:]}." for limit in limits(resolved)]
    return notes


def fields(spec: Spec, node: Any, depth: int = 0, seen: tuple[str, ...] = ()) -> list[Field]:
    """The fields of an object schema (or of the objects in an array), nested fields as children."""
    name = _ref_name(node)
    if name in seen or depth > MAX_FIELD_DEPTH:
        return []
    seen = seen + ((name,) if name else ())
    schema = _merged(spec, node)
    if schema.get("type") == "array":
        return fields(spec, schema.get("items", {}), depth, seen)
    out: list[Field] = []
    required = set(schema.get("required", []))
    for prop, sub in schema.get("properties", {}).items():
        out.append(
            Field(
                prop,
                type_label(spec, sub),
                prop in required,
                _field_description(spec, sub),
                _field_notes(spec, sub),
                fields(spec, sub, depth + 1, seen),
            )
        )
    return out


def field_lines(items: list[Field], indent: int = 0, required_word: str = "required") -> list[str]:
    """A nested Markdown list: one item per field, nested fields indented under their parent."""
    lines = []
    for f in items:
        required = f", **{required_word}**" if f.required else ""
        text = " ".join(part for part in (f.description, *f.notes) if part)
        lines.append(" " * indent + f"- `{f.name}` ({f.type}{required}){': ' + text if text else ''}")
        lines += field_lines(f.children, indent + 4, required_word)
    return lines


def _field_description(spec: Spec, sub: Any) -> str:
    resolved = spec.resolve(sub)
    description = resolved.get("description") or _merged(spec, sub).get("description", "")
    if _ref_name(sub) and _is_object(spec, sub) and "description" not in resolved:
        description = ""
    return _one_line(description)


def object_anchor(family: str, name: str) -> str:
    """The anchor of a response object's section on its family's page."""
    return f"{family}-object-{kebab(name)}"


@dataclass
class ObjectDoc:
    """A named object of the responses, documented once per page; fields link to other objects."""

    name: str
    anchor: str
    description: str
    fields: list[Field]


class ResponseObjects:
    """The response fields of one page: each named object once, linked from wherever it appears.

    A response body (the checkout, with carts, consignments, line items...) is a deep tree that
    most operations share. Inlined, it would repeat in full under every operation; instead a
    field whose type is a named object links to that object's section, and `objects()` lists the
    sections: every named object reachable from the bodies seen, in order of first appearance.
    """

    def __init__(self, spec: Spec, family: str) -> None:
        self.spec, self.family = spec, family
        self.names: list[str] = []

    def link(self, name: str) -> str:
        if name not in self.names:
            self.names.append(name)
        return f"[`{name}`](#{object_anchor(self.family, name)})"

    def label(self, node: Any) -> str:
        """The type of `node`, named objects linked to their section."""
        return type_label(self.spec, node, self.link)

    def fields(self, node: Any, depth: int = 0) -> list[Field]:
        """The fields of an object (or of the objects of an array); named objects are linked, not inlined."""
        spec = self.spec
        schema = _merged(spec, node)
        if schema.get("type") == "array":
            return self.fields(schema.get("items", {}), depth)
        out: list[Field] = []
        required = set(schema.get("required", []))
        for prop, sub in schema.get("properties", {}).items():
            label = self.label(sub)
            inline = not _named_objects(spec, sub) and depth < MAX_FIELD_DEPTH
            out.append(
                Field(
                    prop,
                    label,
                    prop in required,
                    _field_description(spec, sub),
                    _field_notes(spec, sub),
                    self.fields(sub, depth + 1) if inline else [],
                )
            )
        return out

    def objects(self) -> list[ObjectDoc]:
        """A section for every object linked so far, and for those their fields link to."""
        docs = []
        i = 0
        while i < len(self.names):  # fields() may link (append) more names
            name = self.names[i]
            node = {"$ref": f"#/components/schemas/{name}"}
            description = _one_line(_merged(self.spec, node).get("description", ""))
            docs.append(ObjectDoc(name, object_anchor(self.family, name), description, self.fields(node)))
            i += 1
        return docs


def _named_objects(spec: Spec, node: Any) -> list[str]:
    """The named objects a schema is (or holds in an array, or allows in a union)."""
    name = _ref_name(node)
    if name and _is_object(spec, node) and not _is_map(spec, node):
        return [name]
    node = spec.resolve(node)
    found = []
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key, []):
            found += _named_objects(spec, branch)
    if "items" in node:
        found += _named_objects(spec, node["items"])
    return found


def _example_value(spec: Spec, media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    if media.get("examples"):
        return spec.resolve(next(iter(media["examples"].values()))).get("value")
    return None


def _example(spec: Spec, media: dict[str, Any]) -> str | None:
    value = _example_value(spec, media)
    if value is None:
        return None
    return json.dumps(value, indent=2, ensure_ascii=False)


def _returns(spec: Spec, family: str, op: dict[str, Any]) -> tuple[str, str]:
    """The model the facade method returns, and where it comes from in the response."""
    if family in HELPER_FAMILIES:
        helper = IDENTITY_HELPERS.get(str(op.get("x-python")))
        if helper is None:
            raise spec.error(
                f"/paths/{op.get('operationId')}/x-python",
                f"x-python {op.get('x-python')!r} names no helper of generator/examples.py IDENTITY_HELPERS",
            )
        return helper[1], helper[2]
    ok = next(spec.resolve(r) for s, r in op["responses"].items() if re.fullmatch(r"2\d\d", str(s)))
    schema = ok.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return "None", ""
    data = _merged(spec, schema).get("properties", {}).get("data")
    if family in ("server", "payments") and data is not None and _ref_name(data):
        return str(_ref_name(data)), "the response's `data`"
    return type_label(spec, schema), "the whole response body"


def _python_body(spec: Spec, pointer: str, op: dict[str, Any], body: Any) -> tuple[list[Any], dict[str, Any]]:
    """The request body as the facade method's arguments: one positional value, or per `x-python-body`."""
    mapping = op.get("x-python-body")
    if mapping is None:
        return ([] if body is None else [body]), {}
    if not isinstance(body, dict):
        raise spec.error(f"{pointer}/x-python-body", "x-python-body needs an object request body example")
    args, kwargs = list(mapping.get("args", [])), dict(mapping.get("kwargs", {}))
    unmapped = sorted(set(body) - set(args) - set(kwargs))
    if unmapped:
        raise spec.error(
            f"{pointer}/x-python-body",
            f"the request body example has field(s) {unmapped} that x-python-body does not map to an argument",
        )
    missing = [name for name in args if name not in body]
    if missing:
        raise spec.error(f"{pointer}/x-python-body", f"x-python-body args {missing} are not in the example")
    values = {**body, **_python_sources(spec, pointer, mapping, body)}
    return [values[name] for name in args], {kwargs[name]: values[name] for name in kwargs if name in body}


PYTHON_CONSTANT = re.compile(r"[A-Z][A-Za-z0-9]*\.[A-Z][A-Z0-9_]*")


def _python_sources(
    spec: Spec, pointer: str, mapping: dict[str, Any], body: dict[str, Any]
) -> dict[str, Source]:
    """`x-python-body.sources`: an example field written as a named constant in Python
    (`status_id: OrderStatusId.CANCELLED` for `5`), so the examples show no magic numbers."""
    sources = mapping.get("sources", {})
    bad = [f for f, text in sources.items() if f not in body or not PYTHON_CONSTANT.fullmatch(str(text))]
    if bad:
        raise spec.error(
            f"{pointer}/x-python-body/sources",
            f"sources {bad} must name example fields and be a constant such as `OrderStatusId.CANCELLED`",
        )
    return {field: Source(str(text)) for field, text in sources.items()}


def python_imports(spec: Spec, family: str) -> list[str]:
    """The package names a family's examples use besides the client (the classes of `sources`)."""
    names = {
        str(text).split(".")[0]
        for path, _, op in operations(spec)
        if family_of(path) == family
        for text in (op.get("x-python-body") or {}).get("sources", {}).values()
    }
    return sorted(names)


def _parameter(spec: Spec, raw: dict[str, Any]) -> Parameter:
    schema = spec.resolve(raw.get("schema", {}))
    default = schema.get("default")
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        type=type_label(spec, raw.get("schema", {})),
        required=bool(raw.get("required")),
        default="" if default is None else f"`{default}`",
        allowed=allowed_values(schema),
        description=_one_line(raw.get("description", "")),
        example=raw.get("example"),
        values=[str(v) for v in _values(schema)],
    )


def _values(node: dict[str, Any]) -> list[Any]:
    """The values `allowed_values` lists, as a list."""
    if "enum" in node:
        return list(node["enum"])
    match = LIST_PATTERN.match(str(node.get("pattern", "")))
    if match:
        return [v.replace("\\.", ".") for v in match.group("alt").split("|")]
    items = node.get("items")
    if node.get("type") == "array" and isinstance(items, dict) and "enum" in items:
        return list(items["enum"])
    return []


def _check_scopes(spec: Spec, pointer: str, family: str, op: dict[str, Any]) -> list[str]:
    scopes = op.get("x-oauth-scopes")
    if family not in TOKEN_FAMILIES:
        if scopes is not None:
            raise spec.error(
                f"{pointer}/x-oauth-scopes",
                f"{family} operations take no OAuth scope (a session cookie or a payment access token)",
            )
        return []
    # An empty list says so on purpose: BigCommerce publishes that the operation needs no scope
    # (the webhooks API works with any API account of the store).
    if not isinstance(scopes, list) or any(s not in KNOWN_SCOPES for s in scopes):
        raise spec.error(
            pointer,
            "server-to-server operations need x-oauth-scopes: a list of "
            f"{', '.join(KNOWN_SCOPES)}, or [] where BigCommerce publishes that none is needed",
        )
    return [str(s) for s in scopes]


def collect(spec: Spec) -> dict[str, list[Section]]:
    """Group every operation under its family and section, refusing duplicates."""
    pages: dict[str, list[Section]] = {family: [] for family in FAMILIES}
    sections: dict[str, Section] = {}
    for tag in spec.data.get("tags", []):
        family = tag.get("x-family")
        if family in pages:
            title = tag.get("x-section", tag["name"])
            section = Section(
                tag["name"], title, f"{family}-{kebab(title.replace(' ', '-'))}", tag.get("description", "")
            )
            sections[tag["name"]] = section
            pages[family].append(section)
    anchors: dict[str, str] = {}
    seen_ops: dict[tuple[str, str, str], str] = {}
    for path, method, op in _reading_order(spec):
        family = family_of(path)
        assert family is not None  # house_rules() guarantees it
        pointer = f"/paths/{_escape(path)}/{method}"
        prefix = FAMILIES[family][0]
        item = spec.data["paths"][path]
        raw_params = [spec.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
        params = [_parameter(spec, p) for p in raw_params if p["name"] != "store_hash"]
        body = spec.resolve(op.get("requestBody", {}))
        media = body.get("content", {}).get("application/json", {})
        responses = []
        objects = ResponseObjects(spec, family)
        for status, resp in op.get("responses", {}).items():
            resp_node = spec.resolve(resp)
            r_media = resp_node.get("content", {}).get("application/json", {})
            schema = r_media.get("schema")
            responses.append(
                ResponseDoc(
                    str(status),
                    _one_line(resp_node.get("description", "")),
                    objects.label(schema) if schema is not None else "",
                    _example(spec, r_media),
                    objects.fields(schema) if schema is not None and str(status).startswith("2") else [],
                )
            )
        returns, returns_note = _returns(spec, family, op)
        operation = Operation(
            op_id=op["operationId"],
            family=family,
            method=method.upper(),
            path=path[len(prefix) :],
            summary=op["summary"],
            description=op.get("description", ""),
            anchor=anchor_for(family, op["operationId"]),
            section=op["tags"][0],
            security=[name for req in op.get("security", []) for name in req],
            scopes=_check_scopes(spec, pointer, family, op),
            python=op["x-python"],
            accept=str(op.get("x-accept", "application/json")),
            returns=returns,
            returns_note=returns_note,
            parameters=params,
            body_schema=type_label(spec, media["schema"]) if "schema" in media else None,
            body_description=_one_line(_merged(spec, media["schema"]).get("description", ""))
            if "schema" in media
            else "",
            body_required=bool(body.get("required")),
            body_fields=fields(spec, media["schema"]) if "schema" in media else [],
            body_example=_example(spec, media),
            responses=responses,
        )
        operation.examples = _examples(spec, pointer, operation, op, _example_value(spec, media))
        key = (family, operation.method, operation.path)
        if key in seen_ops:
            raise spec.error(pointer, f"{operation.method} {path} is also documented as {seen_ops[key]}")
        seen_ops[key] = operation.op_id
        if operation.anchor in anchors:
            raise spec.error(
                pointer, f"anchor #{operation.anchor} is also used by {anchors[operation.anchor]}"
            )
        anchors[operation.anchor] = operation.op_id
        owner = sections.get(operation.section)
        if owner is None:
            raise spec.error(f"{pointer}/tags", f"no section for tag {operation.section!r}")
        owner.operations.append(operation)
    for family_sections in pages.values():
        _check_tables(family_sections)
    return pages


METHOD_ORDER = ("get", "post", "put", "patch", "delete")  # read, create, change, remove


def _reading_order(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Operations in document order of their paths; on one path, read before create before change."""
    paths = list(spec.data.get("paths", {}))
    return sorted(operations(spec), key=lambda o: (paths.index(o[0]), METHOD_ORDER.index(o[1])))


def _examples(spec: Spec, pointer: str, op: Operation, raw: dict[str, Any], body: Any) -> dict[str, str]:
    """The tabs of an operation's example: sync and async Python from `x-python`, and curl.

    Each is the call alone: the page's set-up block (`setup_examples`) opens the client.
    """
    path_values = []
    path = op.path
    variables: dict[str, Any] = {}
    for p in op.path_parameters:
        if p.example is None:
            raise spec.error(pointer, f"path parameter {p.name!r} needs an example for the docs")
        path_values.append(p.example)
        name = kebab(p.name).replace("-", "_").upper()
        if name != CHECKOUT_VARIABLE:  # set once, by the page's set-up block
            same = str(p.example) == _checkout_id_example(spec, op.family)
            variables[name] = f"${CHECKOUT_VARIABLE}" if same else quote(str(p.example), safe="")
        path = path.replace("{" + p.name + "}", f"${name}")
    query = {p.name: p.example for p in op.query_parameters if p.example is not None}
    args, kwargs = _python_body(spec, pointer, raw, body)
    # Query parameters become keyword arguments: `include` as a list, the others by their name.
    named = {_python_name(k): v for k, v in query.items() if k != "include"}
    if "include" in query:
        named = {"include": str(query["include"]).split(","), **named}
    kwargs = {**named, **kwargs}
    if op.family in HELPER_FAMILIES:  # path values (a whole token) come from the page's set-up
        return {
            "Python": identity_example(op.python),
            "curl": curl_example(op.family, op.method, path, {}, query, body, accept=op.accept),
        }
    variable = _variable(op.returns)
    if op.family == "payments":  # the payment access token authorises the call; it comes first
        args = [Source("payment_access_token"), *args]
    call = (op.python, [*path_values, *args], kwargs)
    return {
        "Python": python_example(variable, call, asynchronous=False),
        "Python (async)": python_example(variable, call, asynchronous=True),
        "curl": curl_example(op.family, op.method, path, variables, query, body, accept=op.accept),
    }


CHECKOUT_VARIABLE = "CHECKOUT_ID"


def _checkout_id_example(spec: Spec, family: str) -> str:
    """The example checkout id of a family's paths (the curl set-up's `$CHECKOUT_ID`)."""
    name = "StorefrontCheckoutId" if family == "storefront" else "CheckoutId"
    return str(spec.resolve({"$ref": f"#/components/parameters/{name}"}).get("example", ""))


def setup_examples(spec: Spec, family: str) -> dict[str, str]:
    """The page's set-up block, one tab per example tab: what every example on the page uses."""
    base_url = FAMILIES[family][1]
    base_url = base_url.replace("{store_hash}", _store_hash_example(spec))
    base_url = base_url.replace("{store_domain}", STORE_DOMAIN)
    if family in HELPER_FAMILIES:
        return {"Python": identity_setup(), "curl": curl_setup(family, base_url, "")}
    imports = python_imports(spec, family)
    return {
        "Python": setup_example(family, CLIENTS[family], asynchronous=False, imports=imports),
        "Python (async)": setup_example(family, ASYNC_CLIENTS[family], asynchronous=True, imports=imports),
        "curl": curl_setup(family, base_url, _checkout_id_example(spec, family)),
    }


def _python_name(name: str) -> str:
    """A query parameter's keyword argument: `key:in` becomes `key_in`."""
    return re.sub(r"\W", "_", name)


def _store_hash_example(spec: Spec) -> str:
    return str(spec.resolve({"$ref": "#/components/parameters/StoreHash"}).get("example", "{store_hash}"))


VARIABLES = {
    "Checkout": "checkout",
    "StorefrontCheckout": "checkout",
    "OrderRef": "order",
    "CheckoutSettings": "settings",
    "ChannelCheckoutSettings": "settings",
    "CheckoutTokenResponse": "checkout_token",
    "CartFull": "cart",
    "StorefrontCart": "cart",
    "CartSettings": "settings",
    "ChannelCartSettings": "settings",
    "CartMetafield": "metafield",
    "CartRedirectUrls": "urls",
    "StorefrontOrder": "order",
    "PaymentAccessToken": "token",
    "PaymentTransaction": "transaction",
}


def _variable(returns: str) -> str:
    return VARIABLES.get(returns, "result")


def _check_tables(sections: list[Section]) -> None:
    """Belt and braces: each table lists its section's operations once, each with its own anchor."""
    for section in sections:
        ids = [op.op_id for op in section.operations]
        if len(ids) != len(set(ids)):
            raise SpecError(Path("openapi"), None, "", f"section {section.title!r} lists an operation twice")
        if any(op.section != section.tag for op in section.operations):
            raise SpecError(
                Path("openapi"), None, "", f"section {section.title!r} lists another section's operation"
            )


ROW = re.compile(
    r"^\| \[(?P<title>[^\]]+)\]\(#(?P<anchor>[^)]+)\) \| `(?P<method>[A-Z]+)` \| <code>(?P<path>[^<]+(?:<wbr>[^<]+)*)</code> \|"
)
HEADING = re.compile(
    r"^### (?P<title>.+?): <code>(?P<method>[A-Z]+) (?P<path>[^<]+(?:<wbr>[^<]+)*)</code>"
    r" \{ #(?P<anchor>[\w-]+)(?: [^}]*)? \}$"
)
SECTION = re.compile(r"^## (?P<title>.+?) \{ #(?P<anchor>[\w-]+) \}$")


def path_html(path: str) -> str:
    """A path as inline HTML, free to wrap before each `/` (`<wbr>`) on a narrow screen.

    A code span would wrap anywhere at all, `{check` + `outId}`, or not at all.
    """
    escaped = path.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped[:1] + escaped[1:].replace("/", "<wbr>/")


def _unbroken(path: str) -> str:
    return path.replace("<wbr>", "")


def check_page(text: str, name: str) -> list[str]:
    """Problems of a rendered reference page, read back from its Markdown.

    Each operation heading appears once; each section's table rows link to a heading of that
    same section documenting the row's method and path under the row's title; no row twice.
    """
    problems: list[str] = []
    headings: dict[str, tuple[str, str, str, str]] = {}  # anchor -> (title, method, path, section)
    rows: list[tuple[str, str, str, str, str]] = []  # (section, title, anchor, method, path)
    section = ""
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if in_fence:
            continue
        if m := SECTION.match(line):
            section = m["title"]
        elif m := HEADING.match(line):
            if m["anchor"] in headings:
                problems.append(f"{name}: #{m['anchor']} is the anchor of more than one heading")
            headings[m["anchor"]] = (m["title"], m["method"], _unbroken(m["path"]), section)
        elif m := ROW.match(line):
            rows.append((section, m["title"], m["anchor"], m["method"], _unbroken(m["path"])))
    documented = Counter((method, path) for _, method, path, _ in headings.values())
    problems += [f"{name}: {m} {p} is documented {n} times" for (m, p), n in documented.items() if n > 1]
    listed = Counter((s, t, a, m, p) for s, t, a, m, p in rows)
    problems += [f"{name}: section {r[0]!r} lists {r[1]!r} {n} times" for r, n in listed.items() if n > 1]
    linked = Counter(anchor for _, _, anchor, _, _ in rows)
    for sec, title, anchor, method, path in rows:
        row = f"{name}: section {sec!r}, row {title!r} ({method} {path})"
        target = headings.get(anchor)
        if target is None:
            problems.append(f"{row} links to #{anchor}, which is no operation heading")
        elif target[:3] != (title, method, path) or target[3] != sec:
            problems.append(
                f"{row} links to #{anchor}, which documents {target[1]} {target[2]} ({target[0]!r})"
            )
    problems += [
        f"{name}: heading #{anchor} is linked from {linked[anchor]} table rows, expected 1"
        for anchor in headings
        if linked[anchor] != 1
    ]
    return problems


def errors_for(spec: Spec, sections: list[Section]) -> list[ErrorDoc]:
    """The documented error responses of a family, each with the operations that can return it."""
    found: dict[tuple[str, str], ErrorDoc] = {}
    for section in sections:
        for op in section.operations:
            path = FAMILIES[op.family][0] + op.path
            raw = spec.data["paths"][path][op.method.lower()]["responses"]
            for status, resp in raw.items():
                if str(status).startswith(("2", "3")):  # a redirect is the browser's way on, not an error
                    continue
                name = _ref_name(resp) or f"{op.op_id}-{status}"
                node = spec.resolve(resp)
                doc = found.setdefault(
                    (str(status), name),
                    ErrorDoc(
                        str(status),
                        name,
                        _one_line(node.get("description", "")),
                        _one_line(node.get("x-remedy", "")),
                        [],
                    ),
                )
                doc.operations.append(op)
    return sorted(found.values(), key=lambda d: (d.status, d.name))


def objects_for(spec: Spec, family: str, sections: list[Section]) -> list[ObjectDoc]:
    """The response objects of a page: every named object in any answer of its operations."""
    objects = ResponseObjects(spec, family)
    for section in sections:
        for op in section.operations:
            path = FAMILIES[op.family][0] + op.path
            for resp in spec.data["paths"][path][op.method.lower()]["responses"].values():
                schema = spec.resolve(resp).get("content", {}).get("application/json", {}).get("schema")
                if schema is not None:
                    objects.label(schema)
                    objects.fields(schema)
    return objects.objects()


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(  # noqa: S701 - renders Markdown, where HTML escaping would corrupt code spans
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cell"] = lambda s: str(s).replace("|", "\\|").replace("\n", " ") or "—"
    env.filters["field_list"] = lambda items: "\n".join(field_lines(items))
    env.filters["path_html"] = path_html
    env.filters["response_field_list"] = lambda items: "\n".join(field_lines(items, 0, "always present"))
    return env


def render(spec: Spec, out_dir: Path) -> list[Path]:
    """Write one Markdown page per API family into `out_dir`; return the files written."""
    env = _environment()
    template = env.get_template("reference.md.j2")
    rendered: dict[Path, str] = {}
    pages = collect(spec)
    for family, sections in pages.items():
        if not any(s.operations for s in sections):
            continue
        objects = objects_for(spec, family, [s for s in sections if s.operations])
        text = template.render(
            title=PAGE_TITLES[family],
            family=family,
            api_label=API_LABELS[family],
            client=CLIENTS.get(family, ""),
            async_client=ASYNC_CLIENTS.get(family, ""),
            helpers_page=HELPERS_PAGE,
            clients_page=CLIENTS_PAGE,
            base_url=FAMILIES[family][1],
            sections=[s for s in sections if s.operations],
            errors=errors_for(spec, sections),
            objects=objects,
            object_anchors={o.name: o.anchor for o in objects},
            setup=setup_examples(spec, family),
            troubleshooting=spec.data.get("info", {}).get("x-troubleshooting", {}).get(family, ""),
        )
        problems = check_page(text, f"docs/reference/{family}.md")
        if problems:
            raise SpecError(
                spec.path,
                None,
                "",
                "the rendered reference page is inconsistent:\n  " + "\n  ".join(problems),
            )
        rendered[out_dir / f"{family}.md"] = text
    rendered[out_dir / METHODS_SNIPPET] = _methods_page(env, pages)
    for page, text in rendered.items():
        page.write_text(text, encoding="utf-8")
    return list(rendered)


def _methods_page(env: jinja2.Environment, pages: dict[str, list[Section]]) -> str:
    """The index of the clients' methods that docs/api/clients.md includes (not a page itself)."""
    families = [
        (
            family,
            {
                "label": API_LABELS[family],
                "client": CLIENTS[family],
                "async_client": ASYNC_CLIENTS[family],
                "operations": [op for s in sections for op in s.operations],
            },
        )
        for family, sections in pages.items()
        if any(s.operations for s in sections) and family not in HELPER_FAMILIES
    ]
    return env.get_template("methods.md.j2").render(families=families)
