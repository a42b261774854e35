"""The generated client: every operation parses its success response into a typed model."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

import bigcommerce_checkout_api.api as api_package
from bigcommerce_checkout_api.models import CartResponse, StorefrontCart, StorefrontCheckout, StorefrontOrder
from tests.spec_tools import resolve

METHODS = ("get", "put", "post", "delete")


def _modules() -> dict[str, Any]:
    found = {}
    for group in pkgutil.iter_modules(api_package.__path__):
        package = importlib.import_module(f"{api_package.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = importlib.import_module(f"{package.__name__}.{module.name}")
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_one_module_per_operation(spec: dict[str, Any]) -> None:
    op_ids = {
        _snake(op["operationId"]) for item in spec["paths"].values() for m, op in item.items() if m in METHODS
    }
    assert set(_modules()) == op_ids


@pytest.mark.parametrize("name", sorted(_modules()))
def test_success_response_is_a_typed_model(name: str, spec: dict[str, Any]) -> None:
    module = _modules()[name]
    source = inspect.getsource(module._parse_response)
    op = next(
        op
        for item in spec["paths"].values()
        for m, op in item.items()
        if m in METHODS and _snake(op["operationId"]) == name
    )
    # An operation that only answers 204 has no `sync` returning a model, only `sync_detailed`.
    returns = str(inspect.signature(module.sync).return_annotation) if hasattr(module, "sync") else ""
    for status in [s for s in op["responses"] if str(s).startswith("2")]:
        content = resolve(spec, op["responses"][status]).get("content")
        if content is None:  # 204: nothing to parse
            assert re.search(
                rf"if response\.status_code == {status}:\n\s+(return None|response_{status} = cast\(Any, None\))",
                source,
            ), source
            continue
        schema = content["application/json"]["schema"]
        if schema.get("type") == "array":  # a list of models, each parsed (storefront carts)
            model = schema["items"]["$ref"].rsplit("/", 1)[-1]
            assert re.search(
                rf"response_{status}_item = {model}\.from_dict\(response_{status}_item_data\)", source
            ), source
            assert re.search(rf"list\[[\w.]*\b{model}\]", returns), returns
            continue
        model = schema["$ref"].rsplit("/", 1)[-1]
        assert re.search(rf"response_{status} = {model}\.from_dict\(response\.json\(\)\)", source), source
        assert model in returns


def test_a_storefront_checkout_parses_with_the_generated_model(spec: dict[str, Any]) -> None:
    example = spec["components"]["examples"]["StorefrontCheckout"]["value"]
    assert StorefrontCheckout.from_dict(example).to_dict() == example


@pytest.mark.parametrize(
    ("model", "example"),
    [
        (CartResponse, "CartResponse"),
        (StorefrontCart, "StorefrontCart"),
        (StorefrontOrder, "StorefrontOrder"),
    ],
)
def test_carts_and_orders_parse_with_the_generated_models(
    model: Any, example: str, spec: dict[str, Any]
) -> None:
    """The real shapes in these examples (null gift wrapping, integer order item ids, nested
    category lists, payment `detail` objects) survive a parse unchanged."""
    value = spec["components"]["examples"][example]["value"]
    assert model.from_dict(value).to_dict() == value
