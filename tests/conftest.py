from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import redis_server
from tests.loopback import LoopbackServer
from tests.spec_tools import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "bigcommerce-checkout.yaml"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
WARNING_LINE = re.compile(r"^\s*WARNING\b", re.MULTILINE)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The curated description, parsed once."""
    spec: dict[str, Any] = load_yaml(SPEC_PATH)
    return spec


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free loopback port for this session (and xdist worker); see
    tests/redis_server.py. Skips, saying how to install it, only when the binary is absent."""
    if redis_server.binary() is None:
        pytest.skip(redis_server.MISSING)
    with redis_server.RedisServer() as srv:
        yield srv.url


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    """`redis_url`, its database emptied first: each test starts from nothing."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    client.close()
    return redis_url


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The docs site, built once per test session in strict mode; any warning fails it.

    Under xdist the workers share one build (the run's temporary folder is common to them): the
    first to need it builds it while holding a lock, the others wait and use it. If the build
    fails, nothing is marked built, so each worker that needs the site builds and fails alike.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    shared = tmp_path_factory.getbasetemp().parent if worker else tmp_path_factory.mktemp("docs")
    site_dir = shared / "site"
    with (shared / "site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (shared / "site.built").exists():
            _build_site(site_dir)
            (shared / "site.built").touch()
    return site_dir


def _build_site(site_dir: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # silence material's end-of-life banner
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    output = ANSI_ESCAPE.sub("", proc.stdout + proc.stderr)
    assert proc.returncode == 0, f"mkdocs build failed:\n{output}"
    assert not WARNING_LINE.search(output), f"mkdocs build warned:\n{output}"


# The slowest files, slowest first (`--durations=0` summed by file, December 2026). They are
# collected before the rest, and scripts/test has xdist hand out files in collection order
# (`--no-loadscope-reorder`; by default it starts with the files of most tests, which left the
# browser and generator files to start last while the other worker ran out of work).
SLOWEST_FILES = (
    "test_docs_browser.py",
    "test_generator.py",
    "test_docs_site.py",
    "test_fake_schemathesis_carts.py",
    "test_fake_schemathesis.py",
    "test_docs_examples.py",
    "test_reference.py",
    "test_facade_wire.py",
    "test_hardening.py",
    "test_spec_quality.py",
    "test_typing_docs.py",
    "test_fake_schemathesis_orders.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each schemathesis case its own node id (the operation is in its name, not its id), and
    put the slowest files first (SLOWEST_FILES), each file's tests in their own order.

    Schemathesis names every operation's item after the one test function, and pytest-xdist
    schedules by node id: without this, a parallel run would run one operation of the file.
    """
    from _pytest.nodes import coerce_node_id  # pytest 9 keeps the id as a NodeId (pinned in the lock)

    for item in items:
        if hasattr(item, "operation_label") and "[" not in item.nodeid:
            item._id = coerce_node_id(f"{item.nodeid}[{item.operation_label}]")  # type: ignore[attr-defined]
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order
