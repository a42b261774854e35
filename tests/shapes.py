"""Complete checkout bodies, from the corpus of real shapes, for tests that only need a valid answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"


def corpus(name: str) -> dict[str, Any]:
    """A fresh copy of one corpus file."""
    body: dict[str, Any] = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    return body


def server_checkout(checkout_id: str) -> dict[str, Any]:
    """A complete server-to-server checkout answer (`{"data": ..., "meta": {}}`) for `checkout_id`."""
    body = corpus("server_checkout.json")
    body["data"]["id"] = body["data"]["cart"]["id"] = checkout_id
    return body


def storefront_checkout(checkout_id: str) -> dict[str, Any]:
    """A complete storefront checkout answer for `checkout_id`."""
    body = corpus("storefront_checkout_ordered.json")
    body["id"] = body["cart"]["id"] = checkout_id
    return body
