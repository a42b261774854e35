"""Many workers, one quota: how many 429s the store's quota costs, and how much of it is used.

The local fake enforces a quota scaled down for speed (40 requests per 2 s). Each case runs its
workers for five windows (10 s) from one common start, every worker calling
`GET /checkouts/settings` in a closed loop. The counts come from the fake itself: every request it
received for the store during the case, and how many of those it refused with 429. Throughput is
the requests answered with success within the five windows, as a share of what the quota allows
in that time (five windows' worth). Cases:

- one client, 32 async tasks (its own pacing);
- one client, 8 threads (its own pacing);
- 4 processes sharing one `RedisRateLimiter` (a real `redis-server` on loopback), 8 tasks each;
- 4 processes unshared, 8 tasks each: each paces only itself, the baseline that shows what
  sharing saves.

`python -m benchmarks.quota` runs all four; `scripts/bench --only quota` runs them in the
benchmark venv (the wheel with its `[redis]` extra).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUOTA = 40
WINDOW = 2.0
WINDOWS = 5
PROCESSES = 4
TASKS_PER_PROCESS = 8
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Result:
    case: str
    what: str
    paced: bool  # a case that must not get a 429 and must use at least 90% of the quota
    requests: int
    refused: int
    ok_in_time: int

    @property
    def throughput(self) -> float:
        return 100 * self.ok_in_time / (QUOTA * WINDOWS)

    @property
    def line(self) -> str:
        return (
            f"quota {self.case}: requests {self.requests}, 429 answers {self.refused}, "
            f"throughput {self.throughput:.0f}% of quota"
        )

    @property
    def verdict(self) -> str:
        if not self.paced:
            return "baseline"
        return "pass" if self.refused == 0 and self.throughput >= 90 else "MISS"


# --- the workers -------------------------------------------------------------------------------


def _client_kwargs(url: str, token: str, store_hash: str) -> dict[str, Any]:
    return {"store_hash": store_hash, "access_token": token, "base_url": url}


async def _async_worker(client: Any, start: float, stop: float, done: list[float]) -> None:
    from bigcommerce_checkout import RateLimitError, RateLimitWaitError

    await asyncio.sleep(max(start - time.time(), 0))
    while time.time() < stop:
        try:
            await client.settings.get()
        except (RateLimitError, RateLimitWaitError):
            continue  # refused (unshared baseline): counted by the fake
        done.append(time.time())


async def run_async(kwargs: dict[str, Any], tasks: int, start: float, limiter: Any = None) -> list[float]:
    from bigcommerce_checkout import AsyncCheckoutClient

    done: list[float] = []
    async with AsyncCheckoutClient(**kwargs, rate_limiter=limiter) as client:
        stop = start + WINDOW * WINDOWS
        await asyncio.gather(*(_async_worker(client, start, stop, done) for _ in range(tasks)))
    return done


def run_threads(kwargs: dict[str, Any], threads: int, start: float) -> list[float]:
    from bigcommerce_checkout import CheckoutClient, RateLimitError, RateLimitWaitError

    done: list[float] = []
    stop = start + WINDOW * WINDOWS

    def work(client: Any) -> None:
        time.sleep(max(start - time.time(), 0))
        while time.time() < stop:
            try:
                client.settings.get()
            except (RateLimitError, RateLimitWaitError):
                continue
            done.append(time.time())  # list.append is atomic under the GIL

    with CheckoutClient(**kwargs) as client:
        workers = [threading.Thread(target=work, args=(client,)) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return done


def worker_main(argv: list[str]) -> int:
    """`python -m benchmarks.quota worker URL TOKEN STORE_HASH REDIS_URL|-`: one process. It says
    `ready` once set up, reads the common start time from stdin, and prints its completion times."""
    url, token, store_hash, redis_url = argv
    limiter = None
    if redis_url != "-":
        from bigcommerce_checkout import RedisRateLimiter

        limiter = RedisRateLimiter(redis_url)
    kwargs = _client_kwargs(url, token, store_hash)
    print("ready", flush=True)
    start = float(sys.stdin.readline())
    done = asyncio.run(run_async(kwargs, TASKS_PER_PROCESS, start, limiter))
    print(json.dumps(done), flush=True)
    return 0


# --- the cases ---------------------------------------------------------------------------------


def _case(name: str, what: str, paced: bool, body: Any) -> Result:
    from bigcommerce_checkout.testing import FakeBigCommerce

    with FakeBigCommerce(max_recorded_requests=0) as fake:
        fake.set_rate_limit(QUOTA, WINDOW)
        kwargs = _client_kwargs(fake.url, fake.access_token, fake.store_hash)
        before = fake.server_requests
        start, done = body(kwargs, time.time() + 0.5)
        stop = start + WINDOW * WINDOWS
        result = Result(
            name,
            what,
            paced,
            requests=fake.server_requests - before,
            refused=fake.rate_limited,
            ok_in_time=sum(1 for t in done if t <= stop),
        )
    print(result.line, flush=True)
    return result


def _processes(kwargs: dict[str, Any], start: float, redis_url: str) -> tuple[float, list[float]]:
    """Start the workers, wait until each is set up, then give them all one start, a moment ahead."""
    args = [kwargs["base_url"], kwargs["access_token"], kwargs["store_hash"], redis_url]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.quota", "worker", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError("a worker process failed to start")
    start = max(start, time.time() + 0.3)  # the one the caller set may have passed meanwhile
    done: list[float] = []
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"{start!r}\n")
        proc.stdin.flush()
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"a worker process failed with exit status {proc.returncode}")
        done += json.loads(out.strip().splitlines()[-1])
    return start, done


def run() -> list[Result]:
    sys.path.insert(0, str(ROOT))  # tests/redis_server.py: the one way the project runs Redis
    from tests.redis_server import RedisServer

    results = [
        _case(
            "async-32-tasks",
            "one client, 32 async tasks",
            True,
            lambda kw, start: (start, asyncio.run(run_async(kw, 32, start))),
        ),
        _case(
            "threads-8",
            "one client, 8 threads",
            True,
            lambda kw, start: (start, run_threads(kw, 8, start)),
        ),
    ]
    with RedisServer() as redis:
        results.append(
            _case(
                "processes-4-redis",
                "4 processes sharing a RedisRateLimiter, 8 tasks each",
                True,
                lambda kw, start: _processes(kw, start, redis.url),
            )
        )
    results.append(
        _case(
            "processes-4-unshared",
            "4 processes, each pacing itself, 8 tasks each (baseline)",
            False,
            lambda kw, start: _processes(kw, start, "-"),
        )
    )
    return results


# --- the docs page -----------------------------------------------------------------------------


def markdown(results: list[Result]) -> str:
    from .report import QUOTA_BEGIN, QUOTA_END, machine

    cpu, commit = machine()[1].split(":", 1)[1].strip(), machine()[3].split(":", 1)[1].strip()
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    lines = [
        QUOTA_BEGIN,
        f"- {commit}{load}; {cpu}",
        "",
        f"**Pacing to the store's quota ({QUOTA} requests per {WINDOW:g} s, {WINDOWS} windows)**",
        "",
        "| case | requests | 429 answers | throughput (% of quota) | target | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        target = "no 429, ≥ 90%" if r.paced else "(baseline)"
        lines.append(
            f"| {r.what} | {r.requests} | {r.refused} | {r.throughput:.0f}% | {target} | {r.verdict} |"
        )
    lines.append(QUOTA_END)  # the printed lines are wider than the page: the table says the same
    return "\n".join(lines)


def write_docs(results: list[Result]) -> Path:
    """Replace the quota block of the page (between its markers) with these results."""
    from .report import DOCS_PAGE, QUOTA_BEGIN, QUOTA_END

    page = DOCS_PAGE.read_text(encoding="utf-8")
    first, last = page.index(QUOTA_BEGIN), page.index(QUOTA_END) + len(QUOTA_END)
    DOCS_PAGE.write_text(page[:first] + markdown(results) + page[last:], encoding="utf-8")
    return DOCS_PAGE


def main(argv: list[str]) -> int:
    if argv[:1] == ["worker"]:
        return worker_main(argv[1:])
    results = run()
    return 0 if all(r.verdict != "MISS" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
