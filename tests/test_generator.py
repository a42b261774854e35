"""The generator: deterministic, all-or-nothing, and loud about stale or broken input."""

from __future__ import annotations

import copy
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.spec import Spec, family_of, house_rules
from tests.spec_tools import committed_spec

ROOT = Path(__file__).resolve().parents[1]
SPEC = Path("openapi/bigcommerce-checkout.yaml")
OUTPUTS = (Path("generated/bigcommerce_checkout_api"), Path("docs/reference"))


def _copy_project(dest: Path) -> Path:
    for rel in (Path("openapi"), *OUTPUTS):
        shutil.copytree(ROOT / rel, dest / rel, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def _generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for rel in OUTPUTS
        for p in sorted((root / rel).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    """A fresh run gives, byte for byte, what an earlier run committed (scripts/test's --check is a
    third run, compared the same way)."""
    fresh = _copy_project(tmp_path)
    for generated in ("generated", "docs/reference"):
        shutil.rmtree(fresh / generated)  # nothing left over from the committed copy can help
    assert _generate(fresh).returncode == 0
    assert _digest(fresh) == _digest(ROOT)


def test_check_lists_changed_missing_and_extra_files(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    changed = root / "generated/bigcommerce_checkout_api/models/checkout.py"
    changed.write_text(changed.read_text() + "\n# hand edit\n")
    (root / "docs/reference/server.md").unlink()
    (root / "generated/bigcommerce_checkout_api/models/leftover.py").write_text("")
    result = _generate(root, "--check")
    assert result.returncode == 1
    for name in ("models/checkout.py", "docs/reference/server.md", "models/leftover.py"):
        assert name in result.stderr
    assert "api/server_checkouts/get_checkout.py" not in result.stderr


# case -> (text to replace, replacement, text on the line the error must point at)
BROKEN = {
    "yaml syntax": (
        "    get:\n      operationId: getCheckout\n",
        "    get:\n      operationId: [getCheckout\n",
        "      x-python: checkouts.get\n      tags: [Server Checkouts]",  # where the parser notices
    ),
    "duplicate key": (
        "      operationId: getCheckout\n",
        "      operationId: getCheckout\n      operationId: again\n",
        "      operationId: again",
    ),
    "not OpenAPI": (
        "        '404':\n          $ref: '#/components/responses/NotFound'\n",
        "        '404':\n          content: {}\n",
        "        '404':\n          content: {}",
    ),
    "duplicate operationId": (
        "      operationId: createOrder\n",
        "      operationId: getCheckout\n",
        "      operationId: getCheckout\n      x-python: checkouts.orders.create",
    ),
    "missing security": (
        "      security:\n        - X-Auth-Token: []\n      responses:\n        '200':\n"
        "          description: The order was created.\n",
        "      responses:\n        '200':\n          description: The order was created.\n",
        "    post:\n      operationId: createOrder",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_spec_names_file_and_line_and_changes_nothing(case: str, tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    spec = root / SPEC
    old, new, marker = BROKEN[case]
    text = spec.read_text()
    assert old in text, f"test case {case!r} no longer applies to the spec"
    broken = text.replace(old, new, 1)
    spec.write_text(broken)
    assert marker in broken
    expected_line = broken[: broken.index(marker)].count("\n") + 1
    before = _digest(root)

    result = _generate(root)

    assert result.returncode == 2, result.stderr
    assert f"error: {spec}:{expected_line}: " in result.stderr
    assert "Nothing was written" in result.stderr
    assert _digest(root) == before


def test_generator_warning_fails_and_changes_nothing(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    spec = root / SPEC
    # Valid OpenAPI that openapi-python-client only half-generates: a body it cannot send. (The
    # JSON body keeps its example, so the reference pages, rendered first, have nothing to refuse.)
    old = "            example:\n              coupon_code: AUTUMN15\n"
    xml = "          application/xml:\n            schema:\n              $ref: '#/components/schemas/CouponRequest'\n"
    assert old in spec.read_text()
    spec.write_text(spec.read_text().replace(old, old + xml, 1))
    before = _digest(root)
    result = _generate(root)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "openapi-python-client failed" in result.stderr
    assert _digest(root) == before


# --------------------------------------------------------------------------- API families and hosts


def _rules_after(change: Callable[[dict[str, Any]], None]) -> list[str]:
    """The house-rule problems of the committed spec after `change` is applied to a copy of it."""
    spec = committed_spec()  # parsed once; the change goes to a copy
    data = copy.deepcopy(spec.data)
    change(data)
    return [str(problem) for problem in house_rules(Spec(spec.path, data, spec.lines))]


PAYMENTS_PATH = "/stores/{store_hash}/payments"


def test_the_longest_prefix_decides_the_family() -> None:
    assert family_of("/stores/{store_hash}/v3/carts") == "server"
    assert family_of("/stores/{store_hash}/v3/checkouts/{checkoutId}") == "server"
    assert family_of(PAYMENTS_PATH) == "payments"
    assert family_of("/api/storefront/orders/{orderId}") == "storefront"
    # Outside every API prefix is the storefront's own pages (customer login, current customer);
    # a path there must still declare the storefront host and an identity tag (tests below).
    assert family_of("/login/token/{jwt_token}") == "identity"
    assert family_of("/v2/orders") == "identity"


def test_a_path_outside_every_api_prefix_needs_the_storefront_host() -> None:
    def stray(data: dict[str, Any]) -> None:
        item = data["paths"].pop("/stores/{store_hash}/v3/carts")
        data["paths"]["/v3/carts"] = item

    problems = _rules_after(stray)
    assert any(
        "identity paths must declare servers https://{store_domain}, not (none)" in p for p in problems
    )


def test_a_mistyped_storefront_path_does_not_pass_as_an_identity_path() -> None:
    """Same host as the storefront API: the operation's storefront tag gives the slip away."""

    def mistype(data: dict[str, Any]) -> None:
        data["paths"]["/api/storefrnt/carts"] = data["paths"].pop("/api/storefront/carts")

    problems = _rules_after(mistype)
    assert any("belongs to another API than path '/api/storefrnt/carts'" in p for p in problems)


def test_only_an_identity_operation_may_answer_with_a_redirect_alone() -> None:
    def redirect_only(data: dict[str, Any]) -> None:
        responses = data["paths"]["/api/storefront/carts"]["post"]["responses"]
        responses["302"] = {"description": "elsewhere"}
        for status in [s for s in responses if s.startswith("2")]:
            del responses[status]

    problems = _rules_after(redirect_only)
    assert any("operation documents no success status" in p for p in problems)
    assert _rules_after(lambda data: None) == []  # the login operation's 302 alone is fine


def test_the_committed_spec_keeps_every_family_on_its_host() -> None:
    assert _rules_after(lambda data: None) == []


def test_a_payments_path_without_the_payments_host_is_refused() -> None:
    problems = _rules_after(lambda data: data["paths"][PAYMENTS_PATH].pop("servers"))
    assert any("payments paths must declare servers https://payments.bigcommerce.com" in p for p in problems)


def test_a_server_path_on_the_payments_host_is_refused() -> None:
    def move(data: dict[str, Any]) -> None:
        data["paths"]["/stores/{store_hash}/v3/carts"]["servers"] = data["paths"][PAYMENTS_PATH]["servers"]

    problems = _rules_after(move)
    assert any("server paths must declare servers (none: the root server)" in p for p in problems)


def test_a_mistyped_server_path_does_not_pass_as_a_payments_path() -> None:
    def mistype(data: dict[str, Any]) -> None:
        data["paths"]["/stores/{store_hash}/v4/carts"] = data["paths"].pop("/stores/{store_hash}/v3/carts")

    problems = _rules_after(mistype)
    assert any("payments paths must declare servers" in p and "not (none)" in p for p in problems)


def test_a_server_path_mistyped_as_v2_does_not_pass_as_a_v2_path() -> None:
    """`/v2` is a family of its own (orders): a v3 path typed `/v2` is caught by its tag's family."""

    def mistype(data: dict[str, Any]) -> None:
        data["paths"]["/stores/{store_hash}/v2/carts"] = data["paths"].pop("/stores/{store_hash}/v3/carts")

    problems = _rules_after(mistype)
    assert any("belongs to another API than path '/stores/{store_hash}/v2/carts'" in p for p in problems)


def test_v2_paths_are_their_own_family_on_the_root_server() -> None:
    assert family_of("/stores/{store_hash}/v2/orders") == "v2"
    assert family_of("/stores/{store_hash}/v3/orders/{order_id}/transactions") == "server"


def test_a_payments_operation_without_security_is_refused() -> None:
    problems = _rules_after(lambda data: data["paths"][PAYMENTS_PATH]["post"].pop("security"))
    assert any("payments operations must declare security" in p for p in problems)


def test_a_payments_method_name_must_differ_from_the_server_client_methods() -> None:
    """Payments calls are made through the server-to-server clients: one name space for both."""

    def clash(data: dict[str, Any]) -> None:
        data["paths"][PAYMENTS_PATH]["post"]["x-python"] = "payments.methods.list"

    problems = _rules_after(clash)
    assert any("x-python 'payments.methods.list' is also used by listPaymentMethods" in p for p in problems)
