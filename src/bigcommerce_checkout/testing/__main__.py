"""`python -m bigcommerce_checkout.testing`: run the fake until Ctrl-C, for manual or cross-process use.

A process outside Python cannot call the seeding methods, so the command seeds a demo cart and
a coupon and prints their ids with the URL, store hash and token.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from ._fake import FakeBigCommerce


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bigcommerce_checkout.testing",
        description="Run a local fake of BigCommerce's checkout APIs.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--store-hash", default="fakestore", help="store hash the server-to-server API expects"
    )
    parser.add_argument("--token", default=None, help="X-Auth-Token to accept (default: a random one)")
    parser.add_argument("--tax-rate", type=float, default=0.0, help="flat tax rate, e.g. 0.1 for 10%%")
    parser.add_argument("--no-demo", action="store_true", help="do not seed the demo cart and coupon")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    try:
        fake = FakeBigCommerce(
            host=args.host,
            port=args.port,
            store_hash=args.store_hash,
            access_token=args.token,
            tax_rate=args.tax_rate,
        )
        fake.start()
    except (OSError, TypeError, ValueError) as exc:
        print(f"cannot start the fake: {exc}", file=sys.stderr)
        return 2
    fake.verbose = not args.quiet
    print(f"Fake BigCommerce listening on {fake.url}")
    print(f"  store hash:   {fake.store_hash}")
    print(f"  access token: {fake.access_token}")
    print(f"  server API:   {fake.server_api_url}")
    print(f"  storefront:   {fake.storefront_api_url}")
    if not args.no_demo:
        cart_id = fake.seed_cart(
            items=[
                {"product_id": 112, "name": "Teal enamel mug", "sku": "MUG-TEAL", "price": 32, "quantity": 2},
                {"product_id": 140, "name": "Camping recipes (e-book)", "price": 9.5, "type": "digital"},
            ]
        )
        fake.seed_coupon("DEMO10", percentage=10)
        print(f"  demo cart:    {cart_id} (coupon DEMO10)")
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


if __name__ == "__main__":
    sys.exit(main())
