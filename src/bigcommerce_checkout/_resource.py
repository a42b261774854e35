"""Resources: one class per section of the API, sync and async, sharing one request builder.

Each operation is written once, as a builder that checks its arguments and returns a `Call`.
`sync_op` and `async_op` turn a builder into a method with the builder's exact signature, so the
sync and async clients cannot drift apart and mypy sees every parameter.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from ._base_client import AsyncAPIClient, Call, SyncAPIClient

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """What builders need besides their arguments."""

    store_hash: str = ""


class SyncResource:
    def __init__(self, api: SyncAPIClient, context: Context) -> None:
        self._api = api
        self._context = context


class AsyncResource:
    def __init__(self, api: AsyncAPIClient, context: Context) -> None:
        self._api = api
        self._context = context


def sync_op(builder: Callable[Concatenate[Context, P], Call[T]]) -> Callable[Concatenate[SyncResource, P], T]:
    @functools.wraps(builder)
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._api.request(builder(self._context, *args, **kwargs))

    return method


def async_op(
    builder: Callable[Concatenate[Context, P], Call[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    @functools.wraps(builder)
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._api.request(builder(self._context, *args, **kwargs))

    return method
