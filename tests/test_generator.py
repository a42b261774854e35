"""The generator: deterministic, all-or-nothing, and loud about stale or broken input."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
    """Two runs agree with each other and with what is committed (scripts/test also runs --check)."""
    first, second = _copy_project(tmp_path / "a"), _copy_project(tmp_path / "b")
    for root in (first, second):
        assert _generate(root).returncode == 0
    assert _digest(first) == _digest(second) == _digest(ROOT)


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
    # Valid OpenAPI that openapi-python-client only half-generates: a body it cannot send.
    old = "            schema:\n              $ref: '#/components/schemas/CouponRequest'\n"
    assert old in spec.read_text()
    spec.write_text(spec.read_text().replace(old, old + "          application/xml:\n" + old, 1))
    before = _digest(root)
    result = _generate(root)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "openapi-python-client failed" in result.stderr
    assert _digest(root) == before
