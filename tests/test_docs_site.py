"""Build the docs site once and check the rendered reference page against the spec.

BigCommerce's old "Checkouts" overview pages had rows titled one thing but linking to another
endpoint, sections repeating another section's rows, and an empty "Troubleshooting Checkout Errors"
heading. Each check below looks for one of those defects in the built HTML. The checkers take a
BeautifulSoup object and return a list of problems, so a failure says exactly what is wrong; the
`*_reports_*` tests feed them small broken snippets to prove they can fail.
"""

from __future__ import annotations

import inspect
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup, SoupStrainer, Tag

import bigcommerce_checkout
from tests.spec_tools import load_yaml, resolve

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "bigcommerce-checkout.yaml"
SERVER_PREFIX = "/stores/{store_hash}/v3"
SERVER_PAGE = Path("reference") / "server" / "index.html"
TROUBLESHOOTING_TITLE = "Troubleshooting checkout errors"
SETUP_TITLE = "Client set-up"
OBJECTS_TITLE = "Response objects"
# The h2 sections of a reference page that are not a group of operations.
HELPERS_SETUP_TITLE = "Set-up"  # the identity page's: credentials for helpers, no client
NOT_OPERATIONS = {TROUBLESHOOTING_TITLE, SETUP_TITLE, HELPERS_SETUP_TITLE, OBJECTS_TITLE}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

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


def _by_id(soup: Tag, anchor: str) -> Tag | None:
    """`soup.find(id=anchor)`, from an index of the page's ids kept on the soup (pages are never
    changed after parsing): find scans the whole page each time, and the checks below look up
    hundreds of anchors in pages of a megabyte."""
    index: dict[str, Tag] | None = vars(soup).get("_by_id")
    if index is None:
        index = {}
        for element in soup.find_all(id=True):
            index.setdefault(str(element["id"]), element)  # the first in document order, as find's
        vars(soup)["_by_id"] = index
    return index.get(anchor)


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
        if _text(h2) in NOT_OPERATIONS:
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
    """Every h3 of the page by id, except those of the response objects: each documents one operation."""
    article = soup.find("article") or soup
    return {
        h3.get("id", ""): h3
        for h3 in article.find_all("h3")
        if _text(h3.find_previous("h2") or h3) != OBJECTS_TITLE
    }


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
    target = _by_id(soup, anchor)
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


def in_family(path: str, prefix: str) -> bool:
    """Whether a spec path belongs to the family of `prefix`: the longest prefix it starts with."""
    matching = [p for p, _ in FAMILIES.values() if path.startswith(p + "/")]
    return path.startswith(prefix + "/") and prefix == max(matching, key=len)


def spec_operations(spec: dict[str, Any], prefix: str = SERVER_PREFIX) -> set[Operation]:
    """Every operation of one API family in the spec, its path relative to the family's base URL."""
    return {
        (method.upper(), path[len(prefix) :])
        for path, item in spec.get("paths", {}).items()
        if in_family(path, prefix)
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
            target = _by_id(soup, anchor) if anchor else None
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

FAMILIES = {
    # family -> (path prefix in the spec, built page)
    "server": (SERVER_PREFIX, SERVER_PAGE),
    "v2": ("/stores/{store_hash}/v2", Path("reference") / "v2" / "index.html"),
    "storefront": ("/api/storefront", Path("reference") / "storefront" / "index.html"),
    # BigCommerce's payments host: /stores/{store_hash}/payments, called with a payment access token
    "payments": ("/stores/{store_hash}", Path("reference") / "payments" / "index.html"),
    # the storefront's own pages (customer login, current customer): paths outside every API prefix
    "identity": ("", Path("reference") / "identity" / "index.html"),
}


@pytest.fixture(scope="module")
def site(built_site: Path) -> Path:
    """The site built once per test session, in strict mode, with no warning (see conftest)."""
    return built_site


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[str, BeautifulSoup]:
    """Both reference pages, parsed, by API family."""
    found = {}
    for family, (_, page) in FAMILIES.items():
        assert (site / page).is_file(), f"{page} was not built"
        found[family] = _soup(site / page)
    return found


@pytest.fixture(scope="module")
def server_page(pages: dict[str, BeautifulSoup]) -> BeautifulSoup:
    return pages["server"]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(SPEC_PATH)
    return data


def test_site_has_the_nav_pages(site: Path) -> None:
    for page in (
        "index.html",
        "guides/headless-checkout/index.html",
        "guides/consignments/index.html",
        "guides/discounts-and-payments/index.html",
        "guides/errors-and-retries/index.html",
        "guides/regenerating/index.html",
        "benchmarks/index.html",
        "troubleshooting/index.html",
        "reference/server/index.html",
        "reference/storefront/index.html",
        "api/clients/index.html",
        "api/errors/index.html",
        "api/testing/index.html",
        "api/customers/index.html",
        "guides/signing-in-shoppers/index.html",
        "reference/identity/index.html",
    ):
        assert (site / page).is_file(), page


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_section_rows_link_to_their_own_operation(family: str, pages: dict[str, BeautifulSoup]) -> None:
    assert check_section_tables(pages[family]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_no_row_repeated_and_no_operation_in_two_sections(
    family: str, pages: dict[str, BeautifulSoup]
) -> None:
    assert check_no_repeats(pages[family]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_operation_has_exactly_one_row(family: str, pages: dict[str, BeautifulSoup]) -> None:
    assert check_every_operation_listed_once(pages[family]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_page_operations_equal_spec_operations(
    family: str, pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    prefix = FAMILIES[family][0]
    expected = spec_operations(spec, prefix)
    assert expected, f"no operation under {prefix} in {SPEC_PATH}"
    assert check_operations_match_spec(pages[family], expected) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_troubleshooting_section_is_filled(family: str, pages: dict[str, BeautifulSoup]) -> None:
    assert check_troubleshooting(pages[family]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_operation_says_how_to_call_it(family: str, pages: dict[str, BeautifulSoup]) -> None:
    """Auth, the Python method, and the three example tabs, under each operation heading."""
    problems = []
    for anchor, h3 in _operation_headings(pages[family]).items():
        content = _section_content_until_h3(h3)
        text = " ".join(_text(e) for e in content)
        tabs = [_text(label) for e in content for label in e.select(".tabbed-labels label")]
        if family == "identity":  # the browser's request; your server's helper, which makes none
            if tabs != ["Python", "curl"]:
                problems.append(f"#{anchor}: example tabs are {tabs}")
            if not any(
                a.get("href", "").startswith("../../api/customers/") for e in content for a in e.find_all("a")
            ):
                problems.append(f"#{anchor}: no link to the helper's API page")
            continue
        if tabs != ["Python", "Python (async)", "curl"]:
            problems.append(f"#{anchor}: example tabs are {tabs}")
        if family in ("server", "v2") and not re.search(
            r"OAuth scope `?store_(checkouts|cart|v2_information|payments|v2_orders|v2_transactions)|no OAuth scope needed",
            text,
        ):
            problems.append(f"#{anchor}: no OAuth scope")
        if family == "payments" and "Authorization: PAT" not in text:
            problems.append(f"#{anchor}: does not say it takes the payment access token")
        if family == "storefront" and "session cookie" not in text:
            problems.append(f"#{anchor}: does not say it runs in the shopper's session")
        if not any(
            a.get("href", "").startswith("../../api/clients/") for e in content for a in e.find_all("a")
        ):
            problems.append(f"#{anchor}: no link to the Python client's API page")
    assert problems == []


def _section_content_until_h3(heading: Tag) -> list[Tag]:
    out = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h1", "h2", "h3"):
            break
        out.append(sibling)
    return out


def test_no_page_loads_from_the_network(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages

    def assets(page: Path) -> BeautifulSoup:  # the only tags the check reads: a quarter of the time
        text = page.read_text(encoding="utf-8")
        return BeautifulSoup(text, "html.parser", parse_only=SoupStrainer(["script", "link"]))

    problems = [
        f"{page.relative_to(site)}: {p}" for page in pages for p in check_no_remote_assets(assets(page))
    ]
    assert problems == []


# --------------------------------------------------------------------------- response fields
#
# Read straight from the spec (not through the generator): every object a response can hold, and
# every field of it, must be on the page. Named objects (components with fields) have a section of
# their own under "Response objects"; a field holding one links to it.


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """Follow `$ref`s (local JSON pointers) to the schema they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node if isinstance(node, dict) else {}


def _schema_name(node: Any) -> str | None:
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None


def _is_named_object(spec: dict[str, Any], node: Any) -> bool:
    resolved = _resolve(spec, node)
    return _schema_name(node) is not None and bool(resolved.get("properties") or resolved.get("allOf"))


def _named_in(spec: dict[str, Any], node: Any) -> list[str]:
    """Named objects a schema is, or holds in an array or a union (not inside its fields)."""
    if _is_named_object(spec, node):
        return [str(_schema_name(node))]
    resolved = _resolve(spec, node)
    found = []
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in resolved.get(key, []):
            found += _named_in(spec, branch)
    if "items" in resolved:
        found += _named_in(spec, resolved["items"])
    return found


def _properties(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """The fields of an object schema: allOf parts merged, a nullable object's null branch dropped."""
    resolved = _resolve(spec, node)
    props: dict[str, Any] = dict(resolved.get("properties", {}))
    for part in resolved.get("allOf", []):
        props.update(_properties(spec, part))
    for key in ("anyOf", "oneOf"):
        branches = [b for b in resolved.get(key, []) if _resolve(spec, b).get("type") != "null"]
        if len(branches) == 1:
            props.update(_properties(spec, branches[0]))
    if resolved.get("type") == "array":
        props.update(_properties(spec, resolved.get("items", {})))
    return props


def _nullable(spec: dict[str, Any], node: Any) -> bool:
    resolved = _resolve(spec, node)
    kind = resolved.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_nullable(spec, b) for key in ("anyOf", "oneOf") for b in resolved.get(key, []))


def _enum(spec: dict[str, Any], node: Any) -> list[Any]:
    resolved = _resolve(spec, node)
    values = list(resolved.get("enum", []))
    for key in ("anyOf", "oneOf"):
        for branch in resolved.get(key, []):
            values += _enum(spec, branch)
    return values


def response_schemas(spec: dict[str, Any], prefix: str) -> list[tuple[str, str, Any]]:
    """(operationId, status, body schema) of every response with a JSON body, for one API family."""
    found = []
    for path, item in spec["paths"].items():
        if not in_family(path, prefix):
            continue
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in op.get("responses", {}).items():
                media = _resolve(spec, response).get("content", {}).get("application/json", {})
                if "schema" in media:
                    found.append((op["operationId"], str(status), media["schema"]))
    return found


def response_objects(spec: dict[str, Any], prefix: str) -> list[str]:
    """Every named object any response of the family can contain, at any depth."""
    queue = [name for _, _, schema in response_schemas(spec, prefix) for name in _named_in(spec, schema)]
    seen: list[str] = []
    while queue:
        name = queue.pop(0)
        if name in seen:
            continue
        seen.append(name)
        node = {"$ref": f"#/components/schemas/{name}"}
        stack = list(_properties(spec, node).values())
        while stack:  # fields, and the fields of unnamed objects inside them
            sub = stack.pop()
            named = _named_in(spec, sub)
            queue += named
            if not named:
                stack += list(_properties(spec, sub).values())
    return seen


def object_anchor(family: str, name: str) -> str:
    return f"{family}-object-" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def _field_items(ul: Tag) -> dict[str, Tag]:
    """The items of a field list by field name (the first code span of each item)."""
    items = {}
    for li in ul.find_all("li", recursive=False):
        code = li.find("code")
        if code is not None:
            items[_text(code)] = li
    return items


def check_field_list(spec: dict[str, Any], family: str, node: Any, ul: Tag | None, where: str) -> list[str]:
    """Every field of `node` is an item of `ul`: type, nullability, allowed values, nested fields."""
    expected = _properties(spec, node)
    if ul is None:
        return [f"{where}: no field list (expected {sorted(expected)})"] if expected else []
    items = _field_items(ul)
    problems = [f"{where}: field {n!r} is missing" for n in expected if n not in items]
    problems += [f"{where}: field {n!r} is not in the spec" for n in items if n not in expected]
    for name, sub in expected.items():
        li = items.get(name)
        if li is None:
            continue
        text = _text(li)
        if _nullable(spec, sub) and "null" not in text:
            problems.append(f"{where}.{name}: can be null, the docs do not say so")
        problems += [
            f"{where}.{name}: allowed value {v!r} is not listed"
            for v in _enum(spec, sub)
            if str(v) not in text
        ]
        named = _named_in(spec, sub)
        links = {str(a.get("href", "")) for a in li.find_all("a", recursive=True)}
        problems += [
            f"{where}.{name}: does not link to {n}"
            for n in named
            if f"#{object_anchor(family, n)}" not in links
        ]
        if not named:
            problems += check_field_list(spec, family, sub, li.find("ul"), f"{where}.{name}")
    return problems


def _after(heading: Tag, name: str) -> Tag | None:
    """The first `name` element after a heading, before the next heading."""
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h1", "h2", "h3"):
            return None
        found = sibling if sibling.name == name else sibling.find(name)
        if found is not None:
            return found
    return None


def check_response_objects(soup: BeautifulSoup, spec: dict[str, Any], family: str, prefix: str) -> list[str]:
    problems = []
    names = response_objects(spec, prefix)
    if not names:
        problems.append(f"no response object found for {prefix} in the spec")
    for name in names:
        heading = _by_id(soup, object_anchor(family, name))
        if heading is None or heading.name != "h3" or _text(heading.find_previous("h2")) != OBJECTS_TITLE:
            problems.append(f"{name}: no heading #{object_anchor(family, name)} under {OBJECTS_TITLE!r}")
            continue
        node = {"$ref": f"#/components/schemas/{name}"}
        problems += check_field_list(spec, family, node, _after(heading, "ul"), name)
    return problems


def check_operation_responses(
    soup: BeautifulSoup, spec: dict[str, Any], family: str, prefix: str
) -> list[str]:
    """Under each operation: the body of every status links to its object; 2xx fields are listed."""
    problems = []
    by_id = {str(h3.get("id")): h3 for h3 in _operation_headings(soup).values()}
    for op_id, status, schema in response_schemas(spec, prefix):
        anchor = next(
            (a for a in by_id if a.startswith(f"{family}-") and _op_anchor(family, op_id) == a), None
        )
        if anchor is None:
            problems.append(f"{op_id}: no operation heading")
            continue
        content = _section_content_until_h3(by_id[anchor])
        row = next(
            (r for e in content for r in e.find_all("tr") if r.find("td") and _text(r.find("td")) == status),
            None,
        )
        links = {str(a.get("href", "")) for a in row.find_all("a")} if row is not None else set()
        problems += [
            f"#{anchor} {status}: the body does not link to {n}"
            for n in _named_in(spec, schema)
            if f"#{object_anchor(family, n)}" not in links
        ]
        if status.startswith("2"):
            fields = [
                d
                for e in content
                for d in ([e] if e.name == "details" else e.find_all("details"))
                if "Response fields" in _text(d.find("summary") or d)
            ]
            resolved = resolve(spec, schema)  # an object of any fields (a capture's `{}`) lists none
            free_form = resolved.get("type") == "object" and not resolved.get("properties")
            if len(fields) != (0 if free_form else 1):
                problems.append(f"#{anchor} {status}: {len(fields)} 'Response fields' blocks")
                continue
            if free_form:
                continue
            problems += check_field_list(spec, family, schema, fields[0].find("ul"), f"#{anchor} {status}")
    return problems


def _op_anchor(family: str, op_id: str) -> str:
    base = op_id[len(family) :] if op_id.lower().startswith(family) else op_id
    base = base[:1].lower() + base[1:]
    return f"{family}-" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", base).lower()


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_response_object_and_field_is_documented(
    family: str, pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    assert check_response_objects(pages[family], spec, family, FAMILIES[family][0]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_operation_lists_its_response_fields(
    family: str, pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    assert check_operation_responses(pages[family], spec, family, FAMILIES[family][0]) == []


def test_response_checks_report_missing_fields_nulls_enums_and_links() -> None:
    spec = {
        "paths": {
            "/api/storefront/checkouts": {
                "get": {
                    "operationId": "storefrontGetThing",
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "id": {"type": ["string", "null"]},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "part": {"$ref": "#/components/schemas/Part"},
                        "inline": {"type": "object", "properties": {"deep": {"type": "integer"}}},
                    },
                },
                "Part": {"type": "object", "properties": {"size": {"type": "integer"}}},
            }
        },
    }
    assert response_objects(spec, "/api/storefront") == ["Thing", "Part"]
    page = _page(
        f"<h2>{OBJECTS_TITLE}</h2>"
        '<h3 id="storefront-object-thing">Thing</h3><ul>'
        "<li><code>id</code> (string)</li>"  # says nothing of null
        "<li><code>kind</code> (string): Allowed: <code>a</code>.</li>"  # b is missing
        "<li><code>part</code> (Part)</li>"  # no link
        "<li><code>inline</code> (object)<ul><li><code>other</code> (integer)</li></ul></li>"
        "<li><code>extra</code> (string)</li></ul>"
    )
    problems = check_response_objects(page, spec, "storefront", "/api/storefront")
    assert problems == [
        "Thing: field 'extra' is not in the spec",
        "Thing.id: can be null, the docs do not say so",
        "Thing.kind: allowed value 'b' is not listed",
        "Thing.part: does not link to Part",
        "Thing.inline: field 'deep' is missing",
        "Thing.inline: field 'other' is not in the spec",
        "Part: no heading #storefront-object-part under 'Response objects'",
    ]


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


# --------------------------------------------------------------------------- the old overview pages

SOURCE_PAGES = ROOT.parent / "shared" / "source-pages"
OLD_HEADING = re.compile(r"^#{2,3}\s+(?P<title>.+?)\s*$")
OLD_ROW = re.compile(r"^\|\s*\[`(?P<title>[^`]+)`\]\((?P<url>[^)]*)\)\s*\|(?P<description>[^|]*)\|\s*$")
OldRow = tuple[str, str, str]  # (page file, section, title)
Endpoint = tuple[str, str, str]  # (family, METHOD, path relative to the family's base URL)

CHECKOUT = "/checkouts/{checkoutId}"
# Each row of the old tables, by its title, mapped to the endpoint it should have named. The old
# links are not trusted (several point at another endpoint); the titles say what each row means.
OLD_TITLES: dict[str, tuple[Endpoint, ...]] = {
    "Get a Checkout": (("server", "GET", CHECKOUT),),
    # Listed in the server Checkouts table but marked as storefront; both APIs have it.
    "Update Customer Messages": (("storefront", "PUT", CHECKOUT), ("server", "PUT", CHECKOUT)),
    "Add Checkout Billing Address": (("server", "POST", CHECKOUT + "/billing-address"),),
    "Update Checkout Billing Address": (("server", "PUT", CHECKOUT + "/billing-address/{addressId}"),),
    "Add Consignment to Checkout": (("server", "POST", CHECKOUT + "/consignments"),),
    "Update Checkout Consignment": (("server", "PUT", CHECKOUT + "/consignments/{consignmentId}"),),
    "Add Coupon to Checkout": (("server", "POST", CHECKOUT + "/coupons"),),
    "Delete Checkout Coupon": (("server", "DELETE", CHECKOUT + "/coupons/{couponCode}"),),
    "Create an Order": (("server", "POST", CHECKOUT + "/orders"),),
    "Update a Line Item": (("storefront", "PUT", CHECKOUT + "/carts/{cartId}/items/{itemId}"),),
    "Delete a Line Item": (("storefront", "DELETE", CHECKOUT + "/carts/{cartId}/items/{itemId}"),),
    "Add Gift Certificate to Checkout": (("storefront", "POST", CHECKOUT + "/gift-certificates"),),
    "Delete Gift Certificate": (
        ("storefront", "DELETE", CHECKOUT + "/gift-certificates/{giftCertificateCode}"),
    ),
}
# A row whose description names another operation than its title: the third "Update Checkout
# Consignment" row describes (and links to) deleting a consignment. Both must be documented.
OLD_DESCRIPTIONS: dict[str, tuple[Endpoint, ...]] = {
    "Deletes a Consignment from Checkout": (
        ("server", "DELETE", CHECKOUT + "/consignments/{consignmentId}"),
    ),
}


def parse_old_tables(text: str, name: str) -> list[tuple[OldRow, str]]:
    """The rows of an old page's Markdown tables: ((page, section, title), description)."""
    rows = []
    section = ""
    for line in text.splitlines():
        if heading := OLD_HEADING.match(line):
            section = heading["title"]
        elif row := OLD_ROW.match(line.strip()):
            rows.append(((name, section, row["title"].strip()), row["description"].strip()))
    return rows


def expected_endpoints(title: str, description: str) -> tuple[Endpoint, ...] | None:
    if title not in OLD_TITLES:
        return None
    return OLD_TITLES[title] + OLD_DESCRIPTIONS.get(description, ())


def check_old_rows(
    rows: list[tuple[OldRow, str]], pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> list[str]:
    """Every old row's endpoint has one heading on the right page, titled with the spec's summary."""
    summaries = {
        (family, method.upper(), path[len(prefix) :]): op["summary"]
        for family, (prefix, _) in FAMILIES.items()
        for path, item in spec["paths"].items()
        if in_family(path, prefix)
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    documented = {
        family: {
            parsed[1]: parsed[0]
            for h3 in _operation_headings(soup).values()
            if (parsed := _heading_operation(h3))
        }
        for family, soup in pages.items()
    }
    problems = []
    for (page, section, title), description in rows:
        where = f"{page}, section {section!r}, row {title!r}"
        endpoints = expected_endpoints(title, description)
        if endpoints is None:
            problems.append(f"{where}: no endpoint is known for this title; add it to OLD_TITLES")
            continue
        for family, method, path in endpoints:
            if (family, method, path) not in summaries:
                problems.append(f"{where}: {family} {method} {path} is not in the spec")
                continue
            heading = documented[family].get((method, path))
            if heading is None:
                others = [f for f, ops in documented.items() if (method, path) in ops]
                problems.append(f"{where}: {method} {path} is not on the {family} page (found on {others})")
            elif heading != summaries[(family, method, path)]:
                problems.append(f"{where}: {method} {path} is titled {heading!r}, not its summary")
    return problems


@pytest.fixture(scope="module")
def old_rows() -> list[tuple[OldRow, str]]:
    if not SOURCE_PAGES.is_dir():
        pytest.skip(f"{SOURCE_PAGES} is absent: the old overview pages are only in the shared folder")
    rows = []
    for page in sorted(SOURCE_PAGES.glob("*.txt")):
        rows += parse_old_tables(page.read_text(encoding="utf-8"), page.name)
    assert rows, f"no table rows found in {SOURCE_PAGES}/*.txt: has the table format changed?"
    return rows


def test_every_endpoint_of_the_old_pages_is_documented_under_its_name(
    old_rows: list[tuple[OldRow, str]], pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    assert check_old_rows(old_rows, pages, spec) == []


def test_old_pages_parse_into_their_known_tables(old_rows: list[tuple[OldRow, str]]) -> None:
    by_page = Counter(page for (page, _, _), _ in old_rows)
    # 000: 1 + 2 + 3 + 2 + 1 + 3 + 3 rows; 001 adds the storefront rows and drops the repeats.
    assert by_page == {"000_b30299b010cf313d.txt": 15, "001_da09d7fa7b9cec5f.txt": 14}
    titles = {title for (_, _, title), _ in old_rows}
    assert titles == set(OLD_TITLES)


def test_old_row_check_reports_unknown_titles_and_misplaced_endpoints(
    pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    text = (
        "## Checkouts\n\nResource / Endpoint|Description|\n|-|-|\n"
        "|[`Get a Checkout`](https://example.com/wrong)|Returns a Checkout|\n"
        "|[`Frobnicate a Checkout`](https://example.com/x)|Does what?|\n"
        "|[`Create an Order`](https://example.com/y)|Creates an Order|\n"
    )
    rows = parse_old_tables(text, "old.txt")
    assert [r[0][2] for r in rows] == ["Get a Checkout", "Frobnicate a Checkout", "Create an Order"]
    moved = {"server": pages["storefront"], "storefront": pages["server"]}  # the pages swapped
    problems = check_old_rows(rows, moved, spec)
    assert any("'Frobnicate a Checkout': no endpoint is known" in p for p in problems), problems
    assert any(
        "POST /checkouts/{checkoutId}/orders is not on the server page (found on ['storefront'])" in p
        for p in problems
    ), problems
    # GET /checkouts/{checkoutId} is on both pages, under each page's own summary.
    assert any(
        "'Get a Checkout': GET /checkouts/{checkoutId} is titled 'Get the checkout'" in p for p in problems
    )


# --------------------------------------------------------------------------- the clients' method index


def test_clients_page_lists_every_method_once_with_its_operation(
    site: Path, pages: dict[str, BeautifulSoup], spec: dict[str, Any]
) -> None:
    soup = _soup(site / "api" / "clients" / "index.html")
    problems = []
    for family, (prefix, _) in FAMILIES.items():
        if family == "identity":  # helpers of the package, not client methods: api/customers.md
            continue
        expected = {
            op["x-python"]: op["summary"]
            for path, item in spec["paths"].items()
            if in_family(path, prefix)
            for method, op in item.items()
            if method in HTTP_METHODS
        }
        heading = soup.find(id=f"{family}-methods")
        table = heading.find_next("table") if heading is not None else None
        if table is None:
            problems.append(f"no method table under #{family}-methods")
            continue
        listed = Counter()
        for cells in _rows(table):
            method = _text(cells[0]).removeprefix("client.").removesuffix("()")
            listed[method] += 1
            link = cells[1].find("a")
            href = str(link.get("href", "")) if link is not None else ""
            anchor = href.partition("#")[2]
            target = _by_id(pages[family], anchor)
            parsed = _heading_operation(target) if target is not None else None
            if f"reference/{family}/" not in href or parsed is None:
                problems.append(
                    f"{family} {method}: links to {href!r}, not an operation of the {family} page"
                )
            elif parsed[0] != expected.get(method):
                problems.append(
                    f"{family} {method}: links to {parsed[0]!r}, expected {expected.get(method)!r}"
                )
        if dict(listed) != dict.fromkeys(expected, 1):
            problems.append(
                f"{family}: methods listed {dict(listed)}, expected each of {sorted(expected)} once"
            )
    assert problems == []


# --------------------------------------------------------------------------- the Python API pages

CLIENT_NAMES = ("CheckoutClient", "AsyncCheckoutClient", "StorefrontClient", "AsyncStorefrontClient")


def _object_section(soup: BeautifulSoup, identifier: str) -> Tag:
    """The mkdocstrings block documenting one object (its heading carries the id)."""
    heading = soup.find(id=identifier)
    assert heading is not None, f"no #{identifier}"
    block = heading.find_parent("div", class_="doc-object")
    assert isinstance(block, Tag), identifier
    return block


@pytest.mark.parametrize("name", CLIENT_NAMES)
def test_client_pages_show_constructor_and_shared_members(site: Path, name: str) -> None:
    soup = _soup(site / "api" / "clients" / "index.html")
    block = _object_section(soup, f"bigcommerce_checkout.{name}")
    text = _text(block)
    assert "_SyncClient" not in text
    assert "_AsyncClient" not in text
    params = block.find("table")
    assert params is not None, f"{name}: no parameter table"
    documented = {_text(row.find("td")) for row in params.find_all("tr") if row.find("td")}
    cls = getattr(bigcommerce_checkout, name)
    expected = set(inspect.signature(cls.__init__).parameters) - {"self"}  # every argument, none made up
    assert {"timeout", "max_retries", "base_url", "http_client"} <= expected
    assert documented == expected, name
    manager = ("__aenter__", "__aexit__") if name.startswith("Async") else ("__enter__", "__exit__")
    for member in ("with_options", "rate_limit", "close", *manager):
        assert soup.find(id=f"bigcommerce_checkout.{name}.{member}") is not None, f"{name}.{member}"


def test_capture_responses_example_is_code(site: Path) -> None:
    soup = _soup(site / "api" / "clients" / "index.html")
    block = _object_section(soup, "bigcommerce_checkout.capture_responses")
    codes = [_text(pre) for pre in block.find_all("pre")]
    assert any("with capture_responses() as responses:" in code for code in codes), codes


def repeated_phrases(article: Tag, length: int = 5) -> list[str]:
    """Runs of `length` words that two paragraphs share: a page saying the same thing twice."""
    seen: dict[str, int] = {}
    repeated = []
    for n, paragraph in enumerate(article.find_all("p")):
        words = re.findall(r"[\w'-]+", _text(paragraph).lower())
        for i in range(len(words) - length + 1):
            phrase = " ".join(words[i : i + length])
            if seen.setdefault(phrase, n) != n and phrase not in repeated:
                repeated.append(phrase)
    return repeated


@pytest.mark.parametrize("page", ["errors", "testing"])
def test_api_pages_do_not_repeat_themselves(site: Path, page: str) -> None:
    article = _soup(site / "api" / page / "index.html").find("article")
    assert isinstance(article, Tag)
    assert repeated_phrases(article) == []


def test_repeated_phrases_finds_an_intro_said_twice() -> None:
    soup = _page(
        "<p>Everything the client raises derives from <code>BigCommerceError</code>.</p>"
        "<p>One error hierarchy: everything the client raises derives from BigCommerceError.</p>"
        "<p>Something else entirely, said only once here.</p>"
    )
    article = soup.find("article")
    assert isinstance(article, Tag)
    assert repeated_phrases(article)[0] == "everything the client raises derives"


def test_errors_page_table_matches_the_status_classes(site: Path) -> None:
    import bigcommerce_checkout
    from bigcommerce_checkout import _exceptions

    article = _soup(site / "api" / "errors" / "index.html").find("article")
    assert isinstance(article, Tag)
    table = next(t for t in article.find_all("table") if "Exception" in _text(t.find("tr")))
    listed = {_text(cells[0]): _text(cells[1]) for cells in _rows(table)}
    expected = {cls.__name__: str(status) for status, cls in _exceptions._BY_STATUS.items()}
    expected["InternalServerError"] = "5xx"
    assert listed == expected
    assert all(hasattr(bigcommerce_checkout, name) for name in listed)


def test_contributor_pages_are_out_of_the_user_navigation() -> None:
    """Benchmarks and regenerating are for people working on the package: their own last section."""
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]

    def pages(entry: Any) -> list[str]:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        return [value] if isinstance(value, str) else [p for e in value for p in pages(e)]

    contributing = [e for e in nav if isinstance(e, dict) and "Contributing" in e]
    assert contributing == [nav[-1]], "a last 'Contributing' section"
    assert set(pages(nav[-1])) == {"benchmarks.md", "guides/regenerating.md"}
    user_pages = [p for e in nav[:-1] for p in pages(e)]
    assert "benchmarks.md" not in user_pages
    assert "guides/regenerating.md" not in user_pages
