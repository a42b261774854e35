"""The fake's route table is the spec's: same operations, paths, methods, request models, include parameters."""

from __future__ import annotations

from typing import Any

import msgspec

import bigcommerce_checkout_schemas as schemas
from bigcommerce_checkout.testing._routes import ROUTES, resolve
from tests.spec_tools import FAKE_PENDING_OPERATIONS
from tests.spec_tools import resolve as follow

METHODS = ("get", "put", "post", "delete")


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                parameters = [follow(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
                found[op["operationId"]] = (method.upper(), path, op, parameters)
    return found


def test_every_operation_has_a_route_with_its_method_and_path(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    # Operations whose fake routes come later (FAKE_PENDING_OPERATIONS) have none yet; all others do.
    assert {r.operation_id for r in ROUTES} == set(operations) - FAKE_PENDING_OPERATIONS
    assert set(operations) >= FAKE_PENDING_OPERATIONS, (
        "FAKE_PENDING_OPERATIONS names an operation the spec lacks"
    )
    for route in ROUTES:
        method, path, _, _ = operations[route.operation_id]
        assert (route.method, route.template) == (method, path)


def test_bodies_use_the_generated_model_of_the_spec_schema(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    for route in ROUTES:
        _, _, op, _ = operations[route.operation_id]
        request_body = op.get("requestBody")
        if request_body is None:
            assert route.body is None, route.operation_id
            continue
        schema = request_body["content"]["application/json"]["schema"]
        assert route.body == _model_of(schema), route.operation_id
        assert route.body_required == request_body.get("required", False), route.operation_id


def _model_of(schema: dict[str, Any]) -> Any:
    """The generated model of a body schema: a component, or an inline array of them (batch calls)."""
    if "$ref" in schema:
        return getattr(schemas, schema["$ref"].rsplit("/", 1)[-1])
    assert schema["type"] == "array", schema
    items = schema["items"]
    item = _model_of(items) if "$ref" in items else {"integer": int, "string": str}[items["type"]]
    return list.__class_getitem__(item)


def test_include_parameters_use_the_generated_query_models(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    for route in ROUTES:
        _, _, _, parameters = operations[route.operation_id]
        query = [p for p in parameters if p["in"] == "query"]
        assert (route.query is None) == (not query), route.operation_id
        if route.query is not None:  # every query parameter is a field of the model, by its wire name
            names = {f.encode_name for f in msgspec.structs.fields(route.query)}
            assert names == {p["name"] for p in query}, route.operation_id
        [include] = [p for p in query if p["name"] == "include"] or [None]
        if include is not None and route.query is not None:
            [field] = [f for f in msgspec.structs.fields(route.query) if f.encode_name == "include"]
            assert field.default == include["schema"].get("default"), route.operation_id


def test_literal_segments_win_over_parameters() -> None:
    route, params = resolve("GET", "/stores/h/v3/checkouts/settings")
    assert route is not None
    assert route.operation_id == "getCheckoutSettings"
    route, params = resolve("GET", "/stores/h/v3/checkouts/abc")
    assert route is not None
    assert (route.operation_id, params) == ("getCheckout", {"store_hash": "h", "checkoutId": "abc"})
    assert resolve("DELETE", "/stores/h/v3/checkouts/settings") == (None, ["GET", "PUT"])
    route, params = resolve("DELETE", "/api/storefront/checkouts/c/coupons/50%25%20OFF")
    assert params == {"checkoutId": "c", "couponCode": "50% OFF"}
