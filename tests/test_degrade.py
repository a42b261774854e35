"""An answer that lacks one field: read on when a page only displays it, refuse it otherwise.

Every field of every corpus checkout is removed in turn (and, separately, set to `null`), and the
answer decoded as the client decodes it. The outcome must follow the generator's rule
(`generator/degrade.py`, written to `bigcommerce_checkout_schemas._fill`): an optional field reads
as `None`; a required display or timestamp field reads as `""` (or `[]`) with one WARNING per
field path; every other required field (ids, money, quantities, flags, codes, the containers that
hold them) refuses the answer. Before the rule, 87 field paths of the storefront corpus refused the
whole checkout. Then the same through the four public clients over a real loopback socket.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

from bigcommerce_checkout import (
    APIResponseValidationError,
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    StorefrontClient,
    _degrade,
)
from bigcommerce_checkout._models import ResponseShapeError, decode
from bigcommerce_checkout_schemas import CheckoutResponse, StorefrontCheckout
from bigcommerce_checkout_schemas._fill import FILL
from tests.loopback import Answer, LoopbackServer
from tests.shapes import corpus

CORPUS = {
    "storefront_checkout_guest.json": StorefrontCheckout,
    "storefront_checkout_ordered.json": StorefrontCheckout,
    "server_checkout.json": CheckoutResponse,
}
Path = tuple[str | int, ...]


def _paths(node: Any, at: Path = ()) -> Iterator[Path]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*at, key)
            yield from _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*at, i))


def _parent_and_model(kind: type[Any], body: Any, path: Path) -> tuple[Any, type[Any] | None]:
    """The dict holding the field, and the Struct class the model expects there."""
    node, parent = body, body
    for segment in path[:-1]:
        parent = node = node[segment]
    return parent, _degrade._model_at(kind, list(path[:-1]))


def _required(model: type[Any] | None, wire: str) -> bool:
    if model is None:
        return False
    return any(f.encode_name == wire and f.required for f in msgspec.structs.fields(model))


@pytest.fixture(autouse=True)
def _forget_warnings() -> Iterator[None]:
    _degrade._warned.clear()
    yield
    _degrade._warned.clear()


@pytest.mark.parametrize("name", sorted(CORPUS))
@pytest.mark.parametrize("how", ["removed", "null"])
def test_each_field_removed_in_turn_follows_the_rule(
    name: str, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    kind = CORPUS[name]
    whole = corpus(name)
    parse = decode(kind)
    degraded, refused = [], []
    for path in _paths(whole):
        body = copy.deepcopy(whole)
        parent, model = _parent_and_model(kind, body, path)
        if not isinstance(path[-1], str) or parent[path[-1]] is None:
            continue
        if how == "removed":
            del parent[path[-1]]
        else:
            parent[path[-1]] = None
        wire = path[-1]
        fill = FILL.get(model.__name__, {}).get(wire) if model is not None else None
        try:
            read = parse(msgspec.json.encode(body))
        except ResponseShapeError as exc:
            why = str(exc)
        else:
            why = ""
        if why:
            refused.append(path)
            assert _required(model, wire) or how == "null", f"{path}: optional, yet refused: {why}"
            assert fill is None, f"{path}: a display field refused the answer: {why}"
            continue
        assert read is not None
        if fill is not None:
            degraded.append(path)
            value = _attribute(read, kind, path)
            assert value == fill, path
            where = ".".join("[]" if isinstance(s, int) else s for s in path).replace(".[]", "[]")
            assert where in _degrade._warned, where
        else:
            assert not _required(model, wire), f"{path}: a required field was accepted without it"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == len(_degrade._warned)  # once per field path, however often it recurs
    assert all("a display field" in r.getMessage() for r in warnings)
    assert degraded, "the corpus has display fields"
    assert refused, "the corpus has strict fields"
    dotted = {".".join(str(s) for s in p if isinstance(s, str)) for p in degraded}
    refused_dotted = {".".join(str(s) for s in p if isinstance(s, str)) for p in refused}
    if name == "storefront_checkout_ordered.json":  # the fields the issue names, and strict ones beside them
        for display in ("cart.lineItems.physicalItems.imageUrl", "cart.locale", "customerMessage",
                        "createdTime", "taxes.name", "cart.lineItems.physicalItems.name"):  # fmt: skip
            assert display in dotted, display
        for strict in ("id", "cart.lineItems.physicalItems.productId", "grandTotal",
                       "cart.lineItems.physicalItems.quantity", "cart.currency.code",
                       "cart.lineItems.physicalItems.isTaxable", "taxes.amount"):  # fmt: skip
            assert strict in refused_dotted, strict


def _attribute(read: Any, kind: type[Any], path: Path) -> Any:
    """The parsed value at `path` (JSON names), found through the Structs' wire names."""
    node = read
    for segment in path:
        if isinstance(segment, int):
            node = node[segment]
            continue
        names = {f.encode_name: f.name for f in msgspec.structs.fields(type(node))}
        node = getattr(node, names[segment])
    return node


def test_a_field_path_is_warned_about_once(caplog: pytest.LogCaptureFixture) -> None:
    body = corpus("storefront_checkout_ordered.json")
    for item in body["cart"]["lineItems"]["physicalItems"]:
        del item["imageUrl"]
    parse = decode(StorefrontCheckout)
    for _ in range(3):
        checkout = parse(msgspec.json.encode(body))
    assert all(i.image_url == "" for i in checkout.cart.line_items.physical_items)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "cart.lineItems.physicalItems[].imageUrl" in warnings[0].getMessage()


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
def test_the_four_clients_read_on_and_still_refuse(server: LoopbackServer, use_async: bool) -> None:
    storefront = corpus("storefront_checkout_ordered.json")
    del storefront["cart"]["lineItems"]["physicalItems"][0]["imageUrl"]
    storefront["customerMessage"] = None
    server.default = Answer.json(200, storefront)
    checkout = _storefront(server, use_async)
    assert (checkout.cart.line_items.physical_items[0].image_url, checkout.customer_message) == ("", "")

    server_body = corpus("server_checkout.json")
    del server_body["data"]["cart"]["line_items"]["physical_items"][0]["name"]
    server.default = Answer.json(200, server_body)
    assert _server(server, use_async).cart.line_items.physical_items[0].name == ""

    del storefront["cart"]["lineItems"]["physicalItems"][0]["productId"]  # an id: still refused
    server.default = Answer.json(200, storefront)
    with pytest.raises(APIResponseValidationError, match="productId"):
        _storefront(server, use_async)
