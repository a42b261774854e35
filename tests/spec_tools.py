"""Helpers for tests that read the curated description."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

if TYPE_CHECKING:
    from generator.spec import Spec

SPEC_FILE = Path(__file__).resolve().parents[1] / "openapi" / "bigcommerce-checkout.yaml"


def load_yaml(path: Path) -> Any:
    """A YAML file, parsed with libyaml's safe loader when present (about 7x faster on the spec)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506


@functools.cache
def committed_spec() -> Spec:
    """The committed spec as the generator parses it (lines and all), parsed once per test process:
    that parse takes seconds. Shared, so never change it; copy `.data` first (copy.deepcopy)."""
    from generator.spec import load

    return load(SPEC_FILE)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s to the node they point at."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for `schema`, whose `$ref`s may point into the spec."""
    registry = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(_rebase(schema), registry=registry)


def success_example(spec: dict[str, Any], operation_id: str) -> Any:
    """The example answer of an operation's first 2xx (one source of valid bodies)."""
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                status = next(s for s in op["responses"] if str(s).startswith("2"))
                media = resolve(spec, op["responses"][status])["content"]["application/json"]
                if "example" in media:
                    return media["example"]
                return resolve(spec, next(iter(media["examples"].values())))["value"]
    raise KeyError(operation_id)


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: ("urn:spec" + v if k == "$ref" and v.startswith("#") else _rebase(v)) for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


# The operations of issue 18 (Orders v2 and v3).
ORDERS_OPERATIONS: frozenset[str] = frozenset(
    {
        "getOrder",
        "updateOrder",
        "getOrders",
        "getOrdersCount",
        "getOrderProducts",
        "getOrderShippingAddresses",
        "getOrderCoupons",
        "getOrderTaxes",
        "getOrderConsignments",
        "getOrderFees",
        "getOrderStatuses",
        "getOrderStatusesStatus",
        "getOrderTransactions",
        "captureOrderPayment",
        "voidOrderPayment",
        "createOrderRefundQuotes",
        "createOrderRefund",
        "getOrderRefunds",
        "getOrderRefund",
        "getOrdersRefunds",
        "getOrderMetafields",
        "createOrderMetafield",
        "getOrderMetafield",
        "updateOrderMetafield",
        "deleteOrderMetafield",
    }
)
# Operations whose routes the local fake does not have yet: none (the Orders ones came with issue 18).
# The tests that run against the fake (its route table, schemathesis, the docs examples, which run
# on the fake) leave out exactly these, and say so when they do. Add an id here only while its
# fake route is being written.
FAKE_PENDING_OPERATIONS: frozenset[str] = frozenset()


# Operations whose facade method is still to come: none (tests/test_facade_wire.py checks it).
PENDING_OPERATIONS: frozenset[str] = frozenset()


def is_pending(operation_id: str) -> bool:
    """Whether an operation's fake route is still to come (see FAKE_PENDING_OPERATIONS)."""
    return operation_id in FAKE_PENDING_OPERATIONS


# Families whose operations no client calls: the shopper's browser opens them, and their `x-python`
# names the package's module-level helper that goes with them (`customer_login.customer_login_url`,
# relative to `bigcommerce_checkout`). The facade tests leave them out; test_customer_identity.py
# checks that each names a helper the package exports.
HELPER_FAMILIES = frozenset({"identity"})


def helper_operations(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> `x-python` of every operation of a HELPER_FAMILIES tag."""
    families = {tag["name"]: tag.get("x-family") for tag in spec.get("tags", [])}
    return {
        op["operationId"]: op["x-python"]
        for item in spec.get("paths", {}).values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op and families.get(op["tags"][0]) in HELPER_FAMILIES
    }
