"""The README, the PyPI page and every guide run as written against `python -m bigcommerce_checkout.testing`.

This is what a new user does: start the command, export the token it prints, and run the pages'
Python blocks top to bottom. The blocks are written for a real store and pass no `base_url`; the
one thing changed here is that default, set to the URL the command prints (what a user does by
adding the `base_url=` the banner shows). Nothing else is swapped: the store hash, the cart id,
the coupon, gift certificate and pickup method of the text must be what the command seeded. A block
marked `<!-- example: new-cart -->` starts a new script on a fresh start of the command (the docs'
cart id is always the same, so a fresh cart means a fresh store).

Blocks are found and run with the code of `tests/test_docs_examples.py`, which runs the same pages
against an in-process fake with the ids swapped for seeded ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import bigcommerce_checkout
from bigcommerce_checkout import AsyncCheckoutClient, AsyncStorefrontClient, CheckoutClient, StorefrontClient
from tests.conftest import ROOT
from tests.fake_command import fake_command
from tests.test_docs_examples import (
    DOCS,
    GUIDE_PAGES,
    Example,
    Swap,
    _close_clients,
    _login_at,
    _pointed_at,
    examples_of,
    run,
)

AS_WRITTEN = Swap({}, {}, None)  # swaps nothing


@dataclass
class Script:
    """The blocks of one page that run as one script, on one start of the command."""

    page: str
    part: int
    examples: list[Example]

    @property
    def name(self) -> str:
        return f"{self.page}#{self.part}"


def _scripts() -> list[Script]:
    guides = [page for page in GUIDE_PAGES if not page.startswith("reference/")]  # generated pages
    pages = [ROOT / "README.md", ROOT / "PYPI.md", *(DOCS / page for page in guides)]
    scripts: list[Script] = []
    for page in pages:
        current: Script | None = None
        for example in examples_of(page):
            if current is None or "new-cart" in example.markers:
                current = Script(example.page, len([s for s in scripts if s.page == example.page]) + 1, [])
                scripts.append(current)
            current.examples.append(example)
    return scripts


SCRIPTS = _scripts()


def test_every_page_with_python_runs_here() -> None:
    """README, PyPI page and every docs page with Python, but the generated reference and the guide
    that starts its own in-process fake (tests/test_fake_guide.py runs that one)."""
    with_python = {
        page.relative_to(DOCS).as_posix()
        for page in DOCS.rglob("*.md")
        if "```python" in page.read_text(encoding="utf-8")
    }
    expected = {p for p in with_python if not p.startswith("reference/")} - {"guides/testing-offline.md"}
    assert {s.page for s in SCRIPTS} == {"README.md", "PYPI.md"} | expected
    assert {"index.md", "troubleshooting.md", "guides/headless-checkout.md"} <= expected


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_the_page_runs_as_written_against_the_command(
    script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fake_command() as command:
        monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", command.token)
        monkeypatch.setenv("BIGCOMMERCE_CLIENT_ID", command.exported("BIGCOMMERCE_CLIENT_ID"))
        monkeypatch.setenv("BIGCOMMERCE_CLIENT_SECRET", command.exported("BIGCOMMERCE_CLIENT_SECRET"))
        for base in (CheckoutClient, AsyncCheckoutClient, StorefrontClient, AsyncStorefrontClient):
            monkeypatch.setattr(bigcommerce_checkout, base.__name__, _pointed_at(base, command.url))
        monkeypatch.setattr(bigcommerce_checkout, "customer_login_url", _login_at(command.url))
        namespace: dict[str, object] = {"__name__": "__docs_example__"}
        try:
            for example in script.examples:
                run(example, namespace, AS_WRITTEN)
        finally:
            _close_clients(namespace)
    assert command.returncode == 0, command.stderr
    assert "Traceback" not in command.stderr
    assert command.requests, "the page sent nothing to the command"
    assert [r for r in command.requests if r[2] >= 500] == []
