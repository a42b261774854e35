"""The wheel and sdist users get from PyPI: the code and its type markers, the licence, the project
links, and a description written for users."""

from __future__ import annotations

import email.parser
import email.policy
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from tests.conftest import ROOT

PLACEHOLDER_HOME = "https://github.com/bigcommerce-checkout/bigcommerce-checkout"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, built once for this module as `scripts/build` builds them."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--sdist",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> zipfile.ZipFile:
    [path] = dist.glob("bigcommerce_checkout-*.whl")
    return zipfile.ZipFile(path)


@pytest.fixture(scope="module")
def sdist_names(dist: Path) -> set[str]:
    [path] = dist.glob("bigcommerce_checkout-*.tar.gz")
    with tarfile.open(path) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


@pytest.fixture(scope="module")
def metadata(wheel: zipfile.ZipFile) -> Message:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    return email.parser.BytesParser(policy=email.policy.compat32).parsebytes(wheel.read(name))


def test_wheel_contents(wheel: zipfile.ZipFile, metadata: Message) -> None:
    names = set(wheel.namelist())
    for package in ("bigcommerce_checkout", "bigcommerce_checkout_api", "bigcommerce_checkout_schemas"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert "bigcommerce_checkout/resources/checkouts.py" in names
    assert not [n for n in names if n.startswith(("tests/", "generator/", "openapi/")) or "__pycache__" in n]
    requires = metadata.get_all("Requires-Dist") or []
    assert any(r.startswith("httpx") for r in requires)
    assert any(r.startswith("attrs") for r in requires)


def test_the_licence_ships_in_both_archives(
    wheel: zipfile.ZipFile, sdist_names: set[str], metadata: Message
) -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Copyright (c) 2026 the bigcommerce-checkout authors" in licence
    [in_wheel] = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
    assert wheel.read(in_wheel).decode() == licence
    assert "LICENSE" in sdist_names
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]


def test_the_sdist_rebuilds_the_package(sdist_names: set[str]) -> None:
    for name in (
        "pyproject.toml",
        "PYPI.md",
        "README.md",
        "CHANGELOG.md",
        "src/bigcommerce_checkout/__init__.py",
    ):
        assert name in sdist_names
    assert "generated/bigcommerce_checkout_api/__init__.py" in sdist_names


def test_the_sdist_builds_the_same_wheel(dist: Path, wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    """pip builds from the sdist when no wheel fits: everything the build reads must be in it."""
    [path] = dist.glob("bigcommerce_checkout-*.tar.gz")
    with tarfile.open(path) as archive:
        archive.extractall(tmp_path, filter="data")
    [unpacked] = tmp_path.iterdir()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(unpacked),
        ],
        check=True,
        capture_output=True,
    )
    [rebuilt] = tmp_path.glob("*.whl")
    assert sorted(zipfile.ZipFile(rebuilt).namelist()) == sorted(wheel.namelist())


def test_project_links(metadata: Message) -> None:
    links = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL") or [])
    assert set(links) == {"Documentation", "Source", "Issues", "Changelog"}
    assert links["Source"] == PLACEHOLDER_HOME
    assert links["Issues"] == f"{PLACEHOLDER_HOME}/issues"
    assert links["Changelog"] == f"{PLACEHOLDER_HOME}/blob/main/CHANGELOG.md"
    assert (ROOT / "CHANGELOG.md").is_file()
    assert links["Documentation"].startswith("https://")


def test_the_pypi_description_is_for_users(metadata: Message) -> None:
    """PyPI shows users what the package does and how to install it, not how to build it."""
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert description.strip() == (ROOT / "PYPI.md").read_text(encoding="utf-8").strip()
    opening = description.split("```python", 1)[0]
    assert "```bash\npip install bigcommerce-checkout\n```" in opening
    assert "Python 3.11" in opening
    for contributor_material in ("scripts/", ".venv", "generator/", "openapi/", "## Layout"):
        assert contributor_material not in description
    # the README keeps the two commands for contributors
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/build" in readme
    assert "scripts/test" in readme


def test_the_changelog_and_versioning_policy_name_the_same_bigcommerce_spec() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    policy = (ROOT / "docs" / "versioning.md").read_text(encoding="utf-8")
    unreleased = changelog.split("## [Unreleased]", 1)[1].split("\n## ", 1)[0]
    commit = "24f580ca6d2981728b7ed70a2049e00fc602c335"
    assert f"`{commit}` (2026-04-01)" in unreleased
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"- **Unreleased ({version})**: `bigcommerce/docs` commit\n  `{commit}`, of 2026-04-01." in policy
    reference = ROOT.parent / "shared" / "reference" / "README.md"
    if reference.is_file():  # the published files the spec is checked against name their commit
        assert commit in reference.read_text(encoding="utf-8")


def test_runtime_dependencies_are_what_the_code_imports(metadata: Message) -> None:
    """msgspec decodes the models; sniffio saves every async request httpcore's failed import of it;
    nothing ships that no module imports (python-dateutil, pydantic)."""
    names = {
        re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0].lower() for r in metadata.get_all("Requires-Dist") or []
    }
    assert {"httpx", "msgspec", "attrs", "sniffio"} <= names
    assert not names & {"python-dateutil", "pydantic"}


def test_the_version_constant_is_the_packages(metadata: Message) -> None:
    import tomllib

    import bigcommerce_checkout

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert bigcommerce_checkout.__version__ == project["version"] == metadata["Version"]
