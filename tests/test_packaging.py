"""The wheel users pip-install holds the facade, the generated client and their type markers."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contents(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("bigcommerce_checkout-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("bigcommerce_checkout", "bigcommerce_checkout_api", "bigcommerce_checkout_schemas"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert "bigcommerce_checkout/resources/server.py" in names
    assert not [n for n in names if n.startswith(("tests/", "generator/", "openapi/")) or "__pycache__" in n]
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = [
        line
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist")
    ]
    assert any(r.startswith("Requires-Dist: httpx") for r in requires)
    assert any(r.startswith("Requires-Dist: attrs") for r in requires)
