"""Where the time goes when a target is missed.

python -m benchmarks.profile roundtrip [--items N] [--async]   pyinstrument on the facade's GET
python -m benchmarks.profile parse [--items N]                 pyinstrument on the checkout decoder
python -m benchmarks.profile import [--client]                 python -X importtime, beyond httpx's own
"""

from __future__ import annotations

import argparse
import asyncio
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Mapping

import httpx
from pyinstrument import Profiler

from bigcommerce_checkout import AsyncCheckoutClient, CheckoutClient
from bigcommerce_checkout._models import decode_data
from bigcommerce_checkout.models import CheckoutResponse

from .bodies import ROOT, STORE_HASH, TOKEN, checkout_bytes, checkout_id
from .roundtrip import LIMITS, routes
from .server import CannedServer
from .startup import STATEMENTS, cached_bytecode

INTERVAL = 0.0001  # seconds between samples


def _show(profiler: Profiler) -> None:
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def _profile(fn: Callable[[], object], calls: int) -> None:
    for _ in range(min(200, calls)):
        fn()
    profiler = Profiler(interval=INTERVAL)
    with profiler:
        for _ in range(calls):
            fn()
    _show(profiler)


def roundtrip(items: int, use_async: bool, calls: int) -> None:
    with CannedServer(routes()) as url:
        if not use_async:
            with CheckoutClient(
                store_hash=STORE_HASH,
                access_token=TOKEN,
                base_url=url,
                http_client=httpx.Client(limits=LIMITS),
            ) as client:
                _profile(lambda: client.checkouts.get(checkout_id(items)), calls)
            return

        async def main() -> None:
            async with AsyncCheckoutClient(
                store_hash=STORE_HASH,
                access_token=TOKEN,
                base_url=url,
                http_client=httpx.AsyncClient(limits=LIMITS),
            ) as client:
                for _ in range(200):
                    await client.checkouts.get(checkout_id(items))
                profiler = Profiler(interval=INTERVAL, async_mode="disabled")
                with profiler:
                    for _ in range(calls):
                        await client.checkouts.get(checkout_id(items))
                _show(profiler)

        asyncio.run(main())


def parse(items: int, calls: int) -> None:
    body = checkout_bytes(items)
    parse = decode_data(CheckoutResponse)
    _profile(lambda: parse(body), calls)


_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _importtime(statement: str, env: Mapping[str, str]) -> dict[str, int]:
    """Module -> self time in µs, from `python -X importtime`."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return {m[4]: int(m[1]) for m in _LINE.finditer(proc.stderr)}


def imports(client: bool) -> None:
    ours_statement = STATEMENTS["ours client" if client else "ours"]
    base_statement = STATEMENTS["httpx client" if client else "httpx"]
    with cached_bytecode() as env:
        for statement in (ours_statement, base_statement):  # writes the bytecode
            _importtime(statement, env)
        ours, base = _importtime(ours_statement, env), _importtime(base_statement, env)
    extra = {name: us for name, us in ours.items() if name not in base}
    print(
        f"{ours_statement!r}: {sum(ours.values()) / 1e3:.1f} ms of module bodies (self times, -X importtime)"
    )
    print(f"{base_statement!r}: {sum(base.values()) / 1e3:.1f} ms")
    print(f"modules only the first imports: {len(extra)}, {sum(extra.values()) / 1e3:.1f} ms\n")
    groups: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for name, us in extra.items():
        parts = name.split(".")
        group = ".".join(parts[:2]) if parts[0].startswith("bigcommerce_checkout") else parts[0]
        groups[group] += us
        counts[group] += 1
    print("by package:")
    for group, us in groups.most_common(15):
        print(f"  {us / 1e3:7.1f} ms  {counts[group]:4d} modules  {group}")
    print("\nlargest modules:")
    for name, us in sorted(extra.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  {us / 1e3:7.1f} ms  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("what", choices=("roundtrip", "parse", "import"))
    parser.add_argument("--items", type=int, choices=(10, 200), default=None, help="line items in the body")
    parser.add_argument("--async", dest="use_async", action="store_true", help="roundtrip: the async client")
    parser.add_argument("--client", action="store_true", help="import: include constructing the first client")
    parser.add_argument("--calls", type=int, default=3000, help="calls to profile")
    args = parser.parse_args(argv)
    if args.what == "roundtrip":
        roundtrip(args.items or 10, args.use_async, args.calls)
    elif args.what == "parse":
        parse(args.items or 200, args.calls)
    else:
        imports(args.client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
