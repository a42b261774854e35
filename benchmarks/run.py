"""Run the benchmarks, print the table, optionally rewrite docs/benchmarks.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from time import perf_counter

from . import orders, parsing, quota, report, roundtrip, shoppers, startup, tooling
from .bodies import ROOT
from .stats import Row

GROUPS = ("roundtrip", "parse", "import", "tooling", "shoppers", "orders", "quota")


def _groups(quick: bool) -> dict[str, Callable[[], list[Row]]]:
    plan = roundtrip.QUICK if quick else roundtrip.FULL
    return {
        "roundtrip": lambda: roundtrip.run(plan),
        "parse": lambda: parsing.run(repeats=6 if quick else 31),
        "import": lambda: startup.run(repeats=3 if quick else 31),
        "tooling": lambda: [
            tooling.regeneration(repeats=1 if quick else 3),
            tooling.docs_build(repeats=1 if quick else 3),
        ],
        "shoppers": lambda: shoppers.run(rounds=1 if quick else shoppers.ROUNDS),
        "orders": lambda: orders.run(rounds=3 if quick else 25),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="few repetitions: a smoke test, not a measurement"
    )
    parser.add_argument("--only", action="append", choices=GROUPS, help="run only this group (repeatable)")
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="also rewrite docs/benchmarks.md (with --only: just the sections of those groups)",
    )
    parser.add_argument("--fail-on-miss", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.write_docs and args.quick:
        parser.error("--write-docs records a measurement: drop --quick")

    header = report.machine()
    print("\n".join(header), flush=True)
    rows: list[Row] = []
    paced: list[quota.Result] = []
    started = perf_counter()
    for name, run in _groups(args.quick).items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += run()
    if not args.only or "quota" in args.only:  # counts and shares, not timings: a table of its own
        print("running quota ...", file=sys.stderr, flush=True)
        paced = quota.run()
    header.append(f"run took {perf_counter() - started:.0f} s" + (" (--quick)" if args.quick else ""))
    print()
    if rows:
        report.print_report(rows, header[-1:])
    if args.write_docs:
        if rows:
            written = report.write_sections(rows, header) if args.only else report.write_docs(rows, header)
        if paced:
            written = quota.write_docs(paced)
        print(f"wrote {written.relative_to(ROOT)}")
    missed = any(row.verdict in ("MISS", "FAIL") for row in rows) or any(r.verdict == "MISS" for r in paced)
    return 1 if args.fail_on_miss and missed else 0
