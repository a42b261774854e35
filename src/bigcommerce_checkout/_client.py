"""The clients users construct."""

from __future__ import annotations

from types import TracebackType

import httpx

from ._base_client import DEFAULT_TIMEOUT, SERVER_BASE_URL, SyncAPIClient, _TokenAuth, check_header_value
from ._inputs import path_id
from .resources.checkouts import Checkouts


class CheckoutClient:
    """Client for the server-to-server Checkout API (`/stores/{store_hash}/v3/checkouts`).

    Use it as a context manager, or call `close()`, to release pooled connections.
    """

    def __init__(
        self,
        *,
        store_hash: str,
        access_token: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        base_url: str = SERVER_BASE_URL,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.store_hash = path_id(check_header_value("store_hash", store_hash), "store_hash")
        self._api = SyncAPIClient(
            base_url=base_url,
            auth=_TokenAuth(check_header_value("access_token", access_token)),
            timeout=timeout,
            http_client=http_client,
        )
        self.checkouts = Checkouts(self._api, self.store_hash)

    def close(self) -> None:
        """Close the connection pool (unless the caller passed their own httpx client)."""
        self._api.close()

    def __enter__(self) -> CheckoutClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CheckoutClient(store_hash={self.store_hash!r}, access_token=<redacted>)"
