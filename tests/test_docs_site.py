"""Build the docs site once and check the rendered reference page against the spec.

BigCommerce's old "Checkouts" overview pages had rows titled one thing but linking to another
endpoint, sections repeating another section's rows, and an empty "Troubleshooting Checkout Errors"
heading. Each check below looks for one of those defects in the built HTML. The checkers take a
BeautifulSoup object and return a list of problems, so a failure says exactly what is wrong; the
`*_reports_*` tests feed them small broken snippets to prove they can fail.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "bigcommerce-checkout.yaml"
SERVER_PREFIX = "/stores/{store_hash}/v3"
SERVER_PAGE = Path("reference") / "server" / "index.html"
TROUBLESHOOTING_TITLE = "Troubleshooting checkout errors"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
WARNING_LINE = re.compile(r"^\s*WARNING\b", re.MULTILINE)

# (method, path relative to the base URL), e.g. ("GET", "/checkouts/{checkoutId}")
Operation = tuple[str, str]


# --------------------------------------------------------------------------- helpers


def _text(node: Tag) -> str:
    """Visible text of a node, without the `¶` permalink that `toc` adds to headings."""
    parts = [
        s
        for s in node.find_all(string=True)
        if not any(isinstance(p, Tag) and "headerlink" in (p.get("class") or []) for p in s.parents)
    ]
    return " ".join("".join(parts).split())


def _heading_operation(heading: Tag) -> tuple[str, Operation] | None:
    """`Get a checkout: <code>GET /checkouts/{checkoutId}</code>` -> ("Get a checkout", ("GET", path))."""
    code = heading.find("code")
    if code is None:
        return None
    method, _, path = _text(code).partition(" ")
    title = _text(heading)
    suffix = f"{method} {path}"
    if not title.endswith(suffix):
        return None
    return title[: -len(suffix)].strip().rstrip(":").strip(), (method, path)


def _section_content(heading: Tag) -> list[Tag]:
    """The elements after a heading, up to the next h1 or h2."""
    out = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h1", "h2"):
            break
        out.append(sibling)
    return out


def _sections(soup: BeautifulSoup) -> list[tuple[Tag, Tag | None]]:
    """Each operation section's h2 with the first table before its first h3 (None if there is none)."""
    article = soup.find("article") or soup
    found = []
    for h2 in article.find_all("h2"):
        if _text(h2) == TROUBLESHOOTING_TITLE:
            continue
        table = None
        for element in _section_content(h2):
            if element.name == "h3":
                break
            table = element if element.name == "table" else element.find("table")
            if table is not None:
                break
        found.append((h2, table))
    return found


def _rows(table: Tag) -> list[list[Tag]]:
    """The body rows of a table, as lists of cells."""
    body = table.find("tbody") or table
    return [row.find_all(["td", "th"]) for row in body.find_all("tr") if row.find("td")]


def _operation_headings(soup: BeautifulSoup) -> dict[str, Tag]:
    """Every h3 of the page by id; on the reference page each one documents one operation."""
    article = soup.find("article") or soup
    return {h3.get("id", ""): h3 for h3 in article.find_all("h3")}


def _fragment(link: Tag) -> str | None:
    href = str(link.get("href", ""))
    return href[1:] if href.startswith("#") and len(href) > 1 else None


# --------------------------------------------------------------------------- checkers


def check_section_tables(soup: BeautifulSoup) -> list[str]:
    """(a) Each section's table: every row links to an h3 on this page documenting that very row."""
    problems = []
    sections = _sections(soup)
    if not sections:
        problems.append("the page has no h2 sections")
    for h2, table in sections:
        where = f"section {_text(h2)!r}"
        if table is None:
            problems.append(f"{where}: no table between the heading and its first operation")
            continue
        rows = _rows(table)
        if not rows:
            problems.append(f"{where}: the table has no rows")
        for cells in rows:
            problems += _check_row(soup, where, cells)
    return problems


def _check_row(soup: BeautifulSoup, where: str, cells: list[Tag]) -> list[str]:
    if len(cells) < 4:
        return [f"{where}: row {[_text(c) for c in cells]} has {len(cells)} cells, expected 4"]
    title, method, path, description = (_text(c) for c in cells[:4])
    row = f"{where}, row {title!r} ({method} {path})"
    named = {"title": title, "method": method, "path": path, "description": description}
    problems = [f"{row}: the {name} cell is empty" for name, value in named.items() if not value]
    anchor = _row_anchor(cells)
    if anchor is None:
        return [*problems, f"{row}: the first cell has no '#anchor' link"]
    target = soup.find(id=anchor)
    if target is None:
        return [*problems, f"{row}: links to #{anchor}, which is not on the page"]
    if target.name != "h3":
        return [*problems, f"{row}: links to #{anchor}, a <{target.name}>, not an operation heading (h3)"]
    parsed = _heading_operation(target)
    if parsed is None:
        return [*problems, f"{row}: heading #{anchor} {_text(target)!r} has no 'METHOD /path' code span"]
    heading_title, (heading_method, heading_path) = parsed
    if (heading_method, heading_path) != (method, path):
        problems.append(f"{row}: links to #{anchor}, which documents {heading_method} {heading_path}")
    if heading_title != title:
        problems.append(f"{row}: links to #{anchor}, whose heading is titled {heading_title!r}")
    return problems


def _row_anchor(cells: list[Tag]) -> str | None:
    link = cells[0].find("a") if cells else None
    return _fragment(link) if link is not None else None


def check_no_repeats(soup: BeautifulSoup) -> list[str]:
    """(b) No row twice in a section, and no operation listed by two sections."""
    problems = []
    sections_of: dict[str, list[str]] = defaultdict(list)
    for h2, table in _sections(soup):
        if table is None:
            continue
        section = _text(h2)
        rows = Counter(tuple(_text(c) for c in cells[:3]) for cells in _rows(table))
        problems += [
            f"section {section!r}: row {list(row)} appears {n} times" for row, n in rows.items() if n > 1
        ]
        anchors = Counter(a for cells in _rows(table) if (a := _row_anchor(cells)) is not None)
        problems += [
            f"section {section!r}: #{a} is linked from {n} rows" for a, n in anchors.items() if n > 1
        ]
        for anchor in anchors:
            sections_of[anchor].append(section)
    for anchor, sections in sorted(sections_of.items()):
        if len(sections) > 1:
            problems.append(f"#{anchor} is linked from several sections: {sections}")
    return problems


def check_every_operation_listed_once(soup: BeautifulSoup) -> list[str]:
    """(c) Every h3 operation heading has exactly one table row pointing at it."""
    links = Counter(
        anchor
        for _, table in _sections(soup)
        if table is not None
        for cells in _rows(table)
        if (anchor := _row_anchor(cells)) is not None
    )
    problems = []
    for anchor, h3 in _operation_headings(soup).items():
        if links[anchor] != 1:
            problems.append(
                f"heading #{anchor} {_text(h3)!r} is linked from {links[anchor]} table rows, expected 1"
            )
    return problems


def page_operations(soup: BeautifulSoup) -> tuple[set[Operation], list[str]]:
    """The operations documented by the page's h3 headings, and the headings that are not operations."""
    found: set[Operation] = set()
    problems = []
    for anchor, h3 in _operation_headings(soup).items():
        parsed = _heading_operation(h3)
        if parsed is None:
            problems.append(f"heading #{anchor} {_text(h3)!r} does not name a 'METHOD /path'")
        elif parsed[1] in found:
            problems.append(f"{parsed[1][0]} {parsed[1][1]} has more than one heading")
        else:
            found.add(parsed[1])
    return found, problems


def spec_operations(spec: dict[str, Any], prefix: str = SERVER_PREFIX) -> set[Operation]:
    """Every operation of one API family in the spec, its path relative to the family's base URL."""
    return {
        (method.upper(), path[len(prefix) :])
        for path, item in spec.get("paths", {}).items()
        if path.startswith(prefix + "/")
        for method in item
        if method in HTTP_METHODS
    }


def check_operations_match_spec(soup: BeautifulSoup, expected: set[Operation]) -> list[str]:
    """(d) The page documents exactly the spec's operations: none missing, none extra."""
    found, problems = page_operations(soup)
    problems += [f"missing from the page: {m} {p}" for m, p in sorted(expected - found)]
    problems += [f"on the page but not in the spec: {m} {p}" for m, p in sorted(found - expected)]
    return problems


def _troubleshooting_table(soup: BeautifulSoup) -> tuple[Tag | None, list[str]]:
    article = soup.find("article") or soup
    headings = [h for h in article.find_all(["h2", "h3"]) if _text(h) == TROUBLESHOOTING_TITLE]
    if len(headings) != 1:
        return None, [f"expected one {TROUBLESHOOTING_TITLE!r} heading, found {len(headings)}"]
    content = _section_content(headings[0])
    if not any(_text(element) for element in content):
        return None, [f"the {TROUBLESHOOTING_TITLE!r} section is empty"]
    for element in content:
        table = element if element.name == "table" else element.find("table")
        if table is not None:
            return table, []
    return None, [f"the {TROUBLESHOOTING_TITLE!r} section has no table"]


def check_troubleshooting(soup: BeautifulSoup) -> list[str]:
    """(e) The troubleshooting section has a filled table of errors; each link reaches an operation."""
    table, problems = _troubleshooting_table(soup)
    if table is None:
        return problems
    rows = _rows(table)
    if not rows:
        problems.append(f"the {TROUBLESHOOTING_TITLE!r} table has no rows")
    problems += [f"troubleshooting {p}" for p in blank_cells(table)]
    for cells in rows:
        row = f"troubleshooting row {_text(cells[0])!r}"
        links = [a for cell in cells for a in cell.find_all("a")]
        if not links:
            problems.append(f"{row}: links to no operation")
        for link in links:
            anchor = _fragment(link)
            target = soup.find(id=anchor) if anchor else None
            if target is None or target.name != "h3" or _heading_operation(target) is None:
                problems.append(
                    f"{row}: link {link.get('href')!r} ({_text(link)!r}) is not an operation heading"
                )
    return problems


def blank_cells(table: Tag) -> list[str]:
    """Cells of a table's body that say nothing."""
    headers = [_text(th) for th in table.find_all("th")]
    problems = []
    for cells in _rows(table):
        for i, cell in enumerate(cells):
            if not _text(cell):
                column = headers[i] if i < len(headers) else str(i)
                problems.append(f"row {_text(cells[0])!r}: the {column!r} cell is empty")
    return problems


def check_no_remote_assets(soup: BeautifulSoup) -> list[str]:
    """(f) The page loads no script or stylesheet (or font, icon...) from another site."""
    problems = []
    for tag, attribute in (("script", "src"), ("link", "href")):
        for element in soup.find_all(tag):
            url = str(element.get(attribute) or "").strip()
            rel = set(element.get("rel") or [])
            if tag == "link" and rel & {"canonical", "alternate"}:
                continue  # these name the page's own addresses; the browser loads nothing from them
            if re.match(r"(?i)(https?:)?//", url):
                problems.append(f"<{tag} {attribute}={url!r}> loads from the network")
    return problems


# --------------------------------------------------------------------------- the built site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site once, in strict mode; fail on any warning."""
    site_dir = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # silence material's end-of-life banner
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    output = ANSI_ESCAPE.sub("", proc.stdout + proc.stderr)
    assert proc.returncode == 0, f"mkdocs build failed:\n{output}"
    assert not WARNING_LINE.search(output), f"mkdocs build warned:\n{output}"
    return site_dir


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def server_page(site: Path) -> BeautifulSoup:
    page = site / SERVER_PAGE
    assert page.is_file(), f"{SERVER_PAGE} was not built"
    return _soup(page)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def test_site_has_the_nav_pages(site: Path) -> None:
    for page in ("index.html", "quickstart/index.html", "reference/server/index.html"):
        assert (site / page).is_file(), page


def test_section_rows_link_to_their_own_operation(server_page: BeautifulSoup) -> None:
    assert check_section_tables(server_page) == []


def test_no_row_repeated_and_no_operation_in_two_sections(server_page: BeautifulSoup) -> None:
    assert check_no_repeats(server_page) == []


def test_every_operation_has_exactly_one_row(server_page: BeautifulSoup) -> None:
    assert check_every_operation_listed_once(server_page) == []


def test_page_operations_equal_spec_operations(server_page: BeautifulSoup, spec: dict[str, Any]) -> None:
    expected = spec_operations(spec)
    assert expected, f"no operation under {SERVER_PREFIX} in {SPEC_PATH}"
    assert check_operations_match_spec(server_page, expected) == []


def test_troubleshooting_section_is_filled(server_page: BeautifulSoup) -> None:
    assert check_troubleshooting(server_page) == []


def test_no_page_loads_from_the_network(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages
    problems = [
        f"{page.relative_to(site)}: {p}" for page in pages for p in check_no_remote_assets(_soup(page))
    ]
    assert problems == []


# --------------------------------------------------------------------------- the checkers can fail


def _page(body: str) -> BeautifulSoup:
    return BeautifulSoup(f"<html><head></head><body><article>{body}</article></body></html>", "html.parser")


def _table(*rows: tuple[str, str, str, str]) -> str:
    cells = "".join(
        f'<tr><td><a href="#{anchor}">{title}</a></td><td><code>{method}</code></td>'
        f"<td><code>{path}</code></td><td>Does a thing.</td></tr>"
        for title, anchor, method, path in rows
    )
    return (
        "<table><thead><tr><th>Operation</th><th>Method</th><th>Path</th><th>Description</th></tr></thead>"
        f"<tbody>{cells}</tbody></table>"
    )


def _h3(anchor: str, title: str, method: str, path: str) -> str:
    return f'<h3 id="{anchor}">{title}: <code>{method} {path}</code><a class="headerlink" href="#{anchor}">¶</a></h3>'


def _op_h3(op: tuple[str, str, str, str]) -> str:
    title, anchor, method, path = op
    return _h3(anchor, title, method, path)


GET = ("Get a checkout", "get", "GET", "/checkouts/{checkoutId}")
ADD = ("Add a coupon", "add", "POST", "/checkouts/{checkoutId}/coupons")
GOOD = (
    '<h2 id="a">Checkouts</h2>'
    + _table(GET)
    + _op_h3(GET)
    + '<h2 id="b">Coupons</h2>'
    + _table(ADD)
    + _op_h3(ADD)
    + f"<h2>{TROUBLESHOOTING_TITLE}</h2>"
    + '<table><tbody><tr><td><code>409</code></td><td><a href="#add">Add a coupon</a></td></tr></tbody></table>'
)
OPERATIONS = {("GET", "/checkouts/{checkoutId}"), ("POST", "/checkouts/{checkoutId}/coupons")}


def test_checkers_accept_a_good_page() -> None:
    soup = _page(GOOD)
    assert check_section_tables(soup) == []
    assert check_no_repeats(soup) == []
    assert check_every_operation_listed_once(soup) == []
    assert check_operations_match_spec(soup, OPERATIONS) == []
    assert check_troubleshooting(soup) == []


def test_section_check_reports_a_row_linking_to_another_operation() -> None:
    # The old page's defect: a row titled "Update Checkout Consignment" linking to the billing address.
    body = (
        "<h2>Consignments</h2>"
        + _table(
            ("Update a consignment", "billing", "PUT", "/checkouts/{checkoutId}/consignments/{consignmentId}")
        )
        + _h3(
            "billing",
            "Update the billing address",
            "PUT",
            "/checkouts/{checkoutId}/billing-address/{addressId}",
        )
    )
    problems = check_section_tables(_page(body))
    assert any("documents PUT /checkouts/{checkoutId}/billing-address/{addressId}" in p for p in problems), (
        problems
    )
    assert any("whose heading is titled 'Update the billing address'" in p for p in problems), problems


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<h2>Orders</h2><p>No table.</p>" + _op_h3(GET), "no table"),
        ("<h2>Orders</h2>" + _table(GET), "not on the page"),
        ("<h2>Orders</h2>" + _table(GET) + '<p id="get">Not a heading</p>', "not an operation heading"),
        ("<h2>Orders</h2>" + _table(GET) + '<h3 id="get">Get a checkout</h3>', "no 'METHOD /path' code span"),
        (
            "<h2>Orders</h2>" + _table(("Get a checkout", "get", "POST", GET[3])) + _op_h3(GET),
            "which documents GET",
        ),
    ],
)
def test_section_check_reports_broken_rows(body: str, expected: str) -> None:
    problems = check_section_tables(_page(body))
    assert any(expected in p for p in problems), problems


def test_repeat_check_reports_repeated_rows_and_shared_operations() -> None:
    # The old page's other defect: "Checkout Cart Items" repeating the consignment rows.
    body = "<h2>Consignments</h2>" + _table(GET, GET) + _op_h3(GET) + "<h2>Cart items</h2>" + _table(GET)
    problems = check_no_repeats(_page(body))
    assert any("appears 2 times" in p for p in problems), problems
    assert any("linked from 2 rows" in p for p in problems), problems
    assert any("#get is linked from several sections" in p for p in problems), problems


def test_listed_once_check_reports_unlisted_and_twice_listed_operations() -> None:
    body = "<h2>Checkouts</h2>" + _table(GET, GET) + _op_h3(GET) + _op_h3(ADD)
    problems = check_every_operation_listed_once(_page(body))
    assert any("#get" in p and "from 2 table rows" in p for p in problems), problems
    assert any("#add" in p and "from 0 table rows" in p for p in problems), problems


def test_spec_check_reports_missing_and_extra_operations() -> None:
    spec = {
        "paths": {
            SERVER_PREFIX + "/checkouts/{checkoutId}": {"parameters": [], "get": {}},
            SERVER_PREFIX + "/checkouts/{checkoutId}/orders": {"post": {}},
            "/api/storefront/checkouts/{checkoutId}": {"get": {}},  # another family: not on this page
        }
    }
    expected = spec_operations(spec)
    assert expected == {("GET", "/checkouts/{checkoutId}"), ("POST", "/checkouts/{checkoutId}/orders")}
    problems = check_operations_match_spec(_page(GOOD), expected)
    assert problems == [
        "missing from the page: POST /checkouts/{checkoutId}/orders",
        "on the page but not in the spec: POST /checkouts/{checkoutId}/coupons",
    ]


@pytest.mark.parametrize(
    ("troubleshooting", "expected"),
    [
        ("", "expected one 'Troubleshooting checkout errors' heading, found 0"),
        (f"<h3>{TROUBLESHOOTING_TITLE}</h3>", "section is empty"),  # the old page, exactly
        (f"<h2>{TROUBLESHOOTING_TITLE}</h2><p>Errors happen.</p>", "has no table"),
        (f"<h2>{TROUBLESHOOTING_TITLE}</h2><table><tbody></tbody></table><p>x</p>", "has no rows"),
        (
            f'<h2>{TROUBLESHOOTING_TITLE}</h2><table><tbody><tr><td>404</td><td><a href="#gone">Gone</a></td>'
            "</tr></tbody></table>",
            "'#gone' ('Gone') is not an operation heading",
        ),
        (
            f"<h2>{TROUBLESHOOTING_TITLE}</h2><table><thead><tr><th>Status</th><th>Returned by</th>"
            '<th>What to do</th></tr></thead><tbody><tr><td>404</td><td><a href="#get">Get</a></td>'
            "<td></td></tr></tbody></table>",
            "row '404': the 'What to do' cell is empty",
        ),
    ],
)
def test_troubleshooting_check_reports_an_empty_or_broken_section(
    troubleshooting: str, expected: str
) -> None:
    body = '<h2 id="a">Checkouts</h2>' + _table(GET) + _op_h3(GET) + troubleshooting
    problems = check_troubleshooting(_page(body))
    assert any(expected in p for p in problems), problems


def test_blank_cells_reports_an_empty_cell() -> None:
    soup = _page(
        "<table><thead><tr><th>Status</th><th>What to do</th></tr></thead>"
        "<tbody><tr><td>409</td><td> </td></tr></tbody></table>"
    )
    table = soup.find("table")
    assert isinstance(table, Tag)
    assert blank_cells(table) == ["row '409': the 'What to do' cell is empty"]


def test_remote_asset_check_reports_cdn_scripts_and_stylesheets() -> None:
    soup = BeautifulSoup(
        '<html><head><script src="https://unpkg.com/iframe-worker/shim"></script>'
        '<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto">'
        '<link rel="stylesheet" href="../assets/main.css"><script src="assets/bundle.js"></script>'
        '<link rel="canonical" href="https://example.com/page/"></head></html>',
        "html.parser",
    )
    assert check_no_remote_assets(soup) == [
        "<script src='https://unpkg.com/iframe-worker/shim'> loads from the network",
        "<link href='//fonts.googleapis.com/css?family=Roboto'> loads from the network",
    ]
