"""`python -m bigcommerce_checkout.testing`: run the fake until Ctrl-C, for manual or cross-process use.

A process outside Python cannot call the seeding methods, so the command seeds the demo store the
documentation is written for (`_demo.py`), and prints, ready to paste, how to point the clients at
it.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence

from . import _demo
from ._fake import FakeBigCommerce


def _rate_limit(text: str) -> tuple[int, float]:
    quota, slash, seconds = text.partition("/")
    try:
        if slash and int(quota) >= 1 and float(seconds) > 0:
            return int(quota), float(seconds)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected QUOTA/SECONDS such as 150/30, got {text!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bigcommerce_checkout.testing",
        description="Run a local fake of BigCommerce's checkout APIs.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--store-hash",
        default=_demo.STORE_HASH,
        help=f"store hash the server-to-server API expects (default {_demo.STORE_HASH}, as in the docs)",
    )
    parser.add_argument("--token", default=None, help="X-Auth-Token to accept (default: a random one)")
    parser.add_argument(
        "--app-client-id",
        default=None,
        help="client id of the app that signs customer tokens (default: random)",
    )
    parser.add_argument(
        "--app-client-secret", default=None, help="that app's client secret (default: a random one)"
    )
    parser.add_argument("--tax-rate", type=float, default=0.0, help="flat tax rate, e.g. 0.1 for 10%%")
    parser.add_argument(
        "--rate-limit",
        metavar="QUOTA/SECONDS",
        type=_rate_limit,
        default=None,
        help="enforce the store's API quota, e.g. 150/30 (default: count and report 150/30, refuse nothing)",
    )
    parser.add_argument("--no-demo", action="store_true", help="start with an empty store")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    try:
        fake = FakeBigCommerce(
            host=args.host,
            port=args.port,
            store_hash=args.store_hash,
            access_token=args.token,
            tax_rate=args.tax_rate,
            app_client_id=args.app_client_id,
            app_client_secret=args.app_client_secret,
        )
        if args.rate_limit is not None:
            fake.set_rate_limit(*args.rate_limit)
        fake.start()
    except (OSError, TypeError, ValueError) as exc:
        print(f"cannot start the fake: {exc}", file=sys.stderr)
        return 2
    fake.verbose = not args.quiet
    demo = None if args.no_demo else _demo.seed_demo(fake)
    print(banner(fake, demo), flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    # Handlers installed explicitly: a SIGINT ignored by the parent process (as some runners do)
    # would otherwise be inherited, and the command could only be killed.
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        stop.wait()
    finally:
        fake.stop()
    print("stopped")
    return 0


def banner(fake: FakeBigCommerce, demo: _demo.Demo | None) -> str:
    """What the command prints once it listens: a snippet that works when pasted, then the demo store."""
    url = fake.url
    lines = [
        f"Fake BigCommerce is listening on {url}, with both checkout APIs and the payments host.",
        "",
        "Point the clients at it (paste into Python; base_url is this root URL, the clients add the API paths):",
        "",
        "from bigcommerce_checkout import CheckoutClient, StorefrontClient",
        "",
        "client = CheckoutClient(",
        f"    store_hash={_literal(fake.store_hash)},",
        f"    access_token={_literal(fake.access_token)},",
        f"    base_url={_literal(url)},",
        f"    payments_base_url={_literal(fake.payments_url)},  # payments.process goes here too",
        ")",
        *_shop(url, demo),
        "",
        "To run the docs' examples against it, set the token they read in the shell you run them from,",
        f"and add base_url={_literal(url)} to each client they create",
        f"(and payments_base_url={_literal(fake.payments_url)} to a CheckoutClient that processes payments):",
        "",
        f"export BIGCOMMERCE_ACCESS_TOKEN={fake.access_token}",
        "",
        "Customer login URLs and current customer tokens are signed with the fake app's secret",
        "(the signing-in guide reads these two):",
        "",
        f"export BIGCOMMERCE_CLIENT_ID={fake.app_client_id}",
        f"export BIGCOMMERCE_CLIENT_SECRET={fake.app_client_secret}",
        "",
    ]
    if demo is None:
        lines.append("The store is empty (--no-demo).")
    else:
        lines.append("Demo store, with the ids the docs use (restart the command for a fresh cart):")
        lines.extend(f"  {line}" for line in demo.lines)
    lines += [
        "",
        f"curl and other tools: BigCommerce's paths under {url} instead of",
        "https://api.bigcommerce.com (server-to-server), https://{store_domain} (storefront) or",
        "https://payments.bigcommerce.com (process a payment; test cards: see the testing-offline guide).",
    ]
    return "\n".join(lines)


def _shop(url: str, demo: _demo.Demo | None) -> list[str]:
    """The storefront client: as the demo cart's shopper (its session cookie) when there is one."""
    if demo is None:
        return [f"shop = StorefrontClient(base_url={_literal(url)})"]
    return [
        "shop = StorefrontClient(",
        f"    base_url={_literal(url)},",
        f"    cookies={{{', '.join(f'{_literal(k)}: {_literal(v)}' for k, v in demo.cookies.items())}}},",
        ")",
    ]


def _literal(value: str) -> str:
    """A Python string literal in double quotes, as the docs write them."""
    return json.dumps(value)


if __name__ == "__main__":
    sys.exit(main())
