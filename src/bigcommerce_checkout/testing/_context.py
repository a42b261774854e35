"""The types a route handler sees: the validated request, and the route that describes it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ._errors import ApiError, not_found
from ._state import Checkout, Store

Api = Literal["server", "storefront", "payments"]


@dataclass
class Request:
    """One call, after routing, auth and validation: what a handler acts on."""

    store: Store
    params: dict[str, str]
    body: Any = None  # the validated model, or None when the operation takes no body
    include: frozenset[str] = frozenset()
    raw_body: bytes = b""
    # Added with the carts: which API was called, the storefront session the request carries
    # (its SHOP_SESSION_TOKEN cookie, "" when none), and the whole validated query model.
    api: Api = "server"
    session: str = ""
    query: Any = None

    @property
    def raw(self) -> Any:
        """The body as plain JSON, for the rare question where an absent key differs from `null`."""
        return json.loads(self.raw_body) if self.raw_body.strip() else {}

    def checkout(self) -> Checkout:
        found = self.store.checkouts.get(self.params.get("checkoutId", ""))
        if found is None:
            raise not_found()
        if self.api == "storefront":
            owned(found, self.session, "checkout")
        return found


def owned(checkout: Checkout, session: str, what: str) -> None:
    """The storefront session rule: a cart (and so its checkout) answers only to the session that owns it.

    BigCommerce's storefront finds carts through the shopper's session, so a request without the
    owner's `SHOP_SESSION_TOKEN` cookie is answered as if the cart did not exist: 404, the status
    the storefront documents for a cart it cannot find (no published answer shows a dedicated
    status for a missing session; 404 also says nothing about whether the id exists).
    """
    if not session or checkout.session_token != session:
        raise ApiError(
            404,
            f"The {what} was not found",
            detail="No cart of this shopper's session has this id: send the session cookie "
            "(SHOP_SESSION_TOKEN) of the shopper who owns the cart.",
        )


@dataclass
class Reply:
    """A handler's answer when it is not a 200 with a JSON body: another status, headers, or no body."""

    status: int
    payload: Any = None  # None: no body (204)
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Any]


@dataclass(frozen=True)
class Route:
    """One operation of the spec: its method, path template, models and handler."""

    operation_id: str
    method: str
    template: str
    handler: Handler = field(compare=False)
    body: Any = None  # a generated model (or list alias) the body must decode into
    body_required: bool = False
    query: type[Any] | None = None
    # Added with the carts: the status of a body that does not fit its model. 422 as the checkout
    # operations document it; 400 where the operation documents that instead (metafields, cart settings).
    invalid_body: int = 422

    @property
    def api(self) -> Api:
        """server: `/stores/{store_hash}/v3/...` (or `/v2/...`); payments: the payments host's `/stores/{store_hash}/payments`."""
        if not self.template.startswith("/stores/"):
            return "storefront"
        return "server" if self.segments[2] in ("v2", "v3") else "payments"

    @property
    def v2(self) -> bool:
        """An Orders v2 route: its errors are a list of `{status, message}` (see `_dispatch`)."""
        return self.segments[2:3] == ("v2",)

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))

    def match(self, parts: tuple[str, ...]) -> dict[str, str] | None:
        """The path parameters if `parts` (decoded path segments) fit this template."""
        segments = self.segments
        if len(parts) != len(segments):
            return None
        params = {}
        for segment, part in zip(segments, parts, strict=True):
            name = re.fullmatch(r"\{(\w+)\}", segment)
            if name:
                if not part:
                    return None
                params[name.group(1)] = part
            elif segment != part:
                return None
        return params

    @property
    def literal_count(self) -> int:
        """More literal segments = more specific (`/checkouts/settings` beats `/checkouts/{id}`)."""
        return sum(1 for s in self.segments if not s.startswith("{"))
