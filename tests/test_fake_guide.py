"""The guide "Testing your integration offline" runs: its Python blocks, top to bottom, as one script."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "guides" / "testing-offline.md"


def test_the_guide_runs_top_to_bottom(capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"^```python\n(.*?)^```$", GUIDE.read_text(encoding="utf-8"), flags=re.S | re.M)
    assert len(blocks) >= 6
    namespace: dict[str, object] = {"__name__": "guide"}
    try:
        for block in blocks:
            exec(compile(block, str(GUIDE), "exec"), namespace)  # noqa: S102  # our own documentation
    finally:
        fake = namespace.get("fake")
        stop = getattr(fake, "stop", None)
        if callable(stop):
            stop()
    # the examples' except branches ran: the conflict, the stock refusal, the storefront without a
    # session and the lost order answer really happened
    out = capsys.readouterr().out
    assert "someone changed the checkout first" in out
    assert "Not enough stock: Camp stool (STOOL-OLIVE) has only 2 in stock; the cart asked for 4." in out
    assert "the storefront needs the shopper's session" in out
    # the decline and the cart deleted once paid really happened too
    assert "declined with code 30106" in out
    assert "the cart is gone once its order is paid" in out
    assert namespace["made"] is not None
