"""Nothing an answer carries is lost: every non-null field survives the trip to a model and back.

A field the models do not declare is silently dropped by the decoder, so a gap in the description
loses data without any error: before this test, every recorded storefront checkout lost its
consignment's `shippingAddress` (15 fields: name, address lines, city, country, phone...), and
BigCommerce's own server examples lost `billing_address.country`, `staff_note`,
`cart.manual_discount_amount`, items' `coupons` and more. Here each corpus checkout goes through the
four public clients over a real loopback socket, and every published success example through the
response model of its operation; `msgspec.to_builtins` of what comes out must hold every non-null
value that went in, under the same JSON name.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest

import bigcommerce_checkout_schemas as models
from bigcommerce_checkout import AsyncCheckoutClient, AsyncStorefrontClient, CheckoutClient, StorefrontClient
from bigcommerce_checkout._models import decode
from tests.loopback import Answer, LoopbackServer
from tests.shapes import corpus


def _leaves(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if not node:
            yield at, node
        for key, value in node.items():
            yield from _leaves(value, f"{at}.{key}")
    elif isinstance(node, list):
        if not node:
            yield at, node
        for i, value in enumerate(node):
            yield from _leaves(value, f"{at}[{i}]")
    else:
        yield at, node


def _same(sent: Any, kept: Any) -> bool:
    """Equal, counting money read as `Decimal` equal to the text or number it was sent as."""
    if isinstance(kept, Decimal) and isinstance(sent, str | int | float) and not isinstance(sent, bool):
        return kept == Decimal(str(sent))
    return bool(kept == sent)


def lost(sent: Any, read: Any) -> list[str]:
    """The non-null leaves of `sent` that `read` (a model) does not hold with the same value."""
    kept = dict(_leaves(msgspec.to_builtins(read, builtin_types=(Decimal,))))
    return [
        path for path, value in _leaves(sent) if value is not None and not _same(value, kept.get(path, ...))
    ]


def _storefront(server: LoopbackServer, use_async: bool) -> Any:
    if use_async:

        async def run() -> Any:
            async with AsyncStorefrontClient(base_url=server.url) as client:
                return await client.checkouts.get("4f2d9c1e-7a3b-4e58-9d6c-0b1a2e3f4c5d")

        return asyncio.run(run())
    with StorefrontClient(base_url=server.url) as client:
        return client.checkouts.get("4f2d9c1e-7a3b-4e58-9d6c-0b1a2e3f4c5d")


def _server(server: LoopbackServer, use_async: bool) -> Any:
    cart = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
    if use_async:

        async def run() -> Any:
            async with AsyncCheckoutClient(
                store_hash="k7x2q9rm", access_token="tok", base_url=server.url
            ) as c:
                return await c.checkouts.get(cart)

        return asyncio.run(run())
    with CheckoutClient(store_hash="k7x2q9rm", access_token="tok", base_url=server.url) as client:
        return client.checkouts.get(cart)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", ["storefront_checkout_guest.json", "storefront_checkout_ordered.json"])
def test_the_storefront_clients_keep_every_field_of_a_recorded_checkout(
    server: LoopbackServer, name: str, use_async: bool
) -> None:
    body = corpus(name)
    server.default = Answer.json(200, body)
    assert lost(body, _storefront(server, use_async)) == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_the_server_clients_keep_every_field_of_a_checkout(server: LoopbackServer, use_async: bool) -> None:
    body = corpus("server_checkout.json")
    server.default = Answer.json(200, body)
    assert lost(body["data"], _server(server, use_async)) == []


def test_a_consignments_shipping_address_keeps_its_fields() -> None:
    body = corpus("storefront_checkout_ordered.json")
    [consignment] = decode(models.StorefrontCheckout)(json.dumps(body).encode()).consignments
    address = consignment.shipping_address
    assert address is not None
    assert (address.first_name, address.city, address.country_code, address.should_save_address) == (
        "Robin",
        "Galway",
        "IE",
        True,
    )


def test_open_maps_keep_every_key() -> None:
    """Objects that are only maps (an error's messages by field, an open `meta`) keep their keys."""
    error = decode(models.Error)(b'{"status": 422, "errors": {"email": "is invalid", "phone": "too long"}}')
    assert error.errors == {"email": "is invalid", "phone": "too long"}
    answer = decode(models.CheckoutResponse)(
        json.dumps({**corpus("server_checkout.json"), "meta": {"trace": "a1b2"}}).encode()
    )
    assert msgspec.to_builtins(answer)["meta"] == {"trace": "a1b2"}


# Published examples that contradict their own schema (openapi/DEVIATIONS.md): operation -> paths.
PUBLISHED_EXAMPLE_DEFECTS: dict[str, re.Pattern[str]] = {
    # `meta` inside `data`, beside `checkoutToken`: the example's envelope is malformed
    "createCheckoutToken": re.compile(r"^\.data\.meta$"),
    # the schema's `custom_order_confirmation_sri_hash`, misspelt in the example
    "getCheckoutSettings": re.compile(r"^\.data\.order_confirmation_sri_hash$"),
    "updateCheckoutSettings": re.compile(r"^\.data\.order_confirmation_sri_hash$"),
    # an unresolved `$ref` left inside the example
    "createCartRedirectUrls": re.compile(r"^\.meta\.\$ref$"),
    # `currency_code"` (a stray quote in the key) and fees' `cost_exc_tax` beside `cost_ex_tax`:
    # misspellings of declared fields in the examples only
    "getOrder": re.compile(r'^\.(currency_code"|fees\[\d+\]\.cost_exc_tax)$'),
    "updateOrder": re.compile(r'^\.(currency_code"|fees\[\d+\]\.cost_exc_tax)$'),
    "getOrderFees": re.compile(r"^\.fees\[\d+\]\.cost_exc_tax$"),
}


def _response_model(op: Any, code: str, spec: dict[str, Any]) -> Any:
    response = op.node.get("responses", {}).get(code, {})
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response.get("content", {}).get("application/json", {}).get("schema") or {}
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return list[getattr(models, schema["items"]["$ref"].rsplit("/", 1)[1])]  # type: ignore[misc]
    return getattr(models, schema["$ref"].rsplit("/", 1)[1]) if "$ref" in schema else None


def test_every_published_example_keeps_every_field(spec: dict[str, Any]) -> None:
    agreement = pytest.importorskip("tests.test_spec_agreement")  # skips without ../shared
    checked, problems = 0, []
    for op in agreement.OUR_OPERATIONS:
        published = agreement.published_counterpart(op)
        if published is None:
            continue
        for code in sorted(agreement.success_codes(published)):
            model = _response_model(op, code, spec)
            if model is None:
                continue
            parse = decode(model)
            defect = PUBLISHED_EXAMPLE_DEFECTS.get(op.label)
            for example in agreement.published_examples(published, code):
                raw = json.dumps(example, default=str)  # YAML reads some example times as datetimes
                try:
                    read = parse(raw.encode())
                except ValueError:
                    continue  # an example our schema refuses: the agreement test lists those
                checked += 1
                problems += [
                    f"{op.label} {code}: {path}"
                    for path in lost(json.loads(raw), read)
                    if defect is None or not defect.match(path)
                ]
    assert checked >= 60
    assert problems == []
