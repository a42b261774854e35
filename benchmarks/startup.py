"""Import cost in a fresh interpreter: `import bigcommerce_checkout` against `import httpx`.

Each run is a new `python -c ...` process; runs alternate between the statements, and the median
of a bare `python -c pass` is subtracted so that interpreter start-up, common to both, does not
water down the ratio. The target is on that net import time.

Bytecode is cached for both sides, as it is for an installed wheel: the runs get a private
PYTHONPYCACHEPREFIX (the tree is not touched) with PYTHONDONTWRITEBYTECODE unset, and a warm-up
run fills it. Without that, a source tree would pay for compiling every module on every import
while httpx, installed with its .pyc files, would not.

A second row adds constructing the first client on each side (`CheckoutClient` against
`httpx.Client`), and a third the first GET of a 10-item checkout from a loopback server (the
facade's `checkouts.get` against `httpx.Client.get` + `json.loads`). Imports deferred to first use
move cost from one row to the next, so the last row keeps such a change honest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from time import perf_counter

from .bodies import ROOT, STORE_HASH, TOKEN, checkout_bytes, checkout_id, checkout_path
from .server import CannedServer, response_bytes
from .stats import FIRST_GET_TARGET, IMPORT_TARGET, Row, Sample, sample

SECTION = "Import in a fresh interpreter"
STATEMENTS = {
    "bare": "pass",
    "httpx": "import httpx",
    "ours": "import bigcommerce_checkout",
    "httpx client": "import httpx; httpx.Client().close()",
    "ours client": (
        "import bigcommerce_checkout as b; "
        f"b.CheckoutClient(store_hash={STORE_HASH!r}, access_token={TOKEN!r}).close()"
    ),
}


@contextmanager
def cached_bytecode() -> Iterator[dict[str, str]]:
    """An environment for child interpreters that caches bytecode in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="bc-bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        yield {**env, "PYTHONPYCACHEPREFIX": cache}


def _time(statement: str, env: Mapping[str, str]) -> float:
    start = perf_counter()
    subprocess.run([sys.executable, "-c", statement], cwd=ROOT, env=env, check=True)
    return perf_counter() - start


def _net(total: Sample, bare: Sample) -> Sample:
    return Sample(total.median - bare.median, total.p90 - bare.median, total.count)


def _first_get(url: str) -> dict[str, str]:
    path = checkout_path(10)
    return {
        "httpx first GET": (
            "import httpx, json\n"
            f"with httpx.Client(base_url={url!r}) as c:\n"
            f"    json.loads(c.get({path!r}, headers={{'X-Auth-Token': {TOKEN!r}}}).content)"
        ),
        "ours first GET": (
            "import bigcommerce_checkout as b\n"
            f"with b.CheckoutClient(store_hash={STORE_HASH!r}, access_token={TOKEN!r}, base_url={url!r}) as c:\n"
            f"    c.checkouts.get({checkout_id(10)!r})"
        ),
    }


def run(repeats: int) -> list[Row]:
    routes = {(b"GET", checkout_path(10).encode()): response_bytes(checkout_bytes(10))}
    with CannedServer(routes) as url:
        statements = {**STATEMENTS, **_first_get(url)}
        times: dict[str, list[float]] = {key: [] for key in statements}
        keys = list(statements)
        with cached_bytecode() as env:
            for statement in statements.values():  # warm-up: writes the bytecode, fills the page cache
                _time(statement, env)
            for r in range(repeats):
                for key in keys if r % 2 == 0 else reversed(keys):
                    times[key].append(_time(statements[key], env))
    found = {key: sample(values) for key, values in times.items()}
    bare = found["bare"]
    return [
        Row(
            SECTION,
            "import bigcommerce_checkout, net of start-up",
            "ms",
            _net(found["ours"], bare),
            _net(found["httpx"], bare),
            "import httpx",
            target=IMPORT_TARGET,
            note=(
                f"with interpreter start-up ({bare.median * 1e3:.0f} ms) included: "
                f"{found['ours'].median * 1e3:.0f} ms vs {found['httpx'].median * 1e3:.0f} ms, "
                f"{found['ours'].median / found['httpx'].median:.2f}x"
            ),
        ),
        Row(
            SECTION,
            "import + first CheckoutClient, net of start-up",
            "ms",
            _net(found["ours client"], bare),
            _net(found["httpx client"], bare),
            "import + httpx.Client",
        ),
        Row(
            SECTION,
            "import + first client + first GET (10 items), net of start-up",
            "ms",
            _net(found["ours first GET"], bare),
            _net(found["httpx first GET"], bare),
            "httpx + json.loads",
            target=FIRST_GET_TARGET,
        ),
    ]
