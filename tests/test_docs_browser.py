"""The built docs site in a real browser: Debian's headless Chromium, driven by Playwright.

The site is served from 127.0.0.1 by http.server. Each test clicks like a reader would and checks
what the reader would see; any console error, page error or request that leaves 127.0.0.1 fails it.
Screenshots go to test-artifacts/ for a person to look at.

The layout test opens every page of the site at a desktop width (1400 px) and a phone width
(400 px) and measures every element of the content column, with every collapsible block open and
every tab shown. Nothing may stick out of the column, and the page must never pan sideways. On
the desktop nothing may need a scroll bar either: tables wrap their cells, code fits (ruff formats
the examples to 79 columns). On the phone, code blocks and wide tables may scroll inside their own
box (`overflow-x: auto`): wrapping Python would break its indentation, and a six-column table
squeezed into 370 px is less readable than one that scrolls. A box that hides what does not fit
(`overflow: hidden`) is a failure at any width: the reader cannot get to the rest.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
# Never a browser of Playwright's own: Debian's, with everything that would reach the network off.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site, served on a free port of 127.0.0.1 for the module's tests."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/bootstrap installs Debian's chromium (needs root)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Watched:
    """A page and everything that went wrong on it."""

    page: Any
    base: str
    problems: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.page.goto(self.base + path, wait_until="load")

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target))
        return target


@pytest.fixture
def watched(browser: Any, site_url: str) -> Iterator[Watched]:
    """A fresh page that records console errors, uncaught exceptions and off-site requests."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    seen = Watched(page, site_url)
    page.on(
        "console",
        lambda m: seen.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: seen.problems.append(f"page error: {e}"))

    def request(r: Any) -> None:
        if not r.url.startswith((site_url, "data:", "blob:")):
            seen.problems.append(f"request off the site: {r.url}")

    page.on("request", request)
    try:
        yield seen
    finally:
        context.close()
    assert seen.problems == []


# --------------------------------------------------------------------------- layout

LAYOUT_WIDTHS = {"desktop": 1400, "phone": 400}
# Returns what sticks out. `strict`: a scrollable box that needs its scroll bar is a problem too.
LAYOUT_CHECK = """
(strict) => {
  document.querySelectorAll('article details').forEach(d => { d.open = true; });
  const style = document.createElement('style');
  style.textContent = '.tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }';
  document.head.appendChild(style);
  const column = document.querySelector('.md-content');
  const article = column.querySelector('article');
  const box = column.getBoundingClientRect();
  const name = el => {
    let s = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const text = (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    return text ? `${s} "${text}"` : s;
  };
  const under = el => {
    const headings = [...article.querySelectorAll('h1[id], h2[id], h3[id]')]
      .filter(h => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return headings.length ? '#' + headings[headings.length - 1].id : 'the top';
  };
  const boxes = new Set();
  const problems = [];
  const all = [article, ...article.querySelectorAll('*')];
  for (const el of all) {
    const overflow = getComputedStyle(el).overflowX;
    if (overflow === 'visible') continue;
    boxes.add(el);
    if (el.scrollWidth - el.clientWidth > 1) {
      const scrolls = overflow === 'auto' || overflow === 'scroll';
      if (strict || !scrolls) {
        problems.push(`${name(el)} (under ${under(el)}): ${el.scrollWidth}px of content in a `
          + `${el.clientWidth}px box with overflow-x ${overflow}`);
      }
    }
  }
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left >= box.left - 1 && r.right <= box.right + 1) continue;
    let parent = el.parentElement;
    while (parent && parent !== column && !boxes.has(parent)) parent = parent.parentElement;
    if (parent && boxes.has(parent)) continue;  // inside a box; the box itself was checked above
    problems.push(`${name(el)} (under ${under(el)}): spans ${Math.round(r.left - box.left)}`
      + `..${Math.round(r.right - box.left)}px of a ${Math.round(box.width)}px column`);
  }
  const pan = document.documentElement.scrollWidth - window.innerWidth;
  if (pan > 0) problems.push(`the page pans sideways by ${pan}px`);
  return problems;
}
"""


def site_pages(site: Path) -> list[str]:
    """The path of every page of the built site."""
    paths = ("/" + p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html"))
    return sorted(path.replace("/./", "/") for path in paths)


def layout_problems(page: Any, *, strict: bool) -> list[str]:
    return list(page.evaluate(LAYOUT_CHECK, strict))


@pytest.mark.parametrize("device", sorted(LAYOUT_WIDTHS))
def test_nothing_is_wider_than_the_content_column(
    device: str, browser: Any, site_url: str, built_site: Path
) -> None:
    width = LAYOUT_WIDTHS[device]
    context = browser.new_context(viewport={"width": width, "height": 900})
    # The search worker indexes the whole site (a 1.5 MB index) afresh on every page load; the
    # layout does not depend on it (test_search_finds_an_operation_and_opens_it covers search), so
    # these page loads get the site's search config with no documents: a third of this test's time.
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    empty_index = json.dumps({**index, "docs": []})
    context.route(
        "**/search/search_index.json",
        lambda route: route.fulfill(body=empty_index, content_type="application/json"),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    problems = []
    pages = site_pages(built_site)
    try:
        for path in pages:
            page.goto(site_url + path, wait_until="load")
            problems += [f"{path} at {width}px: {p}" for p in layout_problems(page, strict=width >= 1000)]
    finally:
        context.close()
    assert len(pages) >= 14, pages  # home, 6 guides, troubleshooting, 2 reference, 3 API, benchmarks
    assert problems == []
    assert errors == []


BROKEN_LAYOUT = """
<html><body style="margin:0"><div class="md-content" style="width:300px">
<article>
  <h3 id="nowrap" style="white-space:nowrap"><code>PUT /checkouts/{checkoutId}/billing-address/{addressId}</code></h3>
  <div id="hidden" style="overflow:hidden"><pre style="margin:0">a line far too long for the box it sits in, cut off</pre></div>
  <div id="scrolls" style="overflow-x:auto"><pre style="margin:0">a line far too long for the box it sits in, scrolls</pre></div>
  <details><summary>Fields</summary><p id="closed" style="width:500px">inside a closed block</p></details>
</article></div></body></html>
"""


@pytest.mark.parametrize("strict", [True, False])
def test_layout_check_reports_what_sticks_out(strict: bool, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 400, "height": 600})
    page = context.new_page()
    try:
        page.set_content(BROKEN_LAYOUT)
        problems = layout_problems(page, strict=strict)
    finally:
        context.close()
    joined = "\n".join(problems)
    assert 'code "PUT /checkouts/' in joined  # the clipped heading of the issue
    assert "div#hidden" in joined
    assert "overflow-x hidden" in joined
    assert ("div#scrolls" in joined) is strict  # a scroll box is allowed on a phone only
    assert "p#closed" in joined  # measured with its <details> opened
    assert "the page pans sideways" in joined


def _in_view(page: Any, selector: str) -> bool:
    """The element's top edge is inside the viewport, below the sticky header."""
    top = page.eval_on_selector(selector, "e => e.getBoundingClientRect().top")
    header = page.eval_on_selector("header.md-header", "e => e.getBoundingClientRect().bottom")
    return bool(header - 1 <= top < VIEWPORT["height"] - 50)


def _heading_code(page: Any, anchor: str) -> str:
    return str(page.inner_text(f"h3[id='{anchor}'] > code")).strip()


# Clicks every operation row of a page inside the browser, in one round trip: per row, the real
# link is clicked, then, two frames later, the URL's hash, the heading's place (in the viewport,
# below the sticky header) and the heading's method and path are read. Smooth scrolling is turned
# off for this, so each jump lands at once; the first row is clicked with it on (see the test).
CLICK_EVERY_ROW = """async ([viewportHeight]) => {
  document.documentElement.style.scrollBehavior = "auto";
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const header = document.querySelector("header.md-header");
  const problems = [];
  let checked = 0;
  for (const row of document.querySelectorAll("article table tbody tr")) {
    const cells = row.querySelectorAll("td");
    const link = cells[0] && cells[0].querySelector("a[href^='#']");
    if (!link) continue;
    const anchor = link.getAttribute("href").slice(1);
    const heading = document.querySelector(`h3[id='${anchor}']`);
    if (!heading) continue;  // a troubleshooting row: it links to operations too, checked elsewhere
    const want = `${cells[1].innerText.trim()} ${cells[2].innerText.trim()}`;
    link.click();
    await frame();
    const top = heading.getBoundingClientRect().top;
    const below = header.getBoundingClientRect().bottom;
    if (location.hash !== "#" + anchor) problems.push(`#${anchor}: the URL says ${location.hash}`);
    if (!(below - 1 <= top && top < viewportHeight - 50)) {
      problems.push(`#${anchor}: heading not in view after clicking its row`);
    }
    const code = heading.querySelector(":scope > code").innerText.trim();
    if (code !== want) problems.push(`#${anchor}: row says ${want}, heading says ${code}`);
    checked += 1;
    window.scrollTo(0, 0);
    await frame();
  }
  document.documentElement.style.scrollBehavior = "";
  return [checked, problems];
}"""


@pytest.mark.parametrize("family", ["server", "storefront"])
def test_every_table_row_scrolls_to_its_own_operation(family: str, watched: Watched) -> None:
    page = watched.page
    watched.open(f"/reference/{family}/")
    # One row as a user clicks it, smooth scrolling and all.
    row = page.query_selector("article table tbody tr:has(td:first-child a[href^='#'])")
    cells = row.query_selector_all("td")
    anchor = cells[0].query_selector("a").get_attribute("href")[1:]
    cells[0].query_selector("a").click()
    page.wait_for_function("a => location.hash === '#' + a", arg=anchor)
    page.wait_for_timeout(400)  # let the smooth scroll settle
    assert _in_view(page, f"h3[id='{anchor}']")
    assert _heading_code(page, anchor) == f"{cells[1].inner_text().strip()} {cells[2].inner_text().strip()}"
    watched.shot(f"{family}-row-click.png")
    page.evaluate("window.scrollTo(0, 0)")
    # Then every row.
    checked, problems = page.evaluate(CLICK_EVERY_ROW, [VIEWPORT["height"]])
    assert checked >= 15, f"only {checked} table rows found on the {family} page"
    assert problems == []


def test_search_finds_an_operation_and_opens_it(watched: Watched) -> None:
    page = watched.page
    watched.open("/")
    page.wait_for_load_state("networkidle")  # the search worker has loaded its index
    page.click("input.md-search__input")
    page.keyboard.type("Create an order", delay=20)
    page.wait_for_selector("li.md-search-result__item a.md-search-result__link", timeout=10_000)
    # The first result that is an operation (each page's group opens with the page's own link).
    first = page.locator("li.md-search-result__item a.md-search-result__link[href*='#']").first
    watched.shot("search-results.png")
    href = first.get_attribute("href")
    assert href is not None
    assert href.endswith("#server-create-order"), f"first result is {href}"
    first.click()
    page.wait_for_function("() => location.hash === '#server-create-order'")
    page.wait_for_timeout(100)
    assert "/reference/server/" in page.url
    assert _in_view(page, "h3[id='server-create-order']")
    assert _heading_code(page, "server-create-order") == "POST /checkouts/{checkoutId}/orders"
    watched.shot("search-landed.png")


def test_code_tabs_switch_between_python_and_curl(watched: Watched) -> None:
    page = watched.page
    watched.open("/reference/server/#server-add-checkout-coupon")
    section = "h3[id='server-add-checkout-coupon'] ~ div.tabbed-set"
    tabs = page.query_selector(section)
    assert tabs is not None

    setup = page.query_selector("h2[id='server-setup'] ~ div.tabbed-set")
    assert setup is not None

    def visible_code(tab_set: Any = tabs) -> str:
        blocks = [b for b in tab_set.query_selector_all("div.tabbed-block") if b.is_visible()]
        assert len(blocks) == 1
        return str(blocks[0].inner_text())

    python = visible_code()
    assert "client.checkouts.coupons.add(" in python
    tabs.scroll_into_view_if_needed()
    watched.shot("tabs-python.png")

    [curl_label] = [label for label in tabs.query_selector_all("label") if label.inner_text() == "curl"]
    curl_label.click()
    page.wait_for_timeout(100)
    curl = visible_code()
    assert curl != python
    assert curl.startswith('curl -sS -X POST "$BASE/checkouts/$CHECKOUT_ID/coupons"')
    assert "client.checkouts" not in curl
    watched.shot("tabs-curl.png")
    # Tabs are linked: the page's set-up block switched to curl too, and it defines the variables.
    setup_curl = visible_code(setup)
    assert 'BASE="https://api.bigcommerce.com/stores/k7x2q9rm/v3"' in setup_curl
    assert "CHECKOUT_ID=" in setup_curl


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/", "home.png"),
        ("/guides/headless-checkout/", "guide-headless-checkout.png"),
        ("/troubleshooting/", "troubleshooting.png"),
        ("/reference/storefront/#storefront-update-checkout-line-item", "storefront-line-item.png"),
        ("/api/clients/", "api-clients.png"),
    ],
)
def test_pages_render_without_errors(path: str, name: str, watched: Watched) -> None:
    watched.open(path)
    assert watched.page.query_selector("article h1") is not None
    watched.shot(name)


def test_nested_request_body_fields_open(watched: Watched) -> None:
    page = watched.page
    watched.open("/reference/storefront/#storefront-update-checkout-line-item")
    details = page.query_selector("h3[id='storefront-update-checkout-line-item'] ~ details.info")
    assert details is not None
    details.query_selector("summary").click()
    nested = details.query_selector("li > ul > li code")  # a field nested in another
    assert nested is not None
    assert nested.is_visible()
    details.scroll_into_view_if_needed()
    watched.shot("storefront-body-fields.png")


def test_response_fields_open_and_link_to_their_objects(watched: Watched) -> None:
    page = watched.page
    watched.open("/reference/storefront/#storefront-get-checkout")
    details = page.query_selector(
        "h3[id='storefront-get-checkout'] ~ details.info:has(summary:text-is('Response fields'))"
    )
    assert details is not None
    link = details.query_selector("a[href='#storefront-object-storefront-cart']")
    assert link is not None
    assert not link.is_visible()  # collapsed until the reader opens it
    details.query_selector("summary").click()
    assert link.is_visible()
    details.scroll_into_view_if_needed()
    watched.shot("storefront-response-fields.png")
    link.click()
    page.wait_for_function("() => location.hash === '#storefront-object-storefront-cart'")
    page.wait_for_timeout(100)
    assert _in_view(page, "h3[id='storefront-object-storefront-cart']")
    # The object's own fields follow its heading, with links onwards (its line items, say).
    fields = page.query_selector("h3[id='storefront-object-storefront-cart'] + p + ul")
    assert fields is not None
    assert fields.query_selector("a[href='#storefront-object-storefront-line-items']") is not None
    watched.shot("storefront-cart-object.png")
