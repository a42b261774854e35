"""Every facade method sends exactly what the spec describes, over a real loopback socket.

Each operation is driven by the spec itself: its `x-python` names the facade method, its
parameter and request-body examples are the arguments (mapped by `x-python-body` where the method
does not take the body whole), and the request the server receives must
be that example, on that path, with the headers the API needs. Sync and async clients both.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import msgspec
import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    AsyncStorefrontClient,
    CheckoutClient,
    StorefrontClient,
    __version__,
)
from tests.conftest import SPEC_PATH
from tests.loopback import Answer, LoopbackServer
from tests.shapes import server_checkout
from tests.spec_tools import PENDING_OPERATIONS, helper_operations, load_yaml, resolve, validator

TOKEN = "tok_live_4f9a1c0e7b2d"
PAT = "pat_9d2e7c41a0b3"
STORE = "k7x2q9rm"
PREFIXES = {
    "server": "/stores/{store_hash}/v3",
    "v2": "/stores/{store_hash}/v2",
    "storefront": "/api/storefront",
    "payments": "/stores/{store_hash}/payments",
}
PAYMENTS_ACCEPT = "application/vnd.bc.v1+json"
METHODS = ("get", "put", "post", "delete")

Args = tuple[tuple[Any, ...], dict[str, Any]]


# Operations of the helper families (customer login, current customer) have no client method:
# the shopper's browser makes them (tests/test_customer_identity.py covers their helpers).
HELPER_OPERATIONS = frozenset(helper_operations(load_yaml(SPEC_PATH)))
ALL_OPERATION_IDS = sorted(
    op["operationId"]
    for item in load_yaml(SPEC_PATH)["paths"].values()
    for method, op in item.items()
    if method in METHODS and op["operationId"] not in HELPER_OPERATIONS
)
# The facade methods of PENDING_OPERATIONS come later; these tests cover every other operation.
OPERATION_IDS = [op_id for op_id in ALL_OPERATION_IDS if op_id not in PENDING_OPERATIONS]


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (family, METHOD, path, operation, path item), pending operations left out."""
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item and item[method]["operationId"] not in PENDING_OPERATIONS | HELPER_OPERATIONS:
                family = _family(path)
                found[item[method]["operationId"]] = (family, method.upper(), path, item[method], item)
    return found


def _family(path: str) -> str:
    return next(f for f, prefix in PREFIXES.items() if path == prefix or path.startswith(prefix + "/"))


def _params(spec: dict[str, Any], op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]


def _body_media(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    media: dict[str, Any] | None = (
        resolve(spec, op.get("requestBody", {})).get("content", {}).get("application/json")
    )
    return media


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """The first 2xx status and its JSON media (None for an answer without a body, such as 204)."""
    status = next(s for s in op["responses"] if str(s).startswith("2"))
    media = resolve(spec, op["responses"][status]).get("content", {}).get("application/json")
    return int(status), media


def _success_example(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    _, ok = _success(spec, op)
    if ok is None:
        return None
    return ok["example"] if "example" in ok else resolve(spec, next(iter(ok["examples"].values())))["value"]


def _unwraps_data(spec: dict[str, Any], family: str, op: dict[str, Any]) -> bool:
    """Server and payments methods return the `data` of an envelope whose `data` is one object
    (a `$ref`); lists and pages come back whole, with their `meta` (as the reference says)."""
    _, ok = _success(spec, op)
    if family == "storefront" or ok is None:
        return False
    schema = resolve(spec, ok["schema"])
    data = schema.get("properties", {}).get("data")
    return isinstance(data, dict) and "$ref" in data


def _arguments(spec: dict[str, Any], op: dict[str, Any], item: dict[str, Any]) -> Args:
    params = _params(spec, op, item)
    args: tuple[Any, ...] = tuple(
        p["example"] for p in params if p["in"] == "path" and p["name"] != "store_hash"
    )
    kwargs: dict[str, Any] = {}
    for p in params:  # query parameters with an example: `include` as a list, others by name
        if p["in"] == "query" and "example" in p:
            value = p["example"]
            kwargs[re.sub(r"\W", "_", p["name"])] = value.split(",") if p["name"] == "include" else value
    media = _body_media(spec, op)
    if media is not None:
        example = media["example"]
        mapping = op.get("x-python-body")  # how the body becomes arguments, when not passed whole
        if mapping is None:
            args += (example,)
        else:
            args += tuple(example[name] for name in mapping["args"])
            kwargs.update({py: example[field] for field, py in mapping["kwargs"].items() if field in example})
    if op.get("x-python", "").startswith("payments.process"):  # the payment access token comes first
        args = (PAT, *args)
    return args, kwargs


def _method(client: Any, dotted: str) -> Callable[..., Any]:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target  # type: ignore[no-any-return]


def _client(family: str, asynchronous: bool, url: str) -> Any:
    if family in ("server", "v2", "payments"):
        cls: Any = AsyncCheckoutClient if asynchronous else CheckoutClient
        return cls(store_hash=STORE, access_token=TOKEN, base_url=url, payments_base_url=url, max_retries=0)
    cls = AsyncStorefrontClient if asynchronous else StorefrontClient
    return cls(base_url=url, cookies={"SHOP_SESSION_TOKEN": "sess-1"}, max_retries=0)


def _invoke(family: str, asynchronous: bool, url: str, dotted: str, args: Args) -> Any:
    client = _client(family, asynchronous, url)
    if not asynchronous:
        with client:
            return _method(client, dotted)(*args[0], **args[1])

    async def run() -> Any:
        async with client:
            return await _method(client, dotted)(*args[0], **args[1])

    return asyncio.run(run())


def test_every_operation_has_a_facade_method(spec: dict[str, Any]) -> None:
    missing = []
    clients: dict[tuple[str, bool], Any] = {}  # one per family and kind: each builds an SSL context
    for op_id, (family, *_rest, op, _item) in _operations(spec).items():
        for asynchronous in (False, True):
            if (family, asynchronous) not in clients:
                clients[family, asynchronous] = _client(family, asynchronous, "http://127.0.0.1:9")
            client = clients[family, asynchronous]
            try:
                _method(client, op["x-python"])
            except AttributeError:
                missing.append(f"{op_id}: {type(client).__name__}.{op['x-python']}")
    assert missing == []


def test_pending_operations_are_exactly_those_without_a_facade_method(spec: dict[str, Any]) -> None:
    """An id stays in PENDING_OPERATIONS only while its method is missing: drop it once it exists."""
    assert set(ALL_OPERATION_IDS) >= PENDING_OPERATIONS, "PENDING_OPERATIONS names an unknown operation"
    present = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None or op["operationId"] not in PENDING_OPERATIONS - HELPER_OPERATIONS:
                continue
            family = _family(path)
            for asynchronous in (False, True):
                try:
                    _method(_client(family, asynchronous, "http://127.0.0.1:9"), op["x-python"])
                except AttributeError:
                    continue
                present.append(f"{op['operationId']}: {op['x-python']}")
    assert present == [], "these have a facade method now: remove them from PENDING_OPERATIONS"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_request_matches_spec(
    op_id: str, asynchronous: bool, spec: dict[str, Any], server: LoopbackServer
) -> None:
    family, method, path, op, item = _operations(spec)[op_id]
    example = _success_example(spec, op)
    status, _ = _success(spec, op)
    server.default = Answer(status, b"") if example is None else Answer.json(status, example)
    args = _arguments(spec, op, item)

    result = _invoke(family, asynchronous, server.url, op["x-python"], args)

    [sent] = server.requests
    assert sent.method == method
    expected_path = path.replace("{store_hash}", STORE)
    for param in _params(spec, op, item):
        if param["in"] == "path" and param["name"] != "store_hash":
            expected_path = expected_path.replace(
                "{" + param["name"] + "}", quote(str(param["example"]), safe="")
            )
    assert sent.path == expected_path

    assert sent.headers["accept"] == (PAYMENTS_ACCEPT if family == "payments" else "application/json")
    assert sent.headers["user-agent"].startswith(f"bigcommerce-checkout/{__version__} python/")
    if method in ("POST", "PUT"):  # the published files require it on writes, body or not
        assert sent.headers["content-type"] == "application/json"
    if family in ("server", "v2"):
        assert sent.headers["x-auth-token"] == TOKEN
        assert "authorization" not in sent.headers
    elif family == "payments":  # the payment access token, and never the store's API token
        assert sent.headers["authorization"] == f"PAT {PAT}"
        assert "x-auth-token" not in sent.headers
    else:
        assert "x-auth-token" not in sent.headers
        assert sent.headers["cookie"] == "SHOP_SESSION_TOKEN=sess-1"

    params = {p["name"]: p for p in _params(spec, op, item)}
    assert set(sent.query) == {p["name"] for p in params.values() if p["in"] == "query" and "example" in p}
    for name, values in sent.query.items():
        assert params[name]["in"] == "query"
        sample = params[name]["example"]
        assert values == [json.dumps(sample) if isinstance(sample, bool) else str(sample)]
        schema = resolve(spec, params[name]["schema"])
        typed = (
            json.loads(values[0]) if schema.get("type") in ("integer", "boolean") else values[0]
        )  # as the server reads it
        assert not list(validator(spec, schema).iter_errors(typed))

    media = _body_media(spec, op)
    if media is None:
        assert sent.body == b""
    else:
        assert sent.headers["content-type"] == "application/json"
        # A field left at its documented default may be left out: BigCommerce applies the default.
        assert _without_defaults(spec, media["schema"], sent.json()) == _without_defaults(
            spec, media["schema"], media["example"]
        )
        assert not [e.message for e in validator(spec, media["schema"]).iter_errors(sent.json())]

    # Server answers come back without their envelope; storefront answers are the checkout itself.
    expected = example["data"] if _unwraps_data(spec, family, op) and "data" in example else example
    # An optional field sent as null and one left out both read as None, so compare without nulls.
    built = msgspec.to_builtins(result, builtin_types=(Decimal,))
    assert _as_sent(built, _without_nulls(expected)) == _without_nulls(expected)


def _as_sent(value: Any, sent: Any) -> Any:
    """`value` with each `Decimal` (v2 amounts) written as the example wrote it, when they are equal."""
    if isinstance(value, Decimal):
        return sent if isinstance(sent, str | int | float) and Decimal(str(sent)) == value else value
    if isinstance(value, dict) and isinstance(sent, dict):
        return {k: _as_sent(v, sent.get(k)) for k, v in value.items()}
    if isinstance(value, list) and isinstance(sent, list) and len(value) == len(sent):
        return [_as_sent(v, s) for v, s in zip(value, sent, strict=True)]
    return value


def _without_defaults(spec: dict[str, Any], schema: Any, value: Any) -> Any:
    schema = resolve(spec, schema)
    if isinstance(value, dict):
        props = {k: resolve(spec, s) for k, s in schema.get("properties", {}).items()}
        return {
            k: _without_defaults(spec, props.get(k, {}), v)
            for k, v in value.items()
            if not ("default" in props.get(k, {}) and props[k]["default"] == v)
        }
    if isinstance(value, list):
        return [_without_defaults(spec, schema.get("items", {}), v) for v in value]
    return value


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def test_percent_encoding_keeps_ids_in_their_segment(server: LoopbackServer) -> None:
    server.default = Answer.json(200, server_checkout("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"))
    with CheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url) as client:
        client.checkouts.coupons.delete("0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90", "a/../b?x=1#y")
    assert server.requests[0].path.endswith("/coupons/a%2F..%2Fb%3Fx%3D1%23y")
    assert server.requests[0].query == {}


def test_batch_metafield_update_sends_ids_as_the_published_strings(server: LoopbackServer) -> None:
    # The published file types the batch update's `id` as a string; the id an answer carries is an
    # integer. The client takes either and puts the string on the wire.
    server.default = Answer.json(200, {"data": [], "errors": [], "meta": {}})
    with CheckoutClient(store_hash=STORE, access_token=TOKEN, base_url=server.url, max_retries=0) as client:
        client.carts.metafields.update_many(
            [
                {
                    "id": 31,
                    "namespace": "fulfilment",
                    "key": "note",
                    "value": "yes",
                    "permission_set": "app_only",
                },
                {
                    "id": "32",
                    "namespace": "fulfilment",
                    "key": "note",
                    "value": "no",
                    "permission_set": "app_only",
                },
            ]
        )
    [sent] = server.requests
    assert [m["id"] for m in sent.json()] == ["31", "32"]
