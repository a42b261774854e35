"""Redis for what many worker processes must share: the webhook dedupe store, the rate limiter.

redis-py is an optional extra, `pip install "bigcommerce-checkout[redis]"`, imported only when a
Redis-backed object is made. Every such object takes either a ready `redis.Redis` client (your
pool, TLS, Sentinel or cluster set-up) or a URL such as `redis://localhost:6379/0`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import redis

EXTRA_HINT = 'Redis support needs redis-py: pip install "bigcommerce-checkout[redis]"'


def redis_client(client: redis.Redis | str, *, timeout: float | None = None) -> redis.Redis:
    """A `redis.Redis` from a client (used as given) or a URL; a clear error without redis-py.

    With `timeout`, a client made from a URL gives up after that many seconds, at once and without
    retrying, for a caller that has something better to do than wait for Redis.
    """
    try:
        import redis
    except ImportError:
        raise ImportError(EXTRA_HINT) from None
    if isinstance(client, str):
        options: dict[str, Any] = {}
        if timeout is not None:
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            untyped: Any = (Retry, NoBackoff)  # redis-py 5.0, the oldest we allow, has no annotations
            options = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
            options["retry"] = untyped[0](untyped[1](), 0)
        from_url: Any = redis.Redis.from_url  # the same
        made: redis.Redis = from_url(client, **options)
        return made
    if not isinstance(client, redis.Redis):
        raise TypeError(f"pass a redis.Redis client or a redis:// URL, not {type(client).__name__}")
    return client


def script(client: redis.Redis, source: str) -> Any:
    """A Lua script registered once: each call is one atomic round trip (EVALSHA)."""
    return client.register_script(source)
