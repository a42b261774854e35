"""Resources: one class per section of the API, sync and async, sharing one request builder.

Each operation is written once, as a builder that checks its arguments and returns a `Call`.
`sync_op` and `async_op` turn a builder into a method with the builder's exact signature, so the
sync and async clients cannot drift apart and mypy sees every parameter.

A convenience that needs several operations is written once too, as a generator of steps: it
checks its arguments, then yields one `Call` at a time and receives each answer. `sync_steps` and
`async_steps` run it, each request with the same retries and errors as the operation alone.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

from ._base_client import AsyncAPIClient, Call, SyncAPIClient

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")
Steps = Generator[Call[Any], Any, T]
"""A convenience: yields the calls to send, one at a time, is sent each answer, returns the result."""

# Per-call options live on with_options(), not on the methods (each method takes exactly the
# operation's parameters); a caller used to other clients gets pointed there.
CLIENT_OPTIONS = ("timeout", "max_retries", "retry_budget", "extra_headers", "max_response_size")


def _option_error(builder: Callable[..., Any], kwargs: Any) -> TypeError | None:
    """A clear error when a TypeError came from passing a client option to a method."""
    given = [name for name in CLIENT_OPTIONS if name in kwargs]
    if not given:
        return None
    return TypeError(
        f"{builder.__name__}() takes no {given[0]}=: options apply per client. For one call, use "
        f"client.with_options({given[0]}=...) and call the method on that copy, e.g. "
        "client.with_options(timeout=5).checkouts.get(cart_id)"
    )


class Context:
    """What builders need besides their arguments."""

    __slots__ = ("payments_base_url", "store_hash")

    def __init__(
        self, store_hash: str = "", payments_base_url: str = "https://payments.bigcommerce.com"
    ) -> None:
        self.store_hash = store_hash
        self.payments_base_url = payments_base_url  # process payment's own host


class lazy_module:
    """A module attribute (a generated endpoint module) imported on first use.

    Each generated endpoint module costs about 0.25 ms to import and a client calls few of them,
    so the resources import them when an operation is first built, not with the first client.
    The resource modules import the real names under TYPE_CHECKING, so mypy sees the real types.
    """

    __slots__ = ("_module", "_name")

    def __init__(self, dotted: str) -> None:
        self._name = dotted
        self._module: Any = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"


class SyncResource:
    def __init__(self, api: SyncAPIClient, context: Context) -> None:
        self._api = api
        self._context = context


class AsyncResource:
    def __init__(self, api: AsyncAPIClient, context: Context) -> None:
        self._api = api
        self._context = context


def _start(builder: Callable[..., R], context: Context, args: Any, kwargs: Any) -> R:
    """Call the builder; a TypeError from a client option passed as an argument says where it goes."""
    try:
        return builder(context, *args, **kwargs)
    except TypeError:
        clearer = _option_error(builder, kwargs)
        if clearer is None:
            raise
        raise clearer from None


def sync_op(builder: Callable[Concatenate[Context, P], Call[T]]) -> Callable[Concatenate[SyncResource, P], T]:
    @functools.wraps(builder)
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        call = _start(builder, self._context, args, kwargs)
        return self._api.request(call)

    return method


def async_op(
    builder: Callable[Concatenate[Context, P], Call[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    @functools.wraps(builder)
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        call = _start(builder, self._context, args, kwargs)
        return await self._api.request(call)

    return method


def sync_steps(
    builder: Callable[Concatenate[Context, P], Steps[T]],
) -> Callable[Concatenate[SyncResource, P], T]:
    @functools.wraps(builder)
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        steps = _start(builder, self._context, args, kwargs)  # a generator: nothing has run yet
        try:
            call = next(steps)  # the arguments are checked here, before any request
            while True:
                call = steps.send(self._api.request(call))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            steps.close()

    return method


def async_steps(
    builder: Callable[Concatenate[Context, P], Steps[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    @functools.wraps(builder)
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        steps = _start(builder, self._context, args, kwargs)
        try:
            call = next(steps)
            while True:
                call = steps.send(await self._api.request(call))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            steps.close()

    return method


def _paging(kwargs: Any, page_size: int) -> tuple[int, int]:
    """Where paging starts and how big its pages are: `page` and `limit` if given, else 1 and the most."""
    page = kwargs.pop("page", None)
    limit = kwargs.pop("limit", None)
    return (1 if page is None else page), (page_size if limit is None else limit)


def sync_pages(
    builder: Callable[Concatenate[Context, P], Call[list[T]]], page_size: int, doc: str
) -> Callable[Concatenate[SyncResource, P], Iterator[T]]:
    """An iterator over every item of a paged list (`page`/`limit`), one page in memory at a time.

    The arguments are checked when the method is called, before any request; the first page is
    read when the first item is asked for, and iteration stops at the first short or empty page.
    """

    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        page, limit = _paging(kwargs, page_size)
        _start(builder, self._context, args, {**kwargs, "page": page, "limit": limit})  # checks now

        def items(page: int) -> Iterator[T]:
            while True:
                call = _start(builder, self._context, args, {**kwargs, "page": page, "limit": limit})
                found = self._api.request(call)
                yield from found
                if len(found) < limit:
                    return
                page += 1

        return items(page)

    method.__name__ = "iter"
    method.__doc__ = doc
    return method


def async_pages(
    builder: Callable[Concatenate[Context, P], Call[list[T]]], page_size: int, doc: str
) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[T]]:
    """`sync_pages` for the async clients: `async for item in ...`."""

    def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        page, limit = _paging(kwargs, page_size)
        _start(builder, self._context, args, {**kwargs, "page": page, "limit": limit})  # checks now

        async def items(page: int) -> AsyncIterator[T]:
            while True:
                call = _start(builder, self._context, args, {**kwargs, "page": page, "limit": limit})
                found = await self._api.request(call)
                for item in found:
                    yield item
                if len(found) < limit:
                    return
                page += 1

        return items(page)

    method.__name__ = "iter"
    method.__doc__ = doc
    return method
