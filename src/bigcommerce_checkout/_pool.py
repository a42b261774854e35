"""httpcore's pool bookkeeping, in linear time, for the connection pools the clients make.

Each time a call takes or gives back a connection, httpcore 1.0's pool (`_assign_requests_to_connections`)
looks at every connection, and for each idle one counts the pool's connections by building a list
of them: `len([connection.is_idle() for connection in self._connections])`, which is only
`len(self._connections)`. With 64 connections, mostly idle, that is 4,096 calls per hand-over,
milliseconds of CPU per request (the "quadratic rescans" of issue 22). The method below is
httpcore 1.0's, line for line, with that count written as what it is: it decides exactly the same.

It replaces the method on our own pools only, and only under httpcore 1.0.x, whose code it
copies (tests/test_client_concurrency.py keeps the copy honest). Any other version keeps its own.
"""

from __future__ import annotations

from types import MethodType
from typing import Any

import httpcore
import httpx


def _assign_requests_to_connections(self: Any) -> list[Any]:
    closing_connections = []

    # Clean up connections that are closed, have expired their keep-alive, or surplus idle ones.
    for connection in list(self._connections):
        if connection.is_closed():
            self._connections.remove(connection)
        elif connection.has_expired():  # noqa: SIM114 - httpcore's branches, kept as they are
            self._connections.remove(connection)
            closing_connections.append(connection)
        elif connection.is_idle() and len(self._connections) > self._max_keepalive_connections:
            self._connections.remove(connection)
            closing_connections.append(connection)

    # Assign queued requests to connections.
    queued_requests = [request for request in self._requests if request.is_queued()]
    for pool_request in queued_requests:
        origin = pool_request.request.url.origin
        available_connections = [
            connection
            for connection in self._connections
            if connection.can_handle_request(origin) and connection.is_available()
        ]
        idle_connections = [connection for connection in self._connections if connection.is_idle()]
        if available_connections:
            connection = available_connections[0]
            pool_request.assign_to_connection(connection)
        elif len(self._connections) < self._max_connections:
            connection = self.create_connection(origin)
            self._connections.append(connection)
            pool_request.assign_to_connection(connection)
        elif idle_connections:
            connection = idle_connections[0]
            self._connections.remove(connection)
            closing_connections.append(connection)
            connection = self.create_connection(origin)
            self._connections.append(connection)
            pool_request.assign_to_connection(connection)

    return closing_connections


def schedule_linearly(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Give the pool of a client we made the linear bookkeeping; False where it is left alone."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    if not httpcore.__version__.startswith("1.0.") or not isinstance(
        pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool
    ):
        return False
    pool._assign_requests_to_connections = MethodType(_assign_requests_to_connections, pool)  # type: ignore[method-assign]
    return True
