"""Load and check the curated OpenAPI description, reporting problems as file:line: reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

FAMILIES = {
    # family -> (path prefix in our document, base URL users see)
    "server": ("/stores/{store_hash}/v3", "https://api.bigcommerce.com/stores/{store_hash}/v3"),
    # The older v2 API (orders, order statuses): same gateway, same token, its own version prefix.
    "v2": ("/stores/{store_hash}/v2", "https://api.bigcommerce.com/stores/{store_hash}/v2"),
    "storefront": ("/api/storefront", "https://{store_domain}/api/storefront"),
    # BigCommerce's payments host serves one path, /stores/{store_hash}/payments. Its prefix is a
    # prefix of the server and v2 families' too: the longest matching prefix decides, and HOSTS below
    # pins every path of the family to its own host, so a mistyped path (`/stores/{store_hash}/v4/...`)
    # cannot land here.
    "payments": ("/stores/{store_hash}", "https://payments.bigcommerce.com/stores/{store_hash}"),
}
# family -> the path-level `servers` URL its paths must declare (None: the document's root server)
HOSTS = {
    "server": None,
    "v2": None,
    "storefront": "https://{store_domain}",
    "payments": "https://payments.bigcommerce.com",
}
# Families whose operations send a credential and so must declare `security` on each operation.
AUTHENTICATED = ("server", "v2", "payments")
# family -> the facade client family its `x-python` methods live on (v2 and payments calls are
# made through the server-to-server clients), so a method name is unique per client, not per family.
CLIENT_FAMILY = {"server": "server", "v2": "server", "storefront": "storefront", "payments": "server"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(Exception):
    """A problem in the spec, located by file, line and JSON pointer."""

    def __init__(self, file: Path, line: int | None, pointer: str, reason: str) -> None:
        self.file, self.line, self.pointer, self.reason = file, line, pointer, reason
        where = f"{file}:{line}" if line else str(file)
        at = f" (at {pointer})" if pointer else ""
        super().__init__(f"{where}: {reason}{at}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys and remembers each node's line by JSON pointer."""


def _construct(loader: _LineLoader, node: yaml.Node, pointer: str, lines: dict[str, int]) -> Any:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
            child = f"{pointer}/{_escape(key)}"
            result[key] = _construct(loader, value_node, child, lines)
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, n, f"{pointer}/{i}", lines) for i, n in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


@dataclass
class Spec:
    """The parsed description plus what is needed to point at its lines."""

    path: Path
    data: dict[str, Any]
    lines: dict[str, int]

    def error(self, pointer: str, reason: str) -> SpecError:
        """Build a SpecError at the nearest line we know for `pointer`."""
        probe = pointer
        while probe and probe not in self.lines:
            probe = probe.rsplit("/", 1)[0]
        return SpecError(self.path, self.lines.get(probe or "", None), "#" + pointer, reason)

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a concrete node."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise self.error("", f"cannot resolve {ref!r}")
            seen.add(ref)
            node = self.data
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
        return node


def load(path: Path) -> Spec:
    """Read `path`; raise SpecError on YAML errors with the line of the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, None, "", f"cannot read the spec: {exc.strerror}") from exc
    lines: dict[str, int] = {}
    loader = _LineLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise SpecError(path, 1, "", "the file is empty")
        data = _construct(loader, root, "", lines)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = f"invalid YAML: {exc.problem or exc}"
        if exc.context and exc.context_mark:
            reason += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        raise SpecError(path, line, "", reason) from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SpecError(path, 1, "", "the top level must be a mapping")
    return Spec(path, data, lines)


def validate(spec: Spec) -> None:
    """Check the rules our generator and docs rely on, then the OpenAPI 3.1 schema.

    House rules go first because they point at the exact line (a duplicate operationId, say),
    where the schema validator would only name the document.
    """
    try:
        problems = house_rules(spec)
    except (AttributeError, KeyError, TypeError, IndexError):
        problems = []  # too malformed for our rules; the schema validator explains why below
    if problems:
        raise problems[0]
    errors = list(OpenAPIV31SpecValidator(spec.data).iter_errors())
    if errors:
        # The deepest error is the most precise; the validator reports parents of it too.
        first = max(errors, key=lambda e: len(e.absolute_path))
        pointer = "".join(f"/{_escape(str(p))}" for p in first.absolute_path)
        raise spec.error(pointer, f"not valid OpenAPI 3.1: {first.message}")


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) in document order."""
    return [
        (path, method, item[method])
        for path, item in spec.data.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]


def family_of(path: str) -> str | None:
    """Which API a path belongs to: the family with the longest prefix the path starts with."""
    matches = [
        (len(prefix), family) for family, (prefix, _) in FAMILIES.items() if path.startswith(prefix + "/")
    ]
    return max(matches)[1] if matches else None


def host_of(spec: Spec, path: str) -> str | None:
    """The URL of a path's own `servers` entry, or None when it uses the document's root server."""
    servers = spec.data.get("paths", {}).get(path, {}).get("servers") or []
    return str(servers[0].get("url")) if servers else None


def house_rules(spec: Spec) -> list[SpecError]:
    """Rules beyond OpenAPI that keep the client, the fake and the docs right by construction."""
    problems: list[SpecError] = []
    tags = {t["name"]: t for t in spec.data.get("tags", [])}
    seen_ids: dict[str, str] = {}
    facade_methods: dict[tuple[str | None, str], str | None] = {}
    for path, method, op in operations(spec):
        pointer = f"/paths/{_escape(path)}/{method}"
        family = family_of(path)
        op_id = op.get("operationId")
        if family is None:
            problems.append(spec.error(pointer, f"path {path!r} is under no known API prefix"))
        elif host_of(spec, path) != HOSTS[family]:
            problems.append(
                spec.error(
                    f"/paths/{_escape(path)}",
                    f"{family} paths must declare servers {HOSTS[family] or '(none: the root server)'}, "
                    f"not {host_of(spec, path) or '(none)'}",
                )
            )
        if not op_id:
            problems.append(spec.error(pointer, "operation has no operationId"))
        elif op_id in seen_ids:
            problems.append(
                spec.error(
                    f"{pointer}/operationId", f"operationId {op_id!r} is also used by {seen_ids[op_id]}"
                )
            )
        else:
            seen_ids[op_id] = f"{method.upper()} {path}"
        op_tags = op.get("tags", [])
        if len(op_tags) != 1 or op_tags[0] not in tags:
            problems.append(
                spec.error(
                    f"{pointer}/tags", "each operation needs exactly one tag declared at the top level"
                )
            )
        elif tags[op_tags[0]].get("x-family") != family:
            problems.append(
                spec.error(f"{pointer}/tags", f"tag {op_tags[0]!r} belongs to another API than path {path!r}")
            )
        if family in AUTHENTICATED and not op.get("security"):
            problems.append(
                spec.error(
                    pointer,
                    f"{family} operations must declare security (the generator ignores root-level security)",
                )
            )
        if not re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", str(op.get("x-python", ""))):
            problems.append(spec.error(pointer, "operation needs x-python: the facade method that calls it"))
        elif (CLIENT_FAMILY.get(family or ""), op["x-python"]) in facade_methods:
            problems.append(
                spec.error(
                    f"{pointer}/x-python",
                    f"x-python {op['x-python']!r} is also used by "
                    f"{facade_methods[(CLIENT_FAMILY.get(family or ''), op['x-python'])]}",
                )
            )
        else:
            facade_methods[(CLIENT_FAMILY.get(family or ""), op["x-python"])] = op_id
        if not op.get("summary"):
            problems.append(spec.error(pointer, "operation has no summary"))
        if not any(re.fullmatch(r"2\d\d", str(code)) for code in op.get("responses", {})):
            problems.append(spec.error(f"{pointer}/responses", "operation documents no success status"))
    return problems
