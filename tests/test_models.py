"""The public models: generated from the spec, no Unset, required where the spec says, honest parsing."""

from __future__ import annotations

import json
import re
import typing
from typing import Any

import msgspec
import pytest

import bigcommerce_checkout.models as models
from bigcommerce_checkout import APIResponseValidationError, CheckoutClient, StorefrontClient
from tests.conftest import ROOT
from tests.loopback import Answer, LoopbackServer

CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
STRUCTS = [getattr(models, n) for n in models.__all__ if isinstance(getattr(models, n), type)]
STRUCTS = [c for c in STRUCTS if issubclass(c, msgspec.Struct)]


def _client(server: LoopbackServer) -> CheckoutClient:
    return CheckoutClient(store_hash="k7x2q9rm", access_token="tok", base_url=server.url)


def test_every_component_schema_has_one_public_model(spec: dict[str, Any]) -> None:
    names = set(models.__all__)
    for name, schema in spec["components"]["schemas"].items():
        if "properties" in schema or "allOf" in schema:
            assert name in names or f"{name}Model" in names, name
    assert len(STRUCTS) > 80


@pytest.mark.parametrize("cls", STRUCTS, ids=lambda c: c.__name__)
def test_no_unset_in_any_public_type(cls: type[msgspec.Struct]) -> None:
    hints = typing.get_type_hints(cls, include_extras=False)
    for name, hint in hints.items():
        text = repr(hint)
        assert "Unset" not in text, (cls.__name__, name, text)
    for field in msgspec.structs.fields(cls):
        if not field.required:
            assert field.default is None or field.default is not msgspec.UNSET, (cls.__name__, field.name)


def _all_of_required(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            part = spec["components"]["schemas"][part["$ref"].rsplit("/", 1)[1]]
        required |= _all_of_required(spec, part)
    return required


def test_required_fields_are_exactly_the_specs(spec: dict[str, Any]) -> None:
    """A field the spec always returns is not optional in Python, and nothing else is required."""
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        cls = getattr(models, name, None) or getattr(models, f"{name}Model", None)
        if not (isinstance(cls, type) and issubclass(cls, msgspec.Struct)):
            continue
        required = {f.encode_name for f in msgspec.structs.fields(cls) if f.required}
        # A tagged union's tag (payment instruments' `type`) is the struct's tag, not a field.
        tag_field = cls.__struct_config__.tag_field
        if tag_field is not None:
            assert tag_field in _all_of_required(spec, schema), name
            required.add(tag_field)
        assert required == _all_of_required(spec, schema), name
        checked += 1
    assert checked > 80


def test_always_present_checkout_fields_need_no_narrowing() -> None:
    hints = typing.get_type_hints(models.CheckoutResponse)
    assert hints["data"] is models.Checkout  # not Optional: a 200 without data is an error


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"data": []}, "$.data"),
        ({"data": ["ab"]}, "$.data"),
        ([["data", {}]], "Expected `object`, got `array`"),
        ({"meta": {}}, "data"),
        ({"data": {"id": CART, "grand_total": "12.50"}}, "$.data.grand_total"),
        ({"data": {"id": 5}}, "$.data.id"),
    ],
)
def test_a_body_of_the_wrong_shape_raises_naming_the_field(
    server: LoopbackServer, body: Any, where: str
) -> None:
    server.default = Answer.json(200, body)
    with _client(server) as client, pytest.raises(APIResponseValidationError) as info:
        client.checkouts.get(CART)
    assert where in str(info.value)


def test_storefront_answers_are_checked_too(server: LoopbackServer) -> None:
    server.default = Answer.json(200, {"id": CART, "grandTotal": "a lot"})
    with (
        StorefrontClient(base_url=server.url) as shop,
        pytest.raises(APIResponseValidationError, match=r"\$\.grandTotal"),
    ):
        shop.checkouts.get(CART)


def test_a_dict_body_names_every_unknown_key_and_sends_nothing(server: LoopbackServer) -> None:
    address = {"emial": "a@example.com", "country_code": "US", "frist_name": "Ada"}
    with _client(server) as client, pytest.raises(TypeError) as info:
        client.checkouts.billing_address.add(CART, address)  # type: ignore[typeddict-unknown-key]
    message = str(info.value)
    assert "address.emial (did you mean 'email'?)" in message
    assert "address.frist_name (did you mean 'first_name'?)" in message
    assert "email" in message.rsplit(";", 1)[1]  # and the missing required field
    assert server.requests == []


def test_a_wrong_type_deep_in_a_dict_names_its_path(server: LoopbackServer) -> None:
    create = {
        "address": {
            "email": "a@example.com",
            "country_code": "US",
            "state_or_province": "OR",
            "postal_code": "1",
        },
        "line_items": [{"item_id": "i1", "quantity": "2"}],
    }
    with (
        _client(server) as client,
        pytest.raises(TypeError, match=r"consignments\[0\]\.line_items\[0\]\.quantity"),
    ):
        client.checkouts.consignments.add(CART, [create])  # type: ignore[list-item]
    assert server.requests == []


def test_fields_left_at_none_are_not_sent(server: LoopbackServer, spec: dict[str, Any]) -> None:
    server.default = Answer.json(200, spec["components"]["examples"]["CheckoutResponse"]["value"])
    with _client(server) as client:
        client.checkouts.billing_address.add(
            CART, models.BillingAddressRequest(email="ada@example.com", country_code="US")
        )
        client.checkouts.billing_address.add(CART, {"email": "ada@example.com", "country_code": "US"})
        version: int | None = None  # as read from an answer that had none
        client.checkouts.billing_address.add(
            CART, {"email": "ada@example.com", "country_code": "US", "first_name": None, "version": version}
        )
    assert [r.body for r in server.requests] == [b'{"email":"ada@example.com","country_code":"US"}'] * 3


def test_models_read_wire_names_and_expose_python_names() -> None:
    checkout = json.loads((ROOT / "tests" / "corpus" / "storefront_checkout_ordered.json").read_text())
    raw = checkout["cart"]["lineItems"]["physicalItems"][0]
    item = msgspec.convert({**raw, "giftWrapping": None, "parentId": None}, models.StorefrontLineItem)
    assert (item.id, item.gift_wrapping, item.parent_id, item.product_id) == (
        raw["id"],
        None,
        None,
        raw["productId"],
    )


def test_the_models_page_documents_every_model_and_field() -> None:
    page = (ROOT / "docs" / "reference" / "models.md").read_text(encoding="utf-8")
    sections = {m[1]: m[2] for m in re.finditer(r"^## `(\w+)`.*\n((?:(?!## ).*\n)*)", page, re.M)}
    for cls in STRUCTS:
        assert cls.__name__ in sections, cls.__name__
        for field in msgspec.structs.fields(cls):
            assert f"| `{field.name}` | `{field.encode_name}` |" in sections[cls.__name__], (
                cls.__name__,
                field.name,
            )
