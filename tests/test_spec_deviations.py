"""Every difference between our description and the published files is recorded, node by node.

``tests/test_spec_agreement.py`` checks the facts that must agree (parameter names, required request
fields, success statuses, published response fields, query enums). This module walks each of our
operations and its published counterpart node by node -- parameters, the request body and the
response of every status both declare, recursively through ``$ref``/``allOf``/``oneOf``/``anyOf`` --
and lists every difference as a stable key, for example::

    response getCart 200 data.id: required ours, optional published

Each key must match a pattern of ``openapi/deviations.yaml``, where the patterns are grouped by the
anchor of the ``openapi/DEVIATIONS.md`` row that explains them. A key no pattern matches fails the
test, and so does a pattern that is the first match of no key (the registry cannot rot) and an
anchor that is not on a row of ``DEVIATIONS.md``. A pattern is the key itself, with ``*`` standing
for any text without a space and ``**`` for any text at all.

Number widths (``int32``, ``double``...) are not compared: a JSON number has none and no generator
acts on them. OpenAPI 3.0's boolean ``exclusiveMaximum`` is read as 3.1 says the same thing.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.spec_tools import load_yaml
from tests.test_spec_agreement import (
    FAMILIES,
    OUR_OPERATIONS,
    Operation,
    Spec,
    body_schema,
    deref,
    json_schema,
    moved,
    our_operations,
    our_spec,
    published_operations,
    replaced_fields,
    shape_of,
)
from tests.test_spec_agreement import parameters as operation_parameters
from tests.test_spec_agreement import published_counterpart as counterpart

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "openapi" / "deviations.yaml"
DEVIATIONS = ROOT / "openapi" / "DEVIATIONS.md"

# The validation keywords compared on every node (besides type, nullability, format and enum).
LIMITS = ("maxLength", "minLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern")
ROOT_PATH = "<body>"
# Number widths say nothing on the wire (a JSON number has none) and no generator acts on them;
# other formats are compared, case-insensitively (the published files spell `UUID`, `Url`).
NUMERIC_WIDTHS = frozenset({"", "int32", "int64", "float", "double", "number"})
MAX_DEPTH = 12  # deeper than any real answer; a guard against unbounded recursion


# --- What one node says ---------------------------------------------------------------------------


@dataclass
class Facets:
    """What a schema node allows, flattened across $ref, allOf, anyOf/oneOf and nullability."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    formats: set[str] = field(default_factory=set)
    enum: set[str] | None = None
    limits: dict[str, str] = field(default_factory=dict)


def facets_of(doc: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> Facets:
    """The facets of a schema: its own keywords and those of every allOf/anyOf/oneOf branch."""
    node, refs = deref(doc, schema, seen)
    found = Facets()
    if not isinstance(node, dict):
        return found
    declared = node.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    found.types = types - {"null"}
    found.nullable = "null" in types or node.get("nullable") is True
    if str(node.get("format", "")).lower() not in NUMERIC_WIDTHS:
        found.formats.add(str(node["format"]).lower())
    if "enum" in node:
        values = {str(v) for v in node["enum"] if v is not None}
        found.nullable |= None in node["enum"]
        found.enum = values
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if node.get(exclusive) is True and bound in node:  # OpenAPI 3.0's boolean form, as 3.1 says it
            node = {**{k: v for k, v in node.items() if k != bound}, exclusive: node[bound]}
    for name in LIMITS:
        value = node.get(name)
        if value is not None and value is not False:  # OpenAPI 3.0's `exclusiveMinimum: false` says nothing
            found.limits[name] = str(value)
    if not found.types and ("properties" in node or "additionalProperties" in node):
        found.types.add("object")
    for branch in [*node.get("allOf", ()), *node.get("anyOf", ()), *node.get("oneOf", ())]:
        part = facets_of(doc, branch, refs)
        if part.types == set() and part.nullable and not part.formats:
            found.nullable = True  # `{type: 'null'}` beside a $ref
            continue
        found.types |= part.types
        found.nullable |= part.nullable
        found.formats |= part.formats
        if part.enum is not None:
            found.enum = (found.enum or set()) | part.enum
        found.limits.update(part.limits)
    return found


@dataclass
class Node:
    """One field (or array item, or the body itself) of a schema tree."""

    facets: Facets
    required: bool | None  # None for array items and the body itself


def schema_nodes(doc: Spec, schema: Any) -> dict[str, Node]:
    """Every node of a schema tree by dotted path (``[]`` steps into array items; the root is ``<body>``)."""
    nodes: dict[str, Node] = {}

    def visit(sub: Any, path: str, required: bool | None, seen: frozenset[str], depth: int) -> None:
        shape = shape_of(doc, sub, seen)
        nodes[path] = Node(facets_of(doc, sub, seen), required)
        if shape.recursive or depth > MAX_DEPTH:
            return
        base = "" if path == ROOT_PATH else path
        for name, prop in shape.properties.items():
            visit(prop, f"{base}.{name}" if base else name, name in shape.required, shape.refs, depth + 1)
        items = list({repr(item): item for item in shape.items}.values())
        if items:
            visit(items[0] if len(items) == 1 else {"anyOf": items}, base + "[]", None, shape.refs, depth + 1)

    visit(schema, ROOT_PATH, None, frozenset(), 0)
    return nodes


def sorted_text(values: set[str]) -> str:
    """A set as stable text: ``a|b``, or ``none``."""
    return "|".join(sorted(values)) or "none"


def facet_differences(mine: Facets, theirs: Facets) -> Iterator[str]:
    """How two nodes differ, one phrase per facet: ``type integer ours, number published``..."""
    if mine.types != theirs.types:
        yield f"type {sorted_text(mine.types) if mine.types else 'any'} ours, {sorted_text(theirs.types) if theirs.types else 'any'} published"
    if mine.nullable != theirs.nullable:
        yield "nullable ours, not published" if mine.nullable else "nullable published, not ours"
    if mine.formats != theirs.formats:
        yield f"format {sorted_text(mine.formats)} ours, {sorted_text(theirs.formats)} published"
    if mine.enum != theirs.enum:
        if mine.enum is None or theirs.enum is None:
            which = "ours" if theirs.enum is None else "published"
            yield f"enum only {which}"
        else:
            yield (
                f"enum values only ours [{', '.join(sorted(mine.enum - theirs.enum))}], "
                f"only published [{', '.join(sorted(theirs.enum - mine.enum))}]"
            )
    for name in LIMITS:
        ours, published = mine.limits.get(name), theirs.limits.get(name)
        if ours != published:
            yield f"{name} {ours or 'none'} ours, {published or 'none'} published"


def under(path: str, parents: set[str]) -> bool:
    """Whether a path lies below one of ``parents`` (so only the topmost missing field is reported)."""
    return any(path.startswith((parent + ".", parent + "[")) for parent in parents if parent != ROOT_PATH)


def tree_differences(
    label: str, ours: dict[str, Node], published: dict[str, Node], rename: dict[str, str]
) -> Iterator[str]:
    """Differences of two schema trees; ``rename`` maps published paths to where ours has them."""
    theirs = {rename.get(path, path): node for path, node in published.items()}
    only_ours = set(ours) - set(theirs)
    only_published = set(theirs) - set(ours)
    for path in sorted(only_ours):
        if not under(path, only_ours):
            yield f"{label} {path}: only ours"
    for path in sorted(only_published):
        if not under(path, only_published):
            yield f"{label} {path}: only published"
    for path in sorted(set(ours) & set(theirs)):
        mine, their = ours[path], theirs[path]
        if mine.required is not None and their.required is not None and mine.required != their.required:
            yield f"{label} {path}: " + (
                "required ours, optional published" if mine.required else "required published, optional ours"
            )
        for phrase in facet_differences(mine.facets, their.facets):
            yield f"{label} {path}: {phrase}"


# --- Operations -----------------------------------------------------------------------------------


def parameter_differences(ours: Operation, published: Operation) -> Iterator[str]:
    """Differences in the parameters both declare, and parameters only one declares."""
    mine, theirs = operation_parameters(ours), operation_parameters(published)
    for location, name in sorted(mine.keys() | theirs.keys()):
        label = f"parameter {ours.label} {location}.{name}"
        if (location, name) not in theirs:
            if name not in published.implicit_path_parameters:
                yield f"{label}: only ours"
            continue
        if (location, name) not in mine:
            yield f"{label}: only published"
            continue
        a, b = mine[location, name], theirs[location, name]
        for key, default in (("required", location == "path"), ("style", None), ("explode", None)):
            if a.get(key, default) != b.get(key, default):
                yield f"{label}: {key} {a.get(key, default)} ours, {b.get(key, default)} published"
        our_schema, their_schema = a.get("schema", {}), b.get("schema", {})
        for phrase in facet_differences(
            facets_of(ours.doc, our_schema), facets_of(published.doc, their_schema)
        ):
            yield f"{label}: {phrase}"
        our_items, _ = deref(ours.doc, our_schema)
        their_items, _ = deref(published.doc, their_schema)
        if "items" in our_items and "items" in their_items:
            items = facet_differences(
                facets_of(ours.doc, our_items["items"]), facets_of(published.doc, their_items["items"])
            )
            yield from (f"{label}[]: {phrase}" for phrase in items)


def request_differences(ours: Operation, published: Operation) -> Iterator[str]:
    """Differences of the JSON request bodies."""
    label = f"request {ours.label}"
    mine, theirs = body_schema(ours), body_schema(published)
    if mine is None or theirs is None:
        if (mine is None) != (theirs is None):
            yield f"{label}: JSON body only {'published' if mine is None else 'ours'}"
        return
    our_required = deref(ours.doc, ours.node["requestBody"])[0].get("required", False)
    their_required = deref(published.doc, published.node["requestBody"])[0].get("required", False)
    if our_required != their_required:
        yield f"{label}: body required {our_required} ours, {their_required} published"
    yield from tree_differences(label, schema_nodes(ours.doc, mine), schema_nodes(published.doc, theirs), {})


def response_renames(
    ours: Operation, published: Operation, published_nodes: dict[str, Node]
) -> dict[str, str]:
    """Published response paths that ours holds elsewhere on purpose (MOVED/REPLACED in the agreement test)."""
    if ours.doc is published.doc:  # a published operation compared with itself
        return {}
    replaced = replaced_fields(ours)
    renames = {}
    for path in published_nodes:
        if path == ROOT_PATH:
            continue
        target = replaced.get(path) or moved(ours.key, path)
        if target != path:
            renames[path] = target
    return renames


def response_differences(ours: Operation, published: Operation) -> Iterator[str]:
    """Differences of the responses: statuses only one declares, and the JSON bodies of the others."""
    mine, theirs = ours.node.get("responses", {}), published.node.get("responses", {})
    for code in sorted({str(c) for c in mine} | {str(c) for c in theirs}):
        label = f"response {ours.label} {code}"
        our_response, their_response = (
            mine.get(code, mine.get(_int(code))),
            theirs.get(code, theirs.get(_int(code))),
        )
        if their_response is None or our_response is None:
            yield f"{label}: status only {'ours' if their_response is None else 'published'}"
            continue
        our_schema, their_schema = (
            json_schema(ours.doc, our_response),
            json_schema(published.doc, their_response),
        )
        if our_schema is None or their_schema is None:
            if (our_schema is None) != (their_schema is None):
                yield f"{label}: JSON body only {'published' if our_schema is None else 'ours'}"
            continue
        their_nodes = schema_nodes(published.doc, their_schema)
        renames = response_renames(ours, published, their_nodes) if code.startswith("2") else {}
        yield from tree_differences(label, schema_nodes(ours.doc, our_schema), their_nodes, renames)


def _int(code: str) -> int | str:
    """A status key as the YAML loader may have read it (200 is an int, `default` a string)."""
    return int(code) if code.isdigit() else code


def operation_differences(ours: Operation) -> list[str]:
    """Every difference of one of our operations from its published counterpart."""
    published = counterpart(ours)
    if published is None:
        return []
    return [
        *parameter_differences(ours, published),
        *request_differences(ours, published),
        *response_differences(ours, published),
    ]


@functools.cache
def all_differences() -> tuple[str, ...]:
    """Every difference of every operation, sorted (the list the registry must cover)."""
    return tuple(sorted({key for op in OUR_OPERATIONS for key in operation_differences(op)}))


# --- The registry ---------------------------------------------------------------------------------


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A registry pattern as a regex: the text itself, ``*`` standing for any text without a space
    (an operation, a status, a path or a part of one), ``**`` for any text at all."""
    return re.compile(
        "^" + ".*".join(r"\S*".join(map(re.escape, part.split("*"))) for part in pattern.split("**")) + "$"
    )


@functools.cache
def registry() -> dict[str, tuple[str, ...]]:
    """DEVIATIONS.md row anchor -> the difference patterns it explains."""
    raw = load_yaml(REGISTRY)
    return {anchor: tuple(patterns) for anchor, patterns in raw.items()}


def row_anchors(text: str) -> set[str]:
    """The anchors (``<a id="..."></a>``) that sit on table rows of DEVIATIONS.md."""
    return {
        anchor
        for line in text.splitlines()
        if line.startswith("|")
        for anchor in re.findall(r'<a id="([a-z0-9-]+)"></a>', line)
    }


def first_matches(
    differences: tuple[str, ...], patterns: dict[str, tuple[str, ...]]
) -> list[tuple[str, str | None]]:
    """Each difference with the first pattern (``anchor: pattern``, in file order) that matches it, or None.

    One regex of all patterns, so that ten thousand keys take a fraction of a second.
    """
    named = [f"{anchor}: {pattern}" for anchor, group in patterns.items() for pattern in group]
    combined = re.compile(
        "|".join(f"({pattern_regex(p).pattern})" for p in (n.split(": ", 1)[1] for n in named))
    )
    result = []
    for key in differences:
        match = combined.match(key)
        result.append((key, None if match is None else named[_group(match) - 1]))
    return result


def _group(match: re.Match[str]) -> int:
    """The number of the outer group that matched (the inner ones are the patterns' own, none)."""
    return next(n for n, value in enumerate(match.groups(), 1) if value is not None)


Matches = list[tuple[str, str | None]]


def unrecorded(matches: Matches) -> list[str]:
    """The differences no registry pattern matches."""
    return [key for key, pattern in matches if pattern is None]


def stale(matches: Matches, patterns: dict[str, tuple[str, ...]]) -> list[str]:
    """Registry patterns (``anchor: pattern``) that are the first match of no difference: they match
    nothing, or only what an earlier pattern already records."""
    used = {pattern for _, pattern in matches}
    named = (f"{anchor}: {pattern}" for anchor, group in patterns.items() for pattern in group)
    return [name for name in named if name not in used]


@functools.cache
def recorded() -> Matches:
    """Every difference of our spec with the registry pattern that records it (computed once)."""
    return first_matches(all_differences(), registry())


def test_every_difference_is_recorded_in_deviations_md() -> None:
    missing = unrecorded(recorded())
    assert not missing, (
        f"{len(missing)} differences from the published files have no row: add a row to "
        "openapi/DEVIATIONS.md and its patterns to openapi/deviations.yaml, or make ours agree:\n  "
        + "\n  ".join(missing)
    )


def test_no_registry_pattern_is_stale() -> None:
    unused = stale(recorded(), registry())
    assert not unused, "patterns in openapi/deviations.yaml that record no difference:\n  " + "\n  ".join(
        unused
    )


def test_every_registry_anchor_is_a_row_of_deviations_md() -> None:
    anchors = row_anchors(DEVIATIONS.read_text(encoding="utf-8"))
    assert sorted(set(registry()) - anchors) == []


# --- Tests of the walker itself -------------------------------------------------------------------

TOY: Spec = {
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "integer"},
                    "code": {"type": "string", "maxLength": 50},
                    "amount": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "seen": {"type": "string", "format": "date-time"},
                    "count": {"type": "integer", "format": "int32", "maximum": 9, "exclusiveMaximum": True},
                },
            },
            "Loop": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Loop"}}},
        }
    }
}


def toy_nodes(required: tuple[str, ...] = ("id",), **changes: Any) -> dict[str, Node]:
    """The nodes of a list of toy items, with ``required`` and properties replaced by ``changes``."""
    item = {**TOY["components"]["schemas"]["Item"], "required": list(required)}
    item["properties"] = {**item["properties"], **changes}
    doc = {"components": {"schemas": {**TOY["components"]["schemas"], "Item": item}}}
    return schema_nodes(doc, {"type": "array", "items": {"$ref": "#/components/schemas/Item"}})


def toy_differences(required: tuple[str, ...] = ("id",), **changes: Any) -> list[str]:
    """The differences of a changed toy ("ours") from the unchanged one ("published")."""
    return list(tree_differences("response toy 200", toy_nodes(required, **changes), toy_nodes(), {}))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": {"type": "string"}}, "[].id: type string ours, integer published"),
        ({"code": {"type": "string"}}, "[].code: maxLength none ours, 50 published"),
        ({"amount": {"type": "number"}}, "[].amount: nullable published, not ours"),
        (
            {"kind": {"type": "string", "enum": ["a", "c"]}},
            "[].kind: enum values only ours [c], only published [b]",
        ),
        ({"kind": {"type": "string"}}, "[].kind: enum only published"),
        ({"seen": {"type": "string"}}, "[].seen: format none ours, date-time published"),
        ({"extra": {"type": "object", "properties": {"x": {}}}}, "[].extra: only ours"),
        ({"count": {"type": "integer", "exclusiveMaximum": 9}}, None),  # 3.0 and 3.1 say the same
        ({"count": {"type": "integer", "format": "int64", "maximum": 9, "exclusiveMaximum": True}}, None),
    ],
    ids=[
        "type",
        "max-length",
        "nullable",
        "enum-values",
        "enum-dropped",
        "format",
        "extra-field",
        "exclusive-bound-spellings",
        "number-width",
    ],
)
def test_walker_sees_each_facet(change: dict[str, Any], expected: str | None) -> None:
    assert toy_differences(**change) == ([f"response toy 200 {expected}"] if expected else [])


def test_walker_reports_only_the_topmost_field_one_side_lacks() -> None:
    deeper = {"code": {"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {}}}}}}
    keys = list(tree_differences("response toy 200", toy_nodes(), toy_nodes(**deeper), {}))
    assert "response toy 200 [].code.a: only published" in keys
    assert not [key for key in keys if ".a.b" in key]


def test_walker_sees_required_fields_and_stops_at_recursion() -> None:
    assert toy_differences(required=("id", "code")) == [
        "response toy 200 [].code: required ours, optional published"
    ]
    assert toy_differences(required=()) == ["response toy 200 [].id: required published, optional ours"]
    assert set(schema_nodes(TOY, {"$ref": "#/components/schemas/Loop"})) == {ROOT_PATH, "next"}


def test_registry_check_reports_unrecorded_and_stale_patterns() -> None:
    differences = (
        "parameter getCart query.include: type string ours, array published",
        "response getCart 200 data.id: required ours, optional published",
    )
    patterns = {"include": ("parameter * query.include: **",), "gone": ("response * 200 data.x: **",)}
    matches = first_matches(differences, patterns)
    assert unrecorded(matches) == [differences[1]]
    assert stale(matches, patterns) == ["gone: response * 200 data.x: **"]
    shadowed = {"include": ("parameter * query.include: **", "parameter getCart query.include: **")}
    assert stale(first_matches(differences, shadowed), shadowed) == [
        "include: parameter getCart query.include: **"
    ]


def test_a_star_does_not_cross_a_space() -> None:
    errors = pattern_regex("response * 4* **")
    assert errors.match("response getCart 404 status: type integer|string ours, integer published")
    assert not errors.match("response listPaymentMethods 200 data[].last_4: maxLength none ours, 4 published")


def test_row_anchors_are_read_from_table_rows_only() -> None:
    text = '<a id="prose"></a> text\n| <a id="error-bodies"></a>error bodies | x | y | z |\n'
    assert row_anchors(text) == {"error-bodies"}


# One operation of each published file: compared with itself, the walker finds nothing.
SAMPLE = {name: next(iter(published_operations(name).values())) for name in FAMILIES}


@pytest.mark.parametrize("published", SAMPLE.values(), ids=SAMPLE.keys())
def test_walker_finds_nothing_between_a_published_operation_and_itself(published: Operation) -> None:
    assert [
        *parameter_differences(published, published),
        *request_differences(published, published),
        *response_differences(published, published),
    ] == []


def test_walker_reports_a_changed_spec() -> None:
    spec = copy.deepcopy(our_spec())
    spec["components"]["schemas"]["Error"]["properties"].pop("instance")
    op = next(op for op in our_operations(spec) if op.label == "getCartSettings")
    assert "response getCartSettings 401 instance: only published" in operation_differences(op)
