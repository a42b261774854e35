"""Render the reference pages of the docs site from the spec.

Tables and sections come from one list of operations, so a row can only point at its own
operation, and an operation can only appear once: the defects of BigCommerce's old overview pages
cannot be written here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .spec import FAMILIES, Spec, SpecError, _escape, family_of, operations

TEMPLATES = Path(__file__).parent / "templates"
PAGE_TITLES = {"server": "Server-to-server API", "storefront": "Storefront API"}
MAX_FIELD_DEPTH = 4


@dataclass
class Field:
    name: str
    type: str
    required: bool
    description: str


@dataclass
class Parameter:
    name: str
    location: str
    type: str
    required: bool
    description: str


@dataclass
class ResponseDoc:
    status: str
    description: str
    schema: str
    example: str | None


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
    parameters: list[Parameter]
    body_schema: str | None
    body_required: bool
    body_fields: list[Field]
    body_example: str | None
    responses: list[ResponseDoc]

    @property
    def first_line(self) -> str:
        return self.description.strip().split("\n\n")[0].replace("\n", " ")


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


def type_label(spec: Spec, node: Any) -> str:
    """A short human type: `string`, `integer or null`, `array of ShippingOption`, `Checkout`."""
    name = _ref_name(node)
    if name:
        return name
    node = spec.resolve(node)
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " or ".join(type_label(spec, n) for n in node[key])
    if "allOf" in node:
        return " and ".join(type_label(spec, n) for n in node["allOf"])
    kind = node.get("type", "any")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "array":
        return f"array of {type_label(spec, node.get('items', {}))}"
    label = str(kind)
    if "enum" in node:
        label += " (one of " + ", ".join(f"`{v}`" for v in node["enum"]) + ")"
    if "format" in node:
        label += f" ({node['format']})"
    return label


def _merged(spec: Spec, node: Any) -> dict[str, Any]:
    """A schema with allOf parts merged, for listing its fields."""
    node = spec.resolve(node)
    if "allOf" not in node:
        return dict(node)
    merged: dict[str, Any] = {"properties": {}, "required": []}
    for part in node["allOf"]:
        part = _merged(spec, part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def fields(
    spec: Spec, node: Any, prefix: str = "", depth: int = 0, seen: tuple[str, ...] = ()
) -> list[Field]:
    """The fields of a schema, nested fields as dotted names (`address.city`, `line_items[].id`)."""
    name = _ref_name(node)
    if name in seen or depth > MAX_FIELD_DEPTH:
        return []
    seen = seen + ((name,) if name else ())
    schema = _merged(spec, node)
    if schema.get("type") == "array":
        return fields(spec, schema.get("items", {}), prefix + "[]", depth, seen)
    out: list[Field] = []
    required = set(schema.get("required", []))
    for prop, sub in schema.get("properties", {}).items():
        full = f"{prefix}.{prop}" if prefix else prop
        resolved = spec.resolve(sub)
        out.append(
            Field(full, type_label(spec, sub), prop in required, _one_line(resolved.get("description", "")))
        )
        out += fields(spec, sub, full, depth + 1, seen)
    return out


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _example(spec: Spec, media: dict[str, Any]) -> str | None:
    if "example" in media:
        value = media["example"]
    elif media.get("examples"):
        value = spec.resolve(next(iter(media["examples"].values()))).get("value")
    else:
        return None
    return json.dumps(value, indent=2, ensure_ascii=False)


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
    for path, method, op in operations(spec):
        family = family_of(path)
        assert family is not None  # house_rules() guarantees it
        prefix = FAMILIES[family][0]
        item = spec.data["paths"][path]
        params = [spec.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
        body = spec.resolve(op.get("requestBody", {}))
        media = body.get("content", {}).get("application/json", {})
        responses = []
        for status, resp in op.get("responses", {}).items():
            resp_node = spec.resolve(resp)
            r_media = resp_node.get("content", {}).get("application/json", {})
            responses.append(
                ResponseDoc(
                    str(status),
                    _one_line(resp_node.get("description", "")),
                    type_label(spec, r_media["schema"]) if "schema" in r_media else "",
                    _example(spec, r_media) if str(status).startswith("2") else None,
                )
            )
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
            parameters=[
                Parameter(
                    p["name"],
                    p["in"],
                    type_label(spec, p.get("schema", {})),
                    bool(p.get("required")),
                    _one_line(p.get("description", "")),
                )
                for p in params
                if p["name"] != "store_hash"
            ],
            body_schema=type_label(spec, media["schema"]) if "schema" in media else None,
            body_required=bool(body.get("required")),
            body_fields=fields(spec, media["schema"]) if "schema" in media else [],
            body_example=_example(spec, media),
            responses=responses,
        )
        pointer = f"/paths/{_escape(path)}/{method}"
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


def errors_for(spec: Spec, sections: list[Section]) -> list[ErrorDoc]:
    """The documented error responses of a family, each with the operations that can return it."""
    found: dict[tuple[str, str], ErrorDoc] = {}
    for section in sections:
        for op in section.operations:
            path = FAMILIES[op.family][0] + op.path
            raw = spec.data["paths"][path][op.method.lower()]["responses"]
            for status, resp in raw.items():
                if str(status).startswith("2"):
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


def render(spec: Spec, out_dir: Path) -> list[Path]:
    """Write one Markdown page per API family into `out_dir`; return the files written."""
    env = jinja2.Environment(  # noqa: S701 - renders Markdown, where HTML escaping would corrupt code spans
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cell"] = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    template = env.get_template("reference.md.j2")
    written = []
    for family, sections in collect(spec).items():
        if not any(s.operations for s in sections):
            continue
        page = out_dir / f"{family}.md"
        page.write_text(
            template.render(
                title=PAGE_TITLES[family],
                family=family,
                base_url=FAMILIES[family][1],
                sections=[s for s in sections if s.operations],
                errors=errors_for(spec, sections),
                troubleshooting=spec.data.get("info", {}).get("x-troubleshooting", {}).get(family, ""),
            ),
            encoding="utf-8",
        )
        written.append(page)
    return written
