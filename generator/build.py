"""Regenerate everything derived from the spec, all or nothing.

Outputs are built in a temporary directory. Only when every step succeeded do they replace the
committed ones, so a broken spec or a generator warning leaves `generated/` and the docs untouched.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import model_docs, models, reference
from .spec import Spec, SpecError, load, validate

HERE = Path(__file__).parent
CLIENT_PACKAGE = "bigcommerce_checkout_api"
SCHEMAS_PACKAGE = "bigcommerce_checkout_schemas"


@dataclass(frozen=True)
class Layout:
    """Where the inputs and outputs live, relative to a project root (tests use a copy)."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "openapi" / "bigcommerce-checkout.yaml"

    @property
    def outputs(self) -> dict[str, Path]:
        """Output name -> committed directory. Each is replaced as a whole."""
        return {
            "client": self.root / "generated" / CLIENT_PACKAGE,
            "schemas": self.root / "generated" / SCHEMAS_PACKAGE,
            "reference": self.root / "docs" / "reference",
        }


class GenerationError(Exception):
    """A generator step failed; the message says which and why."""


def _run_client_generator(spec_path: Path, out: Path) -> None:
    tool_dir = Path(sys.executable).parent  # ruff for the post-hooks comes from the same venv
    env = {**os.environ, "PATH": f"{tool_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [
        str(tool_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--meta",
        "none",
        "--config",
        str(HERE / "openapi-python-client.yaml"),
        "--custom-template-path",
        str(HERE / "templates" / "client"),
        "--output-path",
        str(out),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not out.is_dir():
        raise GenerationError(f"openapi-python-client failed:\n{proc.stdout}{proc.stderr}".rstrip())


def _run_schema_generator(spec: Spec, out: Path) -> None:
    """The public models (msgspec Structs) and request TypedDicts: see generator/models.py."""
    try:
        models.generate(spec, out)
    except models.ModelGenerationError as exc:
        raise GenerationError(str(exc)) from None
    models.split_models(spec, out)
    more = sorted(models.defined_names(out / models.MORE_MODULE))
    params = sorted(models.public_names(out / "params.py"))
    exported = sorted(
        models.public_names(out / "models.py") | models.public_names(out / models.MORE_MODULE) | set(params)
    )
    lines = [
        '"""The public models and request-body TypedDicts, generated from the curated spec. Do not edit."""',
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from .models import *  # noqa: F403",
        "",
        "if TYPE_CHECKING:  # loaded on first use at run time: see _MORE and _PARAMS",
        "    from .more_models import *  # noqa: F403",
        "    from .params import *  # noqa: F403",
        "",
        "# The models only carts, storefront orders and payments use (a checkout call never needs them).",
        "_MORE = frozenset(",
        "    {",
        *(f'        "{name}",' for name in more),
        "    }",
        ")",
        "# The TypedDicts only type-check dicts.",
        "_PARAMS = frozenset(",
        "    {",
        *(f'        "{name}",' for name in params),
        "    }",
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    if name in _MORE:",
        "        from . import more_models",
        "",
        "        return getattr(more_models, name)",
        "    if name in _PARAMS:",
        "        from . import params",
        "",
        "        return getattr(params, name)",
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in exported),
        "]",
        "",
    ]
    (out / "__init__.py").write_text("\n".join(lines))
    (out / "py.typed").write_text("")
    tool_dir = Path(sys.executable).parent
    for fix in (["check", "--fix-only", "--select", "F401,I,UP"], ["format"]):
        ruff = [str(tool_dir / "ruff"), *fix, "--isolated", "--no-cache", "--quiet", "--target-version",
                "py311", "--line-length", "110", str(out)]  # fmt: skip
        proc = subprocess.run(ruff, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise GenerationError(f"ruff failed on the models:\n{proc.stdout}{proc.stderr}".rstrip())


def build_into(spec: Spec, staging: Path) -> dict[str, Path]:
    """Produce every output under `staging`; return output name -> built directory."""
    built = {
        "client": staging / CLIENT_PACKAGE,
        "schemas": staging / SCHEMAS_PACKAGE,
        "reference": staging / "reference",
    }
    # The reference pages first: they read the spec alone, and their checks (scopes, examples
    # that fit the Python calls) stop a broken spec in a second instead of after the code generators.
    built["reference"].mkdir()
    reference.render(spec, built["reference"])
    _run_schema_generator(spec, built["schemas"])
    _run_client_generator(spec.path, built["client"])
    # With --meta none the generator writes no py.typed; without it, mypy users of the wheel would
    # see the models our facade returns as untyped.
    (built["client"] / "py.typed").write_text("")
    model_docs.render(spec, built["schemas"], built["reference"])
    return built


def _tree_files(top: Path) -> set[Path]:
    if not top.exists():
        return set()
    return {p.relative_to(top) for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def stale_files(built: Path, committed: Path) -> list[str]:
    """Files that differ, are missing or are extra in `committed` compared with a fresh build."""
    fresh, old = _tree_files(built), _tree_files(committed)
    stale = [str(committed / p) for p in sorted(fresh ^ old)]
    stale += [
        str(committed / p)
        for p in sorted(fresh & old)
        if not filecmp.cmp(built / p, committed / p, shallow=False)
    ]
    return sorted(stale)


def _replace_all(pairs: list[tuple[Path, Path]]) -> None:
    """Swap every committed output for its fresh build, as close to all-or-nothing as a disk allows.

    Copies go next to their targets first (the step that can fail on a full disk); only then are
    the old trees renamed away and the new ones renamed in, which cannot fail half-way for space.
    """
    staged = []
    try:
        for built, committed in pairs:
            committed.parent.mkdir(parents=True, exist_ok=True)
            new = committed.with_name(committed.name + ".new")
            shutil.rmtree(new, ignore_errors=True)
            shutil.copytree(built, new)
            staged.append((new, committed))
    except OSError:
        for new, _ in staged:
            shutil.rmtree(new, ignore_errors=True)
        raise
    for new, committed in staged:
        old = committed.with_name(committed.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if committed.exists():
            committed.rename(old)
        new.rename(committed)
        shutil.rmtree(old, ignore_errors=True)


def run(root: Path, *, check: bool) -> int:
    """Generate (or with `check`, compare) all outputs; return a process exit code."""
    layout = Layout(root)
    try:
        spec = load(layout.spec)
        validate(spec)
        with tempfile.TemporaryDirectory(prefix="bc-generate-") as tmp:
            built = build_into(spec, Path(tmp))
            if check:
                stale = [f for name, d in layout.outputs.items() for f in stale_files(built[name], d)]
                if stale:
                    print("Generated files are stale; run scripts/generate and commit:", file=sys.stderr)
                    for f in stale:
                        print(f"  {os.path.relpath(f, root)}", file=sys.stderr)
                    return 1
                print("generated/ and docs/reference/ are up to date.")
                return 0
            _replace_all([(built[name], committed) for name, committed in layout.outputs.items()])
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 3
    print(f"Regenerated {', '.join(os.path.relpath(d, root) for d in layout.outputs.values())}.")
    return 0
