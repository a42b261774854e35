"""Code examples for the reference pages: Python (sync and async) from `x-python`, and curl.

Each page opens with one set-up block (imports, credentials, the client; for curl, the shell
variables); each operation's example is then only the call. The test suite runs every Python
example, after its page's set-up block, against the local fake server: what the docs show works.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
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


def setup_example(family: str, client: str, *, asynchronous: bool, imports: Sequence[str] = ()) -> str:
    """The client set-up the page's examples share: imports, credentials, the client."""
    names = ", ".join([client, *imports])
    if family in ("server", "v2", "payments"):
        lines = ["import os", "", f"from bigcommerce_checkout import {names}", ""]
        if family == "payments":
            lines += [
                "# The order's payment access token (client.payments.access_tokens.create).",
                f"payment_access_token = {PAT_SOURCE}",
            ]
        lines += ["# The access token of a store API account with the scopes the calls need."]
        arguments = f'store_hash="{STORE_HASH}", access_token={TOKEN_SOURCE}'
    else:
        lines = [f"from bigcommerce_checkout import {names}", ""]
        lines += [
            "# The shopper's session cookie, as their browser sent it to your server.",
            f'cookies = {{"{SESSION_COOKIE}": "the-shopper-session-token"}}',
        ]
        arguments = f'store_domain="{STORE_DOMAIN}", cookies=cookies'
    assignment = f"client = {client}({arguments})"
    if len(assignment) > WIDTH:
        assignment = f"client = {client}(\n    {arguments}\n)"
    closing = "await client.close()" if asynchronous else "client.close()"
    lines += [assignment, "", f"# Make the calls below on it; when you are done: {closing}"]
    return _fence("python", lines)


def python_example(variable: str, call: Call, *, asynchronous: bool) -> str:
    """The call alone, on the `client` of the page's set-up block, keeping the result."""
    assign = f"{variable} = " + ("await " if asynchronous else "")
    return _fence("python", (assign + call_source("client", call, 0, len(assign))).split("\n"))


def shell_quote(text: str) -> str:
    """Single-quote `text` for a POSIX shell (a quote inside becomes '\\'')."""
    return "'" + text.replace("'", "'\\''") + "'"


def curl_setup(family: str, base_url: str, checkout_id: str) -> str:
    """The shell variables the page's curl examples use."""
    if family in ("server", "v2"):
        lines = ["# BIGCOMMERCE_ACCESS_TOKEN holds the access token of a store API account."]
    elif family == "payments":
        lines = ["# BIGCOMMERCE_PAYMENT_ACCESS_TOKEN holds the order's payment access token."]
    else:
        lines = [f"# {SESSION_COOKIE} holds the shopper's session cookie."]
    lines += [f'BASE="{base_url}"']
    if family in ("server", "storefront"):  # no checkout in the paths of the others
        lines += ["# A checkout's id is the id of its cart.", f'CHECKOUT_ID="{checkout_id}"']
    return _fence("bash", lines)


def curl_example(
    family: str,
    method: str,
    path: str,
    variables: dict[str, Any],
    query: dict[str, Any],
    body: Any,
    accept: str = "application/json",
) -> str:
    """A curl command on the page's `$BASE`: path ids as shell variables, then the call."""
    lines = [f'{name}="{value}"' for name, value in variables.items()]
    command = "curl -sS" + ("" if method == "GET" else f" -X {method}")
    url = f'"$BASE{path}"'
    parts = [f"{command} {url}"] if len(f"{command} {url} \\") <= WIDTH else [command, url]
    parts += [f"--url-query {shell_quote(f'{k}={v}')}" for k, v in query.items()]
    if family in ("server", "v2"):
        parts.append('-H "X-Auth-Token: $BIGCOMMERCE_ACCESS_TOKEN"')
    elif family == "payments":
        parts.append('-H "Authorization: PAT $BIGCOMMERCE_PAYMENT_ACCESS_TOKEN"')
    else:
        parts.append(f'--cookie "{SESSION_COOKIE}=${SESSION_COOKIE}"')
    parts.append(f'-H "Accept: {accept}"')
    if body is not None:
        parts.append('-H "Content-Type: application/json"')
        compact = json.dumps(body, ensure_ascii=False)
        text = compact if len(compact) <= 60 else json.dumps(body, indent=2, ensure_ascii=False)
        parts.append("--data " + shell_quote(text))
    lines += " \\\n  ".join(parts).split("\n")
    return _fence("bash", lines)


def _fence(language: str, lines: list[str]) -> str:
    return "\n".join([f"```{language}", *lines, "```"])
