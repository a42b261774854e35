"""Contract test: every operation, through the public clients, against BigCommerce's PUBLISHED files.

Each of the 99 operations is called through `CheckoutClient` / `StorefrontClient` with our spec's
own examples (mapped to method arguments exactly as `tests/test_facade_wire.py` maps them), and the
request lands on Prism (`@stoplight/prism-cli`, pinned in package.json) mocking the published file
that describes it (`checkouts.v3.yml`, `carts.v3.yml`, `carts.sf.yml`, `payments/...`, the two orders files,
`webhooks.v3.yml`: see PUBLISHED): one Prism server per file, all started by `tests/prism_mock.js` in one Node process (Prism's own packages and `prism mock` settings, without
validating answers, which this test does not need and which doubles its run time). Prism validates every request (path and query
parameters, headers, security, body) against the published description and answers 422 (or the
file's own 4xx) when it does not fit, so a 2xx here means BigCommerce's published contract accepts
exactly what our clients put on the wire.

Between the client and Prism sits a small loopback proxy that strips the published server URL's
base path (`/stores/{store_hash}/v3`, `/api/storefront`, `/stores/{store_hash}` on the payments
host), as the real servers do: the published
paths are relative to it, Prism's are not. The proxy forwards everything else byte for byte.

Prism is served a temporary copy of each published file (written at test time, never kept) whose
phone `pattern`, where it has one, has its braces escaped: as published, `{1-5}` does not compile under JavaScript's
`u` flag and Prism silently skips every schema holding it (see shared/reference/README.md).
`test_prism_flags_wrong_requests` proves the validation is live before the clean run counts.

Skipped when `../shared/reference/bigcommerce` is absent.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import select
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from bigcommerce_checkout import APIResponseValidationError, APIStatusError
from tests.conftest import ROOT
from tests.spec_tools import load_yaml
from tests.test_facade_wire import OPERATION_IDS, STORE, TOKEN, _arguments, _invoke, _operations

REFERENCE_DIR = ROOT.parent / "shared" / "reference" / "bigcommerce"
PRISM = ROOT / "node_modules" / "@stoplight" / "prism-http-server"
PRISM_MOCK = ROOT / "tests" / "prism_mock.js"


@dataclass(frozen=True)
class Published:
    """One published file and the part of our spec it describes (our paths under `covers`)."""

    name: str
    family: str  # the facade client family, as in tests/test_facade_wire.py
    covers: str  # our spec's path prefix of the operations this file describes


PUBLISHED = (
    Published("checkouts.v3.yml", "server", "/stores/{store_hash}/v3/checkouts"),
    Published("carts.v3.yml", "server", "/stores/{store_hash}/v3/carts"),
    Published(
        "payments/accepted-methods_payments.v3.yml", "server", "/stores/{store_hash}/v3/payments/methods"
    ),
    Published(
        "payments/access-tokens_payments.v3.yml", "server", "/stores/{store_hash}/v3/payments/access_tokens"
    ),
    Published("payments/process_payments.yml", "payments", "/stores/{store_hash}/payments"),
    Published("checkouts.sf.yml", "storefront", "/api/storefront/checkouts"),
    Published("carts.sf.yml", "storefront", "/api/storefront/carts"),
    Published("orders.sf.yml", "storefront", "/api/storefront/orders"),
    Published("orders.v2.oas2.yml", "v2", "/stores/{store_hash}/v2"),
    Published("orders.v3.yml", "server", "/stores/{store_hash}/v3/orders"),
    Published("webhooks.v3.yml", "server", "/stores/{store_hash}/v3/hooks"),
)
# Files that held the broken phone pattern when this test was written: if one stops holding it,
# the escape below is no longer needed there and the test says so.
PHONE_PATTERN_FILES = {"checkouts.v3.yml", "checkouts.sf.yml", "orders.sf.yml"}
STARTUP_TIMEOUT = 60.0


def _published_for(path: str) -> Published:
    """The published file describing one of our paths (the longest matching prefix)."""
    found = [p for p in PUBLISHED if path == p.covers or path.startswith(p.covers + "/")]
    assert found, f"no published file describes {path}: add it to PUBLISHED"
    return max(found, key=lambda p: len(p.covers))


CONTRACT_IDS = sorted(OPERATION_IDS)

# The published phone pattern and the copy Prism gets: only the braces of `{1-5}` escaped, which is
# what a non-Unicode regex engine reads anyway (a literal "{1-5}" after an "x").
PHONE_AS_PUBLISHED = r"(x\d{1-5})?$"
PHONE_ESCAPED = r"(x\d\{1-5\})?$"

if not REFERENCE_DIR.is_dir():
    pytest.skip(
        f"BigCommerce's published OpenAPI files are not available at {REFERENCE_DIR}: no contract test",
        allow_module_level=True,
    )

# Operations whose request the published files reject: op id -> (why, the one complaint expected
# from Prism). Only that complaint counts as the expected failure (KnownDefect); any other failure
# fails the test. strict: once the cause is gone the test passes, the xfail fails the run, and the
# entry must go.
STRING_ADDRESS_ID = (
    "the published file is wrong: it types the billing address id path parameter as {published}, "
    "yet the ids it returns in {field} are strings such as {example}; ours is a string "
    "(openapi/DEVIATIONS.md), so a real id fails the published type"
)
EXPECTED_FAILURES: dict[str, tuple[str, str]] = {
    "updateCheckoutBillingAddress": (
        STRING_ADDRESS_ID.format(published="an integer", field="billing_address.id", example="5d484d668e5aa"),
        "Request path parameter addressid must be integer",
    ),
    "storefrontUpdateCheckoutBillingAddress": (
        STRING_ADDRESS_ID.format(
            published="a number (format double)", field="billingAddress.id", example="5ba11e4a10fb5"
        ),
        "Request path parameter addressid must be number",
    ),
}


# As published, "item with variant" has no top-level `required` (it sits on `gift_wrapping`) and
# neither branch forbids other properties, so every item "item with modifier" accepts, "item with
# variant" accepts too: `oneOf` can match no request at all. Ours is one line item schema
# (openapi/DEVIATIONS.md, "server line item request").
EITHER_BRANCH = (
    "the published file is wrong: its two line item branches both accept every item, so a oneOf of "
    "them refuses every request; ours is one line item schema (openapi/DEVIATIONS.md)"
)
EXPECTED_FAILURES |= {
    "addCartLineItems": (
        EITHER_BRANCH,
        "Request body property line_items must match exactly one schema in oneOf",
    ),
    "updateCartLineItem": (
        EITHER_BRANCH,
        "Request body property line_item must match exactly one schema in oneOf",
    ),
    "getOrderProducts": (
        "the published file is wrong: it requires a Content-Type header on this GET, which has no "
        "body; the client sends Content-Type only with a body (openapi/DEVIATIONS.md)",
        "Request header must have required property 'content-type'",
    ),
    "processPayment": (
        "the published file is wrong: it declares an http bearer scheme (`Authorization: Bearer`), yet "
        "documents the header as `PAT <token>`, which is what BigCommerce expects and what we send "
        "(openapi/DEVIATIONS.md)",
        "Invalid security scheme used",
    ),
}


class KnownDefect(AssertionError):
    """Prism refused the request for exactly the reason recorded in EXPECTED_FAILURES."""


@dataclass
class Exchange:
    """One request as the client sent it and Prism's answer to it."""

    method: str
    path: str  # as the client sent it, before the base path was stripped
    forwarded: str  # as Prism received it
    captured: dict[str, str]  # base path variables, e.g. store_hash
    headers: dict[str, str]  # lower-cased names
    body: bytes
    status: int
    answer_headers: dict[str, str]  # lower-cased names
    answer: bytes

    def violations(self) -> list[dict[str, Any]]:
        """Prism's findings about the request (its answer's `validation`, or the `sl-violations` header)."""
        found: list[dict[str, Any]] = json.loads(self.answer_headers.get("sl-violations", "[]"))
        if self.status >= 400:
            with contextlib.suppress(ValueError, AttributeError):  # not a JSON problem object
                found += json.loads(self.answer).get("validation", [])
        return [v for v in found if v.get("location", [""])[0] != "response"]


class BasePathProxy:
    """Strips the published server URL's base path and forwards the request to Prism unchanged."""

    def __init__(self, server_url: str, prism_port: int) -> None:
        base = urlsplit(server_url).path.rstrip("/")
        self.base_path = base
        self.pattern = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(base)) + "(?=/)")
        self.exchanges: list[Exchange] = []
        self.pat_as_bearer = False  # see test_published_payments_file_accepts_the_rest_of_a_payment
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                match = proxy.pattern.match(self.path)
                if match is None:
                    self.send_error(404, f"not under the published base path {proxy.base_path}")
                    return
                forwarded = self.path[match.end() :]
                conn = http.client.HTTPConnection("127.0.0.1", prism_port, timeout=30)
                try:
                    conn.putrequest(self.command, forwarded, skip_host=True, skip_accept_encoding=True)
                    for name, value in self.headers.items():
                        if name.lower() == "authorization" and proxy.pat_as_bearer:
                            value = re.sub(r"^PAT ", "Bearer ", value)
                        conn.putheader(name, value)
                    conn.endheaders(body or None)
                    reply = conn.getresponse()
                    answer = reply.read()
                    answer_headers = {k.lower(): v for k, v in reply.getheaders()}
                finally:
                    conn.close()
                proxy.exchanges.append(
                    Exchange(
                        self.command,
                        self.path,
                        forwarded,
                        match.groupdict(),
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                        reply.status,
                        answer_headers,
                        answer,
                    )
                )
                self.send_response(reply.status)
                for name, value in answer_headers.items():
                    if name not in {"content-length", "transfer-encoding", "connection", "keep-alive"}:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@dataclass
class Mock:
    file: Published
    published: dict[str, Any]  # the published file, parsed
    proxy: BasePathProxy


def _escaped_copy(source: Path, target: Path) -> None:
    text = source.read_text(encoding="utf-8")
    held = PHONE_AS_PUBLISHED in text
    assert held == (source.name in PHONE_PATTERN_FILES), (
        f"{source.name}: the broken phone pattern moved; recheck"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(PHONE_AS_PUBLISHED, PHONE_ESCAPED), encoding="utf-8")
    assert "{1-5}" not in target.read_text(encoding="utf-8").replace(r"\{1-5\}", "")


def _ports(proc: subprocess.Popen[bytes], log: Path) -> list[int]:
    """The ports prism_mock.js prints once every server listens."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], STARTUP_TIMEOUT)
    line = proc.stdout.readline() if ready else b""
    if not line.startswith(b"{"):
        proc.kill()
        proc.wait()
        pytest.fail(
            f"Prism did not start within {STARTUP_TIMEOUT} s:\n{log.read_text(errors='replace')[-3000:]}"
        )
    ports: list[int] = json.loads(line)["ports"]
    return ports


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Mock]]:
    """One Prism server per published file (keyed by file name), each behind its base-path proxy."""
    assert PRISM.exists(), "run scripts/bootstrap (it runs npm ci, which installs Prism) first"
    workdir = tmp_path_factory.mktemp("prism")
    copies = []
    for file in PUBLISHED:
        _escaped_copy(REFERENCE_DIR / file.name, workdir / file.name)
        copies.append(str(workdir / file.name))
    log = workdir / "prism.log"
    with log.open("wb") as errors:
        proc = subprocess.Popen(
            ["node", str(PRISM_MOCK), *copies],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
        )
    proxies: list[BasePathProxy] = []
    try:
        mocks = {}
        for file, port in zip(PUBLISHED, _ports(proc, log), strict=True):
            published = load_yaml(REFERENCE_DIR / file.name)
            proxy = BasePathProxy(published["servers"][0]["url"], port)
            proxies.append(proxy)
            mocks[file.name] = Mock(file, published, proxy)
        yield mocks
    finally:
        for proxy in proxies:
            proxy.close()
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.close()  # prism_mock.js exits when its standard input closes
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def _published_template(mock: Mock, method: str, forwarded: str) -> str | None:
    """The published path (with this method) that the forwarded path instantiates, if any."""
    path = urlsplit(forwarded).path
    if method.lower() in mock.published["paths"].get(path, {}):
        return path  # a concrete path wins over a templated one, as in Prism's router
    for template, item in mock.published["paths"].items():
        regex = "^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)) + "$"
        if method.lower() in item and re.match(regex, path):
            return template
    return None


def _call(mock: Mock, spec: dict[str, Any], op_id: str) -> tuple[Exchange, Any, APIStatusError | None]:
    family, _method, _path, op, item = _operations(spec)[op_id]
    before = len(mock.proxy.exchanges)
    error = result = None
    try:
        result = _invoke(family, False, mock.proxy.url, op["x-python"], _arguments(spec, op, item))
    except APIStatusError as exc:
        error = exc
    except APIResponseValidationError:
        # Prism answers with what the published file generates, which our description departs from
        # where real answers do (openapi/DEVIATIONS.md, e.g. integer quantities); this test judges
        # the request only. Published answers are checked by tests/test_spec_agreement.py.
        result = None
    [exchange] = mock.proxy.exchanges[before:]
    return exchange, result, error


@pytest.mark.parametrize(
    "op_id",
    [
        pytest.param(
            op_id,
            marks=pytest.mark.xfail(strict=True, raises=KnownDefect, reason=EXPECTED_FAILURES[op_id][0]),
        )
        if op_id in EXPECTED_FAILURES
        else op_id
        for op_id in sorted(CONTRACT_IDS)
    ],
)
def test_published_description_accepts_our_request(
    op_id: str, spec: dict[str, Any], prism: dict[str, Mock]
) -> None:
    family, method, path, _op, _item = _operations(spec)[op_id]
    mock = prism[_published_for(path).name]

    exchange, _result, error = _call(mock, spec, op_id)

    assert exchange.method == method
    assert exchange.captured == ({} if family == "storefront" else {"store_hash": STORE})
    template = _published_template(mock, method, exchange.forwarded)
    assert template == path.removeprefix(mock.proxy.base_path), "the request reached another published path"
    violations = [v["message"] for v in exchange.violations()]
    if op_id in EXPECTED_FAILURES and violations == [EXPECTED_FAILURES[op_id][1]]:
        raise KnownDefect(f"{op_id}: {violations}")
    assert violations == [], f"Prism ({exchange.status}) on {op_id}"
    assert 200 <= exchange.status < 300, f"Prism answered {exchange.status}: {exchange.answer[:2000]!r}"
    assert error is None


def test_published_payments_file_accepts_the_rest_of_a_payment(
    spec: dict[str, Any], prism: dict[str, Mock]
) -> None:
    """Process payment fails the published security scheme only (see EXPECTED_FAILURES), and Prism
    stops at security: with the scheme word swapped to the published `Bearer` on the way, the body,
    the Accept header and the path must pass the published file as they are."""
    mock = prism["payments/process_payments.yml"]
    mock.proxy.pat_as_bearer = True
    try:
        exchange, _result, error = _call(mock, spec, "processPayment")
    finally:
        mock.proxy.pat_as_bearer = False
    assert exchange.headers["authorization"].startswith("PAT ")  # what the client sent
    assert exchange.headers["accept"] == "application/vnd.bc.v1+json"
    assert [v["message"] for v in exchange.violations()] == []
    # The published file requires that Accept value, yet lists only application/json answers, so
    # Prism, having found the request valid, cannot pick an answer to send (406). That is the
    # published file contradicting itself, not the request; any other refusal fails here.
    assert exchange.status == 406, exchange.answer[:2000]
    assert json.loads(exchange.answer)["detail"] == "Unable to find content for application/vnd.bc.v1+json"
    assert error is not None
    assert error.status_code == 406


def test_prism_flags_wrong_requests(prism: dict[str, Mock]) -> None:
    """A clean run only counts if Prism does validate: wrong requests must be refused, and the
    escaped phone pattern (absent from Prism's view as published) must be enforced."""
    checkout = "a4c27b1e-3f5d-4b8a-9e61-2d7c0f8b5a13"
    server = prism["checkouts.v3.yml"].proxy.url + f"/stores/{STORE}/v3/checkouts/{checkout}"
    storefront = prism["checkouts.sf.yml"].proxy.url + f"/api/storefront/checkouts/{checkout}"
    good_address = {
        "first_name": "Ines",
        "last_name": "Moreau",
        "email": "ines@example.com",
        "address1": "14 Rue des Lilas",
        "city": "Lyon",
        "postal_code": "69003",
        "country_code": "FR",
    }
    auth = {"X-Auth-Token": TOKEN, "Accept": "application/json"}
    with httpx.Client(timeout=30) as http:
        ok = http.post(server + "/billing-address", json=good_address, headers=auth)
        no_token = http.get(server, headers={"Accept": "application/json"})
        no_email = http.post(
            server + "/billing-address",
            json={k: v for k, v in good_address.items() if k != "email"},
            headers=auth,
        )
        bad_phone = http.post(
            server + "/billing-address", json={**good_address, "phone": "04-72-00-00-00"}, headers=auth
        )
        sf_bad_phone = http.post(
            storefront + "/billing-address",
            json={
                "email": "ines@example.com",
                "countryCode": "FR",
                "phone": "04-72-00-00-00",
            },
            headers={"Accept": "application/json"},
        )
        sf_no_content_type = http.post(
            storefront + "/billing-address",
            content=json.dumps({"email": "ines@example.com", "countryCode": "FR"}),
            headers={"Accept": "application/json"},
        )
        # issue 12 item 11: the published create order needs Content-Type, even without a body.
        order_untyped = http.post(server + "/orders", headers=auth)
        order_typed = http.post(server + "/orders", headers={**auth, "Content-Type": "application/json"})

    assert order_untyped.status_code == 422
    assert "content-type" in order_untyped.text
    assert order_typed.status_code == 200, order_typed.text
    assert ok.status_code == 200, ok.text
    assert no_token.status_code == 401
    assert no_email.status_code == 422
    assert "email" in no_email.text
    assert bad_phone.status_code == 422
    assert "phone must match pattern" in bad_phone.text
    assert sf_bad_phone.status_code == 422, sf_bad_phone.text
    assert "phone must match pattern" in sf_bad_phone.text
    assert sf_no_content_type.status_code in (415, 422), sf_no_content_type.text


def test_prism_flags_wrong_requests_to_the_carts_and_payments_files(prism: dict[str, Mock]) -> None:
    """The same proof of live validation for the files mocked since issue 11."""
    carts = prism["carts.v3.yml"].proxy.url + f"/stores/{STORE}/v3/carts"
    sf_carts = prism["carts.sf.yml"].proxy.url + "/api/storefront/carts"
    tokens = (
        prism["payments/access-tokens_payments.v3.yml"].proxy.url
        + f"/stores/{STORE}/v3/payments/access_tokens"
    )
    auth = {"X-Auth-Token": TOKEN, "Accept": "application/json"}
    with httpx.Client(timeout=30) as http:
        cart_ok = http.post(carts, json={"line_items": [{"product_id": 118, "quantity": 1}]}, headers=auth)
        cart_bad = http.post(
            carts, json={"line_items": [{"product_id": 118, "quantity": "two"}]}, headers=auth
        )
        sf_bad = http.post(sf_carts, json={"lineItems": "none"}, headers={"Accept": "application/json"})
        token_ok = http.post(tokens, json={"order": {"id": 101}}, headers=auth)
        token_bad = http.post(tokens, json={"order": {}}, headers=auth)
    assert cart_ok.status_code < 300, cart_ok.text
    assert cart_bad.status_code == 422, cart_bad.text
    assert sf_bad.status_code == 422, sf_bad.text
    assert token_ok.status_code < 300, token_ok.text
    assert token_bad.status_code == 422, token_bad.text


def test_prism_flags_wrong_requests_to_the_webhooks_file(prism: dict[str, Mock]) -> None:
    """The same proof for webhooks.v3.yml: a create without its destination, a string id."""
    hooks = prism["webhooks.v3.yml"].proxy.url + f"/stores/{STORE}/v3/hooks"
    auth = {"X-Auth-Token": TOKEN, "Accept": "application/json"}
    good = {"scope": "store/order/created", "destination": "https://hooks.example.net/e"}
    with httpx.Client(timeout=30) as http:
        ok = http.post(hooks, json=good, headers=auth)
        no_destination = http.post(hooks, json={"scope": "store/order/created"}, headers=auth)
        bad_id = http.get(hooks + "/twelve", headers=auth)
    assert ok.status_code < 300, ok.text
    assert no_destination.status_code == 422, no_destination.text
    assert bad_id.status_code in (400, 422), bad_id.text


def test_expected_failures_name_real_operations() -> None:
    assert set(EXPECTED_FAILURES) <= set(OPERATION_IDS)
