"""Code examples for the reference pages: Python (sync and async) from `x-python`, and curl.

The Python examples are complete programs: the test suite runs each one against the local fake
server, so what the docs show is what works.
"""

from __future__ import annotations

import json
from typing import Any

WIDTH = 79  # lines of the examples fit the code blocks of the site without scrolling
TOKEN_SOURCE = "os.environ[" + json.dumps("BIGCOMMERCE_ACCESS_TOKEN") + "]"  # source code for the examples
STORE_HASH = "k7x2q9rm"
STORE_DOMAIN = "shop.example.com"
SESSION_COOKIE = "SHOP_SESSION_TOKEN"
PAT_SOURCE = "os.environ[" + json.dumps("BIGCOMMERCE_PAYMENT_ACCESS_TOKEN") + "]"

# A facade call: (method path relative to the client, positional arguments, keyword arguments)
Call = tuple[str, list[Any], dict[str, Any]]


class Source(str):
    """Python source pasted into a call as it is (a variable's name), not a value to quote."""

    __slots__ = ()


def py_literal(value: Any, indent: int = 0, column: int | None = None, tail: int = 0) -> str:
    """`value` (parsed JSON) as Python source, formatted as ruff formats it.

    The value starts at `column` (by default `indent`) of a line indented by `indent`, and `tail`
    characters (a comma, a bracket) follow it: it stays on that line if everything fits, else it
    opens with one item per line, each ending with a comma.
    """
    flat = _flat(value)
    start = indent if column is None else column
    if start + len(flat) + tail <= WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            key = f"{json.dumps(k, ensure_ascii=False)}: "
            items.append(f"{pad}{key}{py_literal(v, indent + 4, indent + 4 + len(key), 1)},")
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    items = [f"{pad}{py_literal(v, indent + 4, tail=1)}," for v in value]
    return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"


def _flat(value: Any) -> str:
    if isinstance(value, Source):
        return str(value)
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_flat(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    if value is None or isinstance(value, bool):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def call_source(target: str, call: Call, indent: int, column: int) -> str:
    """`target.method(args..., key=value...)` starting at `column` of a statement indented by
    `indent`; one argument per line when it does not fit on the line."""
    method, args, kwargs = call
    parts = [_flat(a) for a in args] + [f"{k}={_flat(v)}" for k, v in kwargs.items()]
    flat = f"{target}.{method}({', '.join(parts)})"
    if column + len(flat) <= WIDTH:
        return flat
    pad = " " * (indent + 4)
    lines = [f"{pad}{py_literal(a, indent + 4, tail=1)}," for a in args]
    lines += [f"{pad}{k}={py_literal(v, indent + 4, indent + 5 + len(k), 1)}," for k, v in kwargs.items()]
    return f"{target}.{method}(\n" + "\n".join(lines) + "\n" + " " * indent + ")"


def _opening(family: str, client: str, asynchronous: bool) -> tuple[list[str], str]:
    """Imports and setup lines, and the `with` line that opens the client."""
    with_ = "async with" if asynchronous else "with"
    imports = ["import asyncio"] if asynchronous else []
    if family in ("server", "payments"):
        imports.append("import os")
        setup = [*imports, "", f"from bigcommerce_checkout import {client}", ""]
        setup += [
            "# The access token of a store API account with the scope the call needs.",
            f"token = {TOKEN_SOURCE}",
            "",
        ]
        if family == "payments":
            setup += [
                "# The order's payment access token (client.payments.access_tokens.create).",
                f"payment_access_token = {PAT_SOURCE}",
                "",
            ]
        return setup, f'{with_} {client}(store_hash="{STORE_HASH}", access_token=token) as client:'

    setup = [*imports, "", f"from bigcommerce_checkout import {client}", ""]
    setup = [line for i, line in enumerate(setup) if line or i > 0]
    setup += [
        "# The shopper's session cookie, as their browser sent it to your server.",
        f'cookies = {{"{SESSION_COOKIE}": "the-shopper-session-token"}}',
        "",
    ]
    opening = f'{with_} {client}(store_domain="{STORE_DOMAIN}", cookies=cookies) as client:'
    return setup, opening


def _wrap_with(line: str, indent: int) -> str:
    """`with Client(a=1, b=2) as client:` split over three lines when it is too long."""
    if indent + len(line) <= WIDTH:
        return " " * indent + line
    head, _, rest = line.partition("(")
    arguments, _, tail = rest.rpartition(")")
    pad = " " * indent
    return f"{pad}{head}(\n{pad}    {arguments}\n{pad}){tail}"


def python_example(family: str, client: str, variable: str, call: Call, *, asynchronous: bool) -> str:
    """A complete program that opens a client, makes the call and keeps the result."""
    setup, opening = _opening(family, client, asynchronous)
    if not asynchronous:
        assign = f"    {variable} = "
        body = [_wrap_with(opening, 0), assign + call_source("client", call, 4, len(assign))]
        return _fence("python", [*setup, *body])
    inner = [
        "",
        "async def main() -> None:",
        _wrap_with(opening, 4),
        f"        {variable} = await " + call_source("client", call, 8, 8 + len(variable) + 9),
        "",
        "",
        "asyncio.run(main())",
    ]
    return _fence("python", [*setup, *inner])


def shell_quote(text: str) -> str:
    """Single-quote `text` for a POSIX shell (a quote inside becomes '\\'')."""
    return "'" + text.replace("'", "'\\''") + "'"


def curl_example(family: str, method: str, url: str, body: Any, accept: str = "application/json") -> str:
    """A curl command against the real base URL, with the example body."""
    first = "curl -sS" + ("" if method == "GET" else f" -X {method}") + f' "{url}"'
    lines = [first]
    if family == "server":
        lines.append('-H "X-Auth-Token: $BIGCOMMERCE_ACCESS_TOKEN"')
    elif family == "payments":
        lines.append('-H "Authorization: PAT $BIGCOMMERCE_PAYMENT_ACCESS_TOKEN"')
    else:
        lines.append(f'--cookie "{SESSION_COOKIE}=$SHOP_SESSION_TOKEN"')
    lines.append(f'-H "Accept: {accept}"')
    if body is not None:
        lines.append('-H "Content-Type: application/json"')
        compact = json.dumps(body, ensure_ascii=False)
        text = compact if len(compact) <= 60 else json.dumps(body, indent=2, ensure_ascii=False)
        lines.append("--data " + shell_quote(text))
    text = " \\\n  ".join(lines)
    return _fence("bash", text.split("\n"))


def _fence(language: str, lines: list[str]) -> str:
    return "\n".join([f"```{language}", *lines, "```"])
