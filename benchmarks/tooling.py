"""How long the project's own tools take: full regeneration and the strict docs build.

Regeneration runs `python -m generator --root COPY` on a temporary copy of the spec and outputs,
as tests/test_generator.py does, so the real tree is never touched. The docs build runs
`mkdocs build --strict` on the real mkdocs.yml into a temporary directory.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

from .bodies import ROOT
from .stats import DOCS_TARGET, REGENERATION_TARGET, Row, sample

# scripts/bench runs the client from a consumer-like venv; the generator and mkdocs live in .venv.
TOOLS_PYTHON = os.environ.get("BENCH_TOOLS_PYTHON", sys.executable)

SECTION = "Project tooling, wall time"
GENERATOR_INPUTS = (
    Path("openapi"),
    Path("generated/bigcommerce_checkout_api"),
    Path("generated/bigcommerce_checkout_schemas"),
    Path("docs/reference"),
)
WARNING = re.compile(r"^\s*(?:WARNING|ERROR)\b.*(?:\n\s+- .*)*", re.MULTILINE)


def _copy_project(dest: Path) -> Path:
    for rel in GENERATOR_INPUTS:
        if (ROOT / rel).exists():
            shutil.copytree(ROOT / rel, dest / rel, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def _timed(
    command: list[str], env: dict[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = perf_counter()
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, env=env)
    return perf_counter() - start, proc


def regeneration(repeats: int) -> Row:
    times = []
    error = None
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="bc-bench-generate-") as tmp:
            root = _copy_project(Path(tmp))
            seconds, proc = _timed([TOOLS_PYTHON, "-m", "generator", "--root", str(root)])
        times.append(seconds)
        if proc.returncode != 0:
            error = f"generator exited {proc.returncode}: {proc.stderr.strip()[-300:]}"
            break
    return Row(
        SECTION,
        "python -m generator (full regeneration)",
        "s",
        sample(times),
        target=REGENERATION_TARGET,
        error=error,
    )


def docs_build(repeats: int) -> Row:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    error = None
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="bc-bench-site-") as tmp:
            seconds, proc = _timed(
                [TOOLS_PYTHON, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", tmp], env
            )
        times.append(seconds)
        if proc.returncode != 0:
            found = [" ".join(w.split()) for w in WARNING.findall(proc.stdout + proc.stderr)]
            shown = "; ".join(found[:2]) or proc.stderr.strip()[-300:]
            more = f" (and {len(found) - 2} more)" if len(found) > 2 else ""
            error = f"mkdocs exited {proc.returncode}: {shown}{more}"
            break
    return Row(SECTION, "mkdocs build --strict", "s", sample(times), target=DOCS_TARGET, error=error)
