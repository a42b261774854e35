"""The GitHub Actions workflows: valid for GitHub, and doing what the README and the release policy say.

check-jsonschema validates them against the GitHub workflow schema it ships (`--builtin-schema`),
so the check needs no network.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
RELEASE = WORKFLOWS / "release.yml"


def _load(path: Path) -> dict[Any, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    # YAML 1.1 reads the key `on` as True.
    if True in loaded:
        loaded["on"] = loaded.pop(True)
    return loaded


def _check_jsonschema(
    *paths: Path, schema: str = "vendor.github-workflows"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_both_workflows_are_valid_github_workflows() -> None:
    result = _check_jsonschema(CI, RELEASE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_job_has_a_timeout() -> None:
    """A hung browser or server must not hold a runner for GitHub's default six hours."""
    result = _check_jsonschema(CI, RELEASE, schema="custom.github-workflows-require-timeout")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """The check above can fail: a job without `runs-on` (a typo of it) is refused."""
    broken = tmp_path / "broken.yml"
    broken.write_text(CI.read_text(encoding="utf-8").replace("runs-on:", "run-on:"), encoding="utf-8")
    result = _check_jsonschema(broken)
    assert result.returncode == 1
    assert "broken.yml" in result.stdout + result.stderr


def _readme_test_command() -> str:
    """The test command of the README's "The two commands" block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The two commands", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, flags=re.S)
    assert block is not None
    commands = [line.split("#", 1)[0].strip() for line in block[1].splitlines() if line.strip()]
    assert len(commands) == 2
    [test_command] = [c for c in commands if c.startswith("scripts/test")]
    return test_command


def _runs(job: dict[str, Any]) -> list[str]:
    return [str(step["run"]).strip() for step in job["steps"] if "run" in step]


def test_ci_runs_the_readme_test_command_on_every_supported_python() -> None:
    ci = _load(CI)
    assert set(ci["on"]) == {"push", "pull_request", "schedule", "workflow_call"}
    assert set(ci["jobs"]) == {"test", "compat"}
    job = ci["jobs"]["test"]
    assert _readme_test_command() in _runs(job)
    versions = job["strategy"]["matrix"]["python-version"]
    assert versions == ["3.11", "3.12", "3.13", "3.14"]
    # the oldest Python tested is the oldest the package allows
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert requires["requires-python"] == f">={versions[0]}"
    classifiers = {c.rsplit(" :: ", 1)[1] for c in requires["classifiers"] if re.search(r":: 3\.\d+$", c)}
    assert classifiers == set(versions)
    # the docs browser test needs Debian's chromium, the spec lint Node 20.19+
    assert any("apt-get install" in run and "chromium" in run for run in _runs(job))
    [node] = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-node@")]
    assert int(node["with"]["node-version"]) >= 20


def _bash_array(script: str, name: str) -> list[str]:
    """The words of `name=(` ... a line `)` in a bash script, comments left out."""
    found = re.search(rf"^{name}=\(\n(.*?)^\)$", script, flags=re.S | re.M)
    assert found is not None, name
    return [word for line in found[1].splitlines() for word in line.split("#", 1)[0].split()]


def test_ci_runs_the_wheel_with_the_newest_and_the_oldest_allowed_dependencies() -> None:
    """What users install, not the lock: `oldest` on the oldest Python, `newest` on the oldest and newest."""
    ci = _load(CI)
    job = ci["jobs"]["compat"]
    assert _runs(job) == ["scripts/compat ${{ matrix.dependencies }}"]
    runs = {(row["dependencies"], row["python-version"]) for row in job["strategy"]["matrix"]["include"]}
    versions = ci["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    assert runs == {("oldest", versions[0]), ("newest", versions[0]), ("newest", versions[-1])}
    assert job["container"] == "python:${{ matrix.python-version }}-bookworm"
    # separate jobs: the compat runs stay out of the README's test command and its time budget
    assert "compat" not in (ROOT / "scripts" / "test").read_text(encoding="utf-8")


def test_the_compat_run_leaves_out_only_tests_that_need_the_dev_tooling() -> None:
    """Every facade, fake and model test runs against the installed wheel; the tools it needs are locked."""
    script = (ROOT / "scripts" / "compat").read_text(encoding="utf-8")
    left_out = _bash_array(script, "needs_dev_tools")
    assert left_out
    assert [path for path in left_out if not (ROOT / path).is_file()] == []
    assert [
        path for path in left_out if re.match(r"tests/test_(facade|fake|models|e2e|hardening|payments)", path)
    ] == []
    lock = (ROOT / "requirements" / "dev.lock").read_text(encoding="utf-8")
    tools = _bash_array(script, "test_tools")
    assert {"pytest", "pytest-xdist", "mypy"} <= set(tools)
    assert [tool for tool in tools if not re.search(rf"^{re.escape(tool)}==", lock, flags=re.M)] == []


def test_every_runtime_dependency_has_a_lower_bound_for_the_oldest_run() -> None:
    """`scripts/compat oldest` installs each dependency at its lower bound, so each must have one."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = [r for extra in project["optional-dependencies"].values() for r in extra]
    assert project["dependencies"]
    assert extras
    assert [d for d in project["dependencies"] + extras if not re.search(r">=\s*\d", d)] == []


def test_release_builds_both_archives_and_publishes_with_trusted_publishing() -> None:
    release = _load(RELEASE)
    assert release["on"] == {"push": {"tags": ["v*"]}}
    assert release.get("permissions") == {"contents": "read"}  # nothing more outside the publish job
    tests, build, publish = (release["jobs"][name] for name in ("tests", "build", "publish"))
    # nothing is published unless the CI workflow passes on the tagged commit
    assert tests["uses"] == "./.github/workflows/ci.yml"
    assert build["needs"] == "tests"
    assert any("--wheel" in run and "--sdist" in run for run in _runs(build))
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    uses = [str(step.get("uses", "")) for step in publish["steps"]]
    assert any(u.startswith("pypa/gh-action-pypi-publish@") for u in uses)
    # trusted publishing: no password or token handed to the publish action
    [action] = [s for s in publish["steps"] if str(s.get("uses", "")).startswith("pypa/")]
    assert not set(action.get("with", {})) & {"password", "user"}


def test_the_compat_venv_has_every_module_the_tests_it_runs_import() -> None:
    """A test file or guide example importing a library that `scripts/compat` does not install
    fails only in the compat jobs, which `scripts/test` does not run: catch it here instead."""
    import ast
    import importlib.metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    script = (ROOT / "scripts" / "compat").read_text(encoding="utf-8")
    left_out = {ROOT / path for path in _bash_array(script, "needs_dev_tools")}
    modules: dict[str, str] = {}  # top-level module -> a file importing it
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path in left_out:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                modules.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    for page in sorted((ROOT / "docs").rglob("*.md")):  # the guides' examples run in the compat jobs too
        for block in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S):
            for found in re.finditer(r"^\s*(?:from\s+(\w+)\S*\s+import|import\s+(\w+))", block, flags=re.M):
                modules.setdefault(found[1] or found[2], str(page.relative_to(ROOT)))

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r).name for r in project["dependencies"]]
    wanted += [Requirement(r).name for extra in project["optional-dependencies"].values() for r in extra]
    installed: set[str] = set()  # what pip installs for them and the test tools, as this venv resolved it
    stack = wanted + _bash_array(script, "test_tools")
    while stack:
        name = canonicalize_name(stack.pop())
        if name in installed:
            continue
        installed.add(name)
        for requirement in map(Requirement, importlib.metadata.requires(name) or []):
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                stack.append(requirement.name)

    ours = {"tests", "generator", "benchmarks", "bigcommerce_checkout", "bigcommerce_checkout_api",
            "bigcommerce_checkout_schemas"}  # fmt: skip
    distributions = importlib.metadata.packages_distributions()
    missing = {
        module: (where, distributions.get(module))
        for module, where in modules.items()
        if module not in sys.stdlib_module_names
        and module not in ours
        and not {canonicalize_name(d) for d in distributions.get(module, [])} & installed
    }
    assert missing == {}, "add these to test_tools in scripts/compat (module: (imported by, distribution))"
