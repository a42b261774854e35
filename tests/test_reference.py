"""The reference page generator: its checks stop bad pages, and its examples fit the facade."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import bigcommerce_checkout
from bigcommerce_checkout import AsyncCheckoutClient, AsyncStorefrontClient, CheckoutClient, StorefrontClient
from generator import reference
from generator.examples import curl_example, py_literal, shell_quote
from tests.spec_tools import PENDING_OPERATIONS, committed_spec

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pages() -> dict[str, list[reference.Section]]:
    return reference.collect(committed_spec())


def _operations(pages: dict[str, list[reference.Section]]) -> list[reference.Operation]:
    """The operations a client method calls (not the helper families' ones: see below)."""
    return [
        op
        for family, sections in pages.items()
        if family not in reference.HELPER_FAMILIES
        for s in sections
        for op in s.operations
    ]


def test_helper_operations_show_their_helper_and_the_browsers_request(
    pages: dict[str, list[reference.Section]],
) -> None:
    """Customer login and current customer: the helper's call binds to its signature, and curl."""
    import bigcommerce_checkout

    helpers = [op for family in reference.HELPER_FAMILIES for s in pages[family] for op in s.operations]
    assert {op.op_id for op in helpers} == {"getCustomerLogin", "getCurrentCustomer"}
    for op in helpers:
        assert list(op.examples) == ["Python", "curl"], op.op_id
        assert "\ncurl -sS -i" in op.examples["curl"], op.op_id
        module, name = op.python.split(".")
        # the submodule by import: the package loads it lazily, on first use of its export
        function = getattr(importlib.import_module(f"bigcommerce_checkout.{module}"), name)
        assert getattr(bigcommerce_checkout, name) is function  # exported from the package too
        code = op.examples["Python"].removeprefix("```python\n").removesuffix("\n```")
        calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)]
        assert [ast.unparse(c.func) for c in calls] == [name], code
        call = calls[0]
        args = [a.id if isinstance(a, ast.Name) else ast.literal_eval(a) for a in call.args]
        kwargs = {
            k.arg: k.value.id if isinstance(k.value, ast.Name) else ast.literal_eval(k.value)
            for k in call.keywords
            if k.arg
        }
        inspect.signature(function).bind(*args, **kwargs)


# --------------------------------------------------------------------------- broken specs stop it


def _generate_with(tmp_path: Path, old: str, new: str) -> tuple[subprocess.CompletedProcess[str], int]:
    for rel in ("openapi", "docs/reference"):
        shutil.copytree(ROOT / rel, tmp_path / rel)
    spec = tmp_path / "openapi" / "bigcommerce-checkout.yaml"
    text = spec.read_text(encoding="utf-8")
    assert old in text, "the test case no longer applies to the spec"
    broken = text.replace(old, new, 1)
    spec.write_text(broken, encoding="utf-8")
    before = (tmp_path / "docs/reference/server.md").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (tmp_path / "docs/reference/server.md").read_bytes() == before
    return proc, broken[: broken.index(new)].count("\n") + 1


def test_a_server_operation_without_oauth_scopes_is_refused(tmp_path: Path) -> None:
    old = "      tags: [Server Orders]\n      x-oauth-scopes: [store_checkouts]\n"
    proc, line = _generate_with(tmp_path, old, "      tags: [Server Orders]\n")
    assert proc.returncode == 2, proc.stderr
    assert "x-oauth-scopes" in proc.stderr
    assert "Nothing was written" in proc.stderr
    assert f"bigcommerce-checkout.yaml:{line - 3}:" in proc.stderr  # the operation's `post:` line


def test_an_unknown_scope_is_refused(tmp_path: Path) -> None:
    old = "      tags: [Server Orders]\n      x-oauth-scopes: [store_checkouts]\n"
    proc, _ = _generate_with(
        tmp_path, old, "      tags: [Server Orders]\n      x-oauth-scopes: [store_v2_customers]\n"
    )
    assert proc.returncode == 2, proc.stderr
    assert "x-oauth-scopes" in proc.stderr


def test_an_example_source_that_is_not_a_constant_is_refused(tmp_path: Path) -> None:
    old = "        sources:\n          status_id: OrderStatusId.CANCELLED\n"
    proc, _ = _generate_with(tmp_path, old, "        sources:\n          status_id: os.system('x')\n")
    assert proc.returncode == 2, proc.stderr
    assert "must name example fields and be a constant" in proc.stderr


def test_the_status_change_example_names_its_status_and_imports_it(
    pages: dict[str, list[reference.Section]],
) -> None:
    [update] = [op for op in _operations(pages) if op.op_id == "updateOrder"]
    assert "status_id=OrderStatusId.CANCELLED" in update.examples["Python"]
    spec = committed_spec()
    assert reference.python_imports(spec, "v2") == ["OrderStatusId"]
    assert reference.python_imports(spec, "server") == []
    # the constant stands for the value the example sends
    body = spec.data["paths"]["/stores/{store_hash}/v2/orders/{order_id}"]["put"]["requestBody"]
    assert (
        body["content"]["application/json"]["example"]["status_id"]
        == bigcommerce_checkout.OrderStatusId.CANCELLED
    )


def test_an_example_field_the_python_call_cannot_carry_is_refused(tmp_path: Path) -> None:
    old = "        args: [coupon_code]\n        kwargs: {version: version}\n"
    proc, _ = _generate_with(tmp_path, old, "        args: []\n        kwargs: {version: version}\n")
    assert proc.returncode == 2, proc.stderr
    assert "['coupon_code']" in proc.stderr
    assert "x-python-body does not map" in proc.stderr


# --------------------------------------------------------------------------- the page read-back check

GOOD = """\
## Coupons { #server-coupons }

| Operation | Method | Path | Description |
| --- | --- | --- | --- |
| [Add a coupon](#server-add-checkout-coupon) | `POST` | <code>/checkouts<wbr>/{checkoutId}<wbr>/coupons</code> | Adds. |
| [Delete a coupon](#server-delete-checkout-coupon) | `DELETE` | <code>/checkouts<wbr>/{checkoutId}<wbr>/coupons<wbr>/{couponCode}</code> | Deletes. |

### Add a coupon: <code>POST /checkouts<wbr>/{checkoutId}<wbr>/coupons</code> { #server-add-checkout-coupon data-toc-label="Add a coupon" }

```text
| [Not a row](#nowhere) | `GET` | <code>/inside/a/fence</code> | Ignored. |
```

### Delete a coupon: <code>DELETE /checkouts<wbr>/{checkoutId}<wbr>/coupons<wbr>/{couponCode}</code> { #server-delete-checkout-coupon data-toc-label="Delete a coupon" }
"""


def test_path_html_breaks_only_before_slashes() -> None:
    assert (
        reference.path_html("/checkouts/{checkoutId}/coupons") == "/checkouts<wbr>/{checkoutId}<wbr>/coupons"
    )
    assert reference.path_html("/a&b<c>") == "/a&amp;b&lt;c&gt;"


def test_check_page_accepts_a_consistent_page() -> None:
    assert reference.check_page(GOOD, "page") == []


def test_check_page_reports_a_row_linking_to_another_operation() -> None:
    broken = GOOD.replace(
        "| [Delete a coupon](#server-delete-checkout-coupon)",
        "| [Delete a coupon](#server-add-checkout-coupon)",
    )
    problems = reference.check_page(broken, "page")
    assert any("links to #server-add-checkout-coupon, which documents POST" in p for p in problems), problems
    assert any("#server-delete-checkout-coupon is linked from 0 table rows" in p for p in problems), problems


def test_check_page_reports_repeated_rows_and_operations() -> None:
    row = GOOD.splitlines()[4] + "\n"
    heading = GOOD.splitlines()[7] + "\n"
    broken = GOOD.replace(row, row + row) + heading.replace("server-add-checkout-coupon", "again")
    problems = reference.check_page(broken, "page")
    assert any("lists 'Add a coupon' 2 times" in p for p in problems), problems
    assert any("POST /checkouts/{checkoutId}/coupons is documented 2 times" in p for p in problems), problems


def test_check_page_reports_a_row_of_another_section() -> None:
    broken = GOOD.replace("### Delete a coupon", "## Orders { #server-orders }\n\n### Delete a coupon")
    problems = reference.check_page(broken, "page")
    assert any("row 'Delete a coupon'" in p and "documents DELETE" in p for p in problems), problems


def test_committed_pages_pass_the_check() -> None:
    for family in ("server", "storefront"):
        page = ROOT / "docs" / "reference" / f"{family}.md"
        assert reference.check_page(page.read_text(encoding="utf-8"), page.name) == []


# --------------------------------------------------------------------------- examples


def test_py_literal_is_python_and_wraps_long_values() -> None:
    value = {"a": True, "b": None, "c": [1, 2.5, "x'y\"z"], "long": "w" * 90}
    source = py_literal(value)
    assert ast.literal_eval(source) == value
    assert source.startswith("{\n    ")
    assert py_literal({"a": 1}) == '{"a": 1}'


def test_shell_quote_survives_single_quotes() -> None:
    quoted = shell_quote("it's")
    out = subprocess.run(["bash", "-c", f"printf %s {quoted}"], capture_output=True, text=True, check=True)
    assert out.stdout == "it's"


def test_curl_example_sends_the_body_and_auth() -> None:
    text = curl_example("storefront", "POST", "/x/$ITEM_ID", {"ITEM_ID": "i1"}, {}, {"a": "b'c"})
    assert text.startswith('```bash\nITEM_ID="i1"\ncurl -sS -X POST "$BASE/x/$ITEM_ID" \\\n')
    assert "--cookie" in text
    assert "X-Auth-Token" not in text
    assert "--data '{\"a\": \"b'\\''c\"}'" in text


def test_curl_example_puts_a_long_url_on_its_own_line_and_the_query_apart() -> None:
    path = "/checkouts/$CHECKOUT_ID/consignments/$CONSIGNMENT_ID/some/long/way/down"
    text = curl_example("server", "DELETE", path, {}, {"include": "a.b,c"}, None)
    lines = text.splitlines()
    assert lines[1:4] == [
        "curl -sS -X DELETE \\",
        f'  "$BASE{path}" \\',
        "  --url-query 'include=a.b,c' \\",
    ]
    assert '-H "X-Auth-Token: $BIGCOMMERCE_ACCESS_TOKEN"' in text


def _curl_lines(pages: dict[str, list[reference.Section]]) -> list[tuple[str, str]]:
    return [(op.op_id, line) for op in _operations(pages) for line in op.examples["curl"].splitlines()]


def test_curl_examples_run_in_a_shell_with_the_setup_variables(
    pages: dict[str, list[reference.Section]],
) -> None:
    """Each curl example, after its page's curl set-up, is valid shell that asks for its own URL."""
    spec = committed_spec()
    problems = []
    for op in _operations(pages):
        setup = reference.setup_examples(spec, op.family)["curl"]
        script = "\n".join(
            block.removeprefix("```bash\n").removesuffix("\n```") for block in (setup, op.examples["curl"])
        )
        # A stand-in `curl` that prints its URL and query: nothing leaves the machine.
        fake_curl = (
            'curl() { while [ $# -gt 0 ]; do case "$1" in "$BASE"*) echo "URL $1";; '
            '--url-query) echo "QUERY $2"; shift;; esac; shift; done; }\n'
        )
        out = subprocess.run(["bash", "-c", fake_curl + script], capture_output=True, text=True, check=False)
        base = reference.FAMILIES[op.family][1].replace("{store_hash}", "k7x2q9rm")
        base = base.replace("{store_domain}", "shop.example.com")
        expected = base + op.path
        for p in op.path_parameters:
            expected = expected.replace("{" + p.name + "}", str(p.example))
        if out.returncode != 0 or f"URL {expected}" not in out.stdout.splitlines():
            problems.append(f"{op.op_id}: {out.stdout!r} {out.stderr!r}, expected URL {expected}")
        for p in op.query_parameters:
            if p.example is not None and f"QUERY {p.name}={p.example}" not in out.stdout:
                problems.append(f"{op.op_id}: no --url-query for {p.name}")
    assert problems == []


CLIENTS: dict[tuple[str, bool], Any] = {
    ("server", False): CheckoutClient,
    ("server", True): AsyncCheckoutClient,
    ("v2", False): CheckoutClient,  # the v2 orders calls are methods of the server clients
    ("v2", True): AsyncCheckoutClient,
    ("storefront", False): StorefrontClient,
    ("storefront", True): AsyncStorefrontClient,
    ("payments", False): CheckoutClient,  # process payment is a method of the server clients
    ("payments", True): AsyncCheckoutClient,
}


def _example_call(code: str) -> ast.Call:
    """The `client.<method>(...)` call of an example program."""
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and ast.unparse(node.func).startswith("client.")
    ]
    assert len(calls) == 1, code
    return calls[0]


def _example_value(node: ast.expr) -> Any:
    """A literal, or a constant of the package the page's set-up imports (`OrderStatusId.CANCELLED`)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return getattr(getattr(bigcommerce_checkout, node.value.id), node.attr)
    return ast.literal_eval(node)


def test_every_python_example_parses_and_fits_the_facade_signature(
    pages: dict[str, list[reference.Section]],
) -> None:
    problems = []
    for op in _operations(pages):
        for tab, asynchronous in (("Python", False), ("Python (async)", True)):
            code = op.examples[tab].removeprefix("```python\n").removesuffix("\n```")
            call = _example_call(code if not asynchronous else code.replace("await ", "", 1))
            assert ast.unparse(call.func) == f"client.{op.python}"
            if op.op_id in PENDING_OPERATIONS:
                continue  # its facade method comes later; the call above is what it will be given
            cls = CLIENTS[(op.family, asynchronous)]
            client = (
                cls(store_hash="k7x2q9rm", access_token="t")
                if op.family in ("server", "v2", "payments")
                else cls(store_domain="shop.example.com")
            )
            target: Any = client
            for name in op.python.split("."):
                target = getattr(target, name)
            # A name (the payment access token of the page's set-up) stands for a string.
            args = [a.id if isinstance(a, ast.Name) else ast.literal_eval(a) for a in call.args]
            kwargs = {k.arg: _example_value(k.value) for k in call.keywords if k.arg}
            try:
                inspect.signature(target).bind(*args, **kwargs)
            except TypeError as exc:
                problems.append(f"{op.op_id} ({tab}): {exc}")
            if asynchronous:
                assert re.match(r"^\w+ = await client\.", code), code
    assert problems == []


def test_every_operation_has_three_example_tabs(pages: dict[str, list[reference.Section]]) -> None:
    for op in _operations(pages):
        assert list(op.examples) == ["Python", "Python (async)", "curl"], op.op_id
        assert "\ncurl -sS" in op.examples["curl"], op.op_id
