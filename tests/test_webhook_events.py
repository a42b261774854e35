"""Typed webhook events: every published sample parses into its model with nothing lost."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import msgspec
import pytest

import bigcommerce_checkout_schemas as schemas
from bigcommerce_checkout.webhooks import (
    EVENT_MODELS,
    EVENT_SCOPES,
    EventParseError,
    WebhookEvent,
    WebhookEventBase,
    parse_event,
)
from tests.spec_tools import load_yaml

ROOT = Path(__file__).resolve().parents[1]
CALLBACKS = ROOT.parent / "shared" / "reference" / "bigcommerce" / "webhooks" / "callbacks"
SAMPLES = sorted((CALLBACKS / "data").glob("*.json")) if CALLBACKS.is_dir() else []
# The published samples of two line item events carry each other's scope (the file named
# `..._deleted` says `store/cart/lineItem/updated`); the model follows the payload's scope.
SWAPPED_SAMPLES = {"store_cart_lineItem_deleted.json", "store_cart_lineItem_updated.json"}


def _model_for(scope: str) -> type[Any]:
    return next(m for m in EVENT_MODELS if msgspec.inspect.type_info(m).fields[-2].type.values == (scope,))


@pytest.mark.skipif(not SAMPLES, reason=f"BigCommerce's published webhook samples are not at {CALLBACKS}")
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_published_sample_parses_into_its_model_with_nothing_lost(sample: Path) -> None:
    raw = sample.read_bytes()
    event = parse_event(raw)
    published = json.loads(raw)
    assert type(event) is _model_for(published["scope"])
    assert type(event) is not WebhookEvent
    assert msgspec.to_builtins(event) == published  # every field kept, with its wire name and value
    named_scope = "store/" + sample.stem.removeprefix("store_").replace("_", "/")
    assert (event.scope == named_scope) != (sample.name in SWAPPED_SAMPLES)


@pytest.mark.skipif(
    not CALLBACKS.is_dir(), reason=f"BigCommerce's published event schemas are not at {CALLBACKS}"
)
def test_every_published_cart_and_order_scope_has_a_model_with_the_published_fields() -> None:
    published: dict[str, set[str]] = {}
    for path in CALLBACKS.glob("store_*.yml"):
        for scope, schema in load_yaml(path)["properties"].items():
            if scope.startswith(("store/cart/", "store/order/")):
                published[scope] = set(schema["properties"]["data"]["properties"])
    assert set(published) == EVENT_SCOPES  # 22 scopes: 12 cart, 10 order
    for scope, fields in published.items():
        data_type = msgspec.inspect.type_info(_model_for(scope)).fields[-1].type.cls
        ours = {f.encode_name for f in msgspec.inspect.type_info(data_type).fields}
        assert ours == fields, scope


def test_the_event_union_names_every_generated_event_model() -> None:
    generated = {
        getattr(schemas, name)
        for name in schemas.__all__
        if name.endswith("Event") and isinstance(getattr(schemas, name), type)
    }
    assert generated - {WebhookEvent} == set(EVENT_MODELS)
    assert all(issubclass(m, WebhookEventBase) for m in generated)
    assert len(EVENT_SCOPES) == len(EVENT_MODELS) == 22


def test_an_unknown_scope_parses_as_a_generic_event_keeping_its_data() -> None:
    body = (
        b'{"scope":"store/product/inventory/updated","store_id":"1025646","hash":"9a1c",'
        b'"created_at":1764892800,"producer":"stores/k7x2q9rm","data":{"id":77,"inventory":{"value":4}}}'
    )
    event = parse_event(body)
    assert type(event) is WebhookEvent
    assert event.data == {"id": 77, "inventory": {"value": 4}}
    assert msgspec.to_builtins(event) == json.loads(body)


def test_a_known_scope_whose_data_changed_shape_degrades_to_a_generic_event(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = b'{"scope":"store/cart/converted","store_id":"1","hash":"h1","data":{"id":"c1","orderId":"not-a-number"}}'
    with caplog.at_level(logging.WARNING, logger="bigcommerce_checkout"):
        event = parse_event(body)
    assert type(event) is WebhookEvent
    assert event.data == {"id": "c1", "orderId": "not-a-number"}
    assert "store/cart/converted event does not fit its model" in caplog.text


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"store_id":"1","hash":"h","data":{}}', "scope"),
        (b'{"scope":"store/order/created","store_id":"1","data":{"id":5}}', "hash"),
        (b'{"scope":"store/x","store_id":"1","hash":"h","data":[1]}', "data"),
        (b"[]", "object"),
    ],
)
def test_a_body_that_is_not_an_event_is_refused_without_echoing_it(body: bytes, says: str) -> None:
    with pytest.raises(EventParseError, match=says) as info:
        parse_event(body)
    assert body.decode(errors="replace") not in str(info.value)


def test_the_body_is_parsed_from_bytes_str_and_memoryview_alike() -> None:
    body = b'{"scope":"store/order/created","store_id":"1","hash":"h","data":{"type":"order","id":5}}'
    events = [
        parse_event(body),
        parse_event(body.decode()),
        parse_event(memoryview(body)),
        parse_event(bytearray(body)),
    ]
    assert all(e == events[0] for e in events)
    assert events[0].data.id == 5  # type: ignore[union-attr]
