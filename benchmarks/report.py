"""The machine, the table, and docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import httpx

from .bodies import ROOT
from .stats import SCALE, UNIT_TEXT, Row, Sample, Unit

DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
QUOTA_BEGIN, QUOTA_END = "<!-- quota results -->", "<!-- /quota results -->"  # see quota.py
COLUMNS = ("measurement", "baseline", "ours", "ours p90", "baseline", "base p90", "ratio", "target", "result")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith(("model name", "Model", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _commit() -> str:
    proc = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() or "unknown"


def machine() -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"machine:  {platform.platform()}",
        f"cpu:      {_cpu_model()}, {os.cpu_count()} logical cores ({usable} usable)",
        f"python:   {platform.python_implementation()} {platform.python_version()}, httpx {httpx.__version__}",
        f"commit:   {_commit()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
    ]


def _time(value: Sample | None, unit: Unit, p90: bool = False) -> str:
    if value is None:
        return "-"
    seconds = value.p90 if p90 else value.median
    digits = {"us": 0, "ms": 1, "s": 2, "KiB": 0}[unit]
    return f"{seconds * SCALE[unit]:,.{digits}f} {UNIT_TEXT[unit]}"


def _cells(row: Row) -> tuple[str, ...]:
    ratio = row.ratio
    return (
        "  " + row.name,
        row.baseline_name or "-",
        _time(row.ours, row.unit),
        _time(row.ours, row.unit, p90=True),
        _time(row.baseline, row.unit),
        _time(row.baseline, row.unit, p90=True),
        "-" if ratio is None else f"{ratio:.2f}x",
        row.target.text() if row.target else "-",
        row.verdict,
    )


def table(rows: Sequence[Row]) -> list[str]:
    """Plain text, aligned: a header, then each section's rows under its title, then the notes."""
    cells = [_cells(row) for row in rows]
    widths = [max(len(c[i]) for c in [COLUMNS, *cells]) for i in range(len(COLUMNS))]
    left = {0, 1}  # text columns; the numbers are right-aligned

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.ljust(w) if i in left else v.rjust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    out = [line(COLUMNS), line(["-" * w for w in widths])]
    section = None
    for row, row_cells in zip(rows, cells, strict=True):
        if row.section != section:
            section = row.section
            out.append(section)
        out.append(line(row_cells))
    notes = [f"- {row.name}: {row.note}" for row in rows if row.note]
    notes += [f"- {row.name}: FAILED: {row.error}" for row in rows if row.error]
    if notes:
        out += ["", *notes]
    return out


def markdown(rows: Sequence[Row], header: Sequence[str]) -> list[str]:
    """The docs page's version of the table: Markdown tables, one per section, that fit the page.

    The plain-text table is 150 characters wide: fine in a terminal, a sideways-scrolling block
    in the docs' content column. Here each side's median and p90 share a cell.
    """
    out = [f"- {line}" for line in header]

    def pair(value: Sample | None, unit: Unit) -> str:
        return "-" if value is None else f"{_time(value, unit)} ({_time(value, unit, p90=True)})"

    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            out += [
                "",
                f"**{section}**",
                "",
                "| measurement | ours, median (p90) | baseline, median (p90) | ratio | target | result |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
        baseline = pair(row.baseline, row.unit)
        if row.baseline_name:
            baseline = f"{row.baseline_name}: {baseline}"
        ratio = row.ratio
        cells = [
            row.name,
            pair(row.ours, row.unit),
            baseline,
            "-" if ratio is None else f"{ratio:.2f}x",
            row.target.text() if row.target else "-",
            row.verdict,
        ]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    notes = [f"- {row.name}: {row.note}" for row in rows if row.note]
    notes += [f"- {row.name}: FAILED: {row.error}" for row in rows if row.error]
    if notes:
        out += ["", "Notes:", "", *notes]
    return out


def summary(rows: Sequence[Row]) -> str:
    missed = [row.name for row in rows if row.verdict in ("MISS", "FAIL")]
    checked = [row for row in rows if row.target is not None]
    if not missed:
        return f"All {len(checked)} targets met."
    return f"{len(checked) - len(missed)} of {len(checked)} targets met; missed: " + "; ".join(missed)


PAGE = """\
# Benchmarks

What does the client cost next to calling BigCommerce with `httpx` by hand? The benchmark suite
answers with ratios: every measurement runs next to a baseline in the same process (or the same
run), and the table reports the median of each side, its 90th percentile, and the ratio of the
medians. Absolute numbers depend on the machine; the ratios are what to compare between runs.

## Run them

```bash
scripts/bench                 # a few minutes; prints the table below
scripts/bench --quick         # a few seconds: a smoke test, not a measurement
scripts/bench --write-docs    # a full run that also rewrites this page
scripts/bench --only import   # one group (the groups are listed below)
scripts/bench --only orders --write-docs  # rewrites just its sections here
```

The groups: `roundtrip`, `parse`, `import`, `tooling`, `shoppers`, `orders`, `quota`.

`scripts/bench` sets up `.venv` like the other scripts and runs `python -m benchmarks`. It is not
part of `scripts/test`: timings vary from machine to machine, so they are reported, never asserted.
Close other heavy work first; the suite alternates the two sides of each comparison so that slow
drift in load hits both, but a busy machine still widens the spread.

## What is measured

**Round trip over loopback.** A server in a separate process answers canned bytes on
`127.0.0.1` with keep-alive, so it never competes with the client for the GIL. The facade
(`CheckoutClient` / `AsyncCheckoutClient`) and the baseline (`httpx.Client` / `httpx.AsyncClient`
followed by `raise_for_status()` and `json.loads`) send the same request and receive the same
response: `GET /checkouts/{{id}}` answering the spec's `CheckoutResponse` example grown to 10 and to
200 physical line items, and `POST /checkouts/{{id}}/consignments` with the spec's request example.
Both sides use httpx clients built with the same connection-pool limits, warm up first, then run in
alternating blocks of equal size; each request is timed on its own. The concurrent row runs 50
tasks at once on each side and divides the wall time by the number of requests.

**Parsing only.** the facade's decoder (bytes straight into `Checkout`, msgspec) against `json.loads(body)` on
the same bytes: what the typed models add on top of decoding JSON.

**Import.** `python -c "import bigcommerce_checkout"` against `python -c "import httpx"` in fresh
interpreters, alternating, with the median of a bare `python -c pass` subtracted from both so that
interpreter start-up does not dilute the ratio. The note gives the totals with start-up included.
Bytecode is cached on both sides, as it is for an installed wheel (in a temporary
`PYTHONPYCACHEPREFIX`, so the tree is left alone); without that, a source checkout run with
`PYTHONDONTWRITEBYTECODE=1` would compile every module of ours on every import. The second row adds
constructing the first client on each side, so that work moved from import time to first use
still shows. Note that httpx imports its command-line tool (and with it `click` and `rich`) when
those are installed, as they are in our dev environment; in a leaner environment the baseline is
smaller and the ratio larger.

**A thousand shoppers at once.** One `AsyncStorefrontClient` with default settings serves 1,000
shoppers at the same moment, each through its own `for_shopper()` view: create a cart, read it, add
a billing address, read the checkout. The baseline does the same with one `httpx.AsyncClient`
(its pool sized to 64 connections, all kept alive), a cookie jar per shopper and a semaphore that
lets at most 64 requests be in flight. The server is the local fake (`bigcommerce_checkout.testing`)
in a process of its own, started empty for each run; each side's client runs in a fresh process
too, so the peak RSS rows are each process's own (`VmHWM` in `/proc/self/status`). The two sides alternate, three runs
each. Any error fails the row. The memory of a view is tracemalloc's growth while 1,000 views, each
made from a session cookie with its `carts` and `checkouts` bound, are made and kept, divided by
1,000. `python -m benchmarks.shoppers --shoppers 300 --create-only` runs one side once (only
`carts.create`, as issue 22 measured it) and prints the errors by kind.

**Paging through orders.** The same canned server answers `GET /v2/orders?limit=250&page=N`
with 250 orders a page, and 204 with no body past the last page, as BigCommerce's v2 does; each
order is the body the local fake answers for an order placed through its checkout (three
products, a coupon, tax), with its own id. The facade's iterator (`client.orders.iter`, sync and
async) walks 5,000 orders (20 pages) against the same walk written by hand with `httpx` and
`json.loads`: ask for a page, stop at a 204 or a short page. Each side reads every order's id and
total; runs alternate. For memory, tracemalloc's peak while the facade walks 1,000 orders and
5,000 orders: it holds one page at a time, so the peak must stay flat as the pages add up.

**Pacing to the store's quota.** Counts, not timings: see [its own section](#pacing-to-the-stores-quota).

**Tooling.** `python -m generator` regenerating everything into a temporary copy of the project
(never the real tree), and `mkdocs build --strict` into a temporary directory.

## Targets

| measurement | target |
| --- | --- |
| facade round trip, 10 line items | at most 1.25x raw httpx + `json.loads` |
| iterating 5,000 orders in pages of 250 | at most 1.0x raw httpx + `json.loads` paging by hand |
| peak memory of that walk at 5,000 orders | at most 1.25x the peak at 1,000 orders (flat in pages) |
| `import bigcommerce_checkout` | at most 2x `import httpx` |
| full regeneration | at most 15 s |
| strict docs build | at most 20 s |
| 1,000 concurrent shoppers, wall time | at most 1.2x raw httpx with 64 requests in flight, no errors |
| memory per shopper view | at most 4 KiB |

Rows without a target are there to show how the cost grows (200 line items, 50 concurrent
requests, parsing alone, the first client). A `MISS` is a target not met; `FAIL` means the measured
command failed. On a real connection to BigCommerce, where a round trip takes tens of milliseconds,
the facade's cost per request is a fraction of a percent; the loopback ratios make it visible.

## Latest results

{summary}

{table}

## Pacing to the store's quota

The local fake enforces a quota scaled down for speed, 40 requests per 2 seconds, and workers call
`GET /checkouts/settings` in a closed loop for five windows (10 s) from one common start. The
fake counts every request it received and every one it refused with 429. Throughput is the
requests answered with success within the five windows, as a share of the 200 the quota allows
in that time. The cases: one client with 32 async tasks; one client with 8 threads; 4 processes
with 8 tasks each sharing a `RedisRateLimiter` (a real `redis-server` on loopback); and the
baseline, the same 4 processes each pacing only itself. The paced cases must get no 429 and use at
least 90% of the quota. `scripts/bench --only quota` prints one line per case:
`quota <case>: requests N, 429 answers K, throughput X% of quota`.

{quota}

## When a target is missed

Profile the part that missed with [pyinstrument](https://pyinstrument.readthedocs.io/) (in the dev
requirements):

```bash
.venv/bin/python -m benchmarks.profile roundtrip  # the facade's GET
.venv/bin/python -m benchmarks.profile parse      # the decoder
.venv/bin/python -m benchmarks.profile import     # -X importtime
```

By default `roundtrip` profiles a 10-item GET and `parse` a 200-item body; `roundtrip` takes
`--items 200` and `--async`, and `import` takes `--client` to include the first client.
"""


def write_docs(rows: Sequence[Row], header: Sequence[str]) -> Path:
    text = "\n".join(markdown(rows, header))
    page = DOCS_PAGE.read_text(encoding="utf-8")
    kept = page[page.index(QUOTA_BEGIN) : page.index(QUOTA_END) + len(QUOTA_END)]  # its own run's
    DOCS_PAGE.write_text(PAGE.format(summary=summary(rows), table=text, quota=kept), encoding="utf-8")
    return DOCS_PAGE


def write_sections(rows: Sequence[Row], header: Sequence[str]) -> Path:
    """Rewrite only the sections these rows belong to (a run of some groups), their notes and the summary.

    The rest of the page keeps the figures of the last full run; a line under the run's header
    says which sections come from which run.
    """
    page = DOCS_PAGE.read_text(encoding="utf-8").split("\n")
    new = markdown(rows, [])
    tables = new[: new.index("Notes:") - 1] if "Notes:" in new else new
    sections = list(dict.fromkeys(row.section for row in rows))
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    stamp = f"- {header[-2].split(',')[0]}, {header[-2].split(', ')[-1]}{load}: {', '.join(sections)} only"
    names = tuple(f"- {row.name}:" for row in rows)
    page = [
        line
        for line in page
        if not line.startswith(names) and not line.endswith(f"{', '.join(sections)} only")
    ]
    for section in sections:
        title = f"**{section}**"
        start = tables.index(title)
        end = next((i for i in range(start + 1, len(tables)) if tables[i].startswith("**")), len(tables))
        block = tables[start - 1 : end]  # the blank line before the title, the title, its table
        if title in page:
            first = page.index(title)
            last = next(i for i in range(first + 3, len(page)) if not page[i].startswith("|"))
            page[first - 1 : last] = block
        else:
            at = (
                page.index("Notes:") - 1 if "Notes:" in page else page.index("## When a target is missed") - 1
            )
            page[at:at] = block
    notes = [f"- {row.name}: {row.note}" for row in rows if row.note]
    if "Notes:" not in page:
        at = page.index("## When a target is missed") - 1
        page[at:at] = ["", "Notes:", ""]
    at = page.index("Notes:") + 2
    while at < len(page) and page[at].startswith("- "):
        at += 1
    page[at:at] = notes
    rows_shown = [
        line for line in page if line.startswith("| ") and not line.startswith(("| measurement", "| ---"))
    ]
    checked = [line for line in rows_shown if line.endswith(("| pass |", "| MISS |", "| FAIL |"))]
    missed = [line.split(" | ")[0][2:] for line in checked if not line.endswith("| pass |")]
    summary_at = next(i for i, line in enumerate(page) if "targets met" in line)
    page[summary_at] = (
        f"All {len(checked)} targets met."
        if not missed
        else f"{len(checked) - len(missed)} of {len(checked)} targets met; missed: " + "; ".join(missed)
    )
    first_section = next(i for i in range(summary_at, len(page)) if page[i].startswith("**"))
    header_end = max(i for i in range(summary_at, first_section) if page[i].startswith("- "))
    page.insert(header_end + 1, stamp)
    DOCS_PAGE.write_text("\n".join(page), encoding="utf-8")
    return DOCS_PAGE


def print_report(rows: Sequence[Row], header: Sequence[str]) -> None:
    print("\n".join([*header, "", *table(rows), "", summary(rows)]))
    sys.stdout.flush()
