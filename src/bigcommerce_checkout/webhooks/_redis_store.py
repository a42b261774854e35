"""`RedisDedupeStore`: claims shared by every process that talks to one Redis."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from .._redis import redis_client, script

if TYPE_CHECKING:
    import redis

HANDLED = "handled"  # a confirmed key's value; a claim's value is its random token

# Forget a claim only while it is still ours: after our lease expired another process may hold it.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisDedupeStore:
    """Claims in Redis, for receivers in many processes and on many machines.

    `claim` is one atomic `SET key token NX PX lease`: of two processes given the same event at
    once, exactly one wins. `confirm` sets the key to `handled` for the retry window; `release`
    deletes it only if the claim is still the caller's (a Lua script, atomic). When Redis cannot be reached the
    error reaches the receiver, which answers 503: BigCommerce delivers the event again later, so
    nothing is lost and nothing is handled twice.

    Args:
        client: A `redis.Redis` client, or a URL such as `redis://localhost:6379/0`.
        prefix: Put before every key, so several apps can share one Redis.
    """

    def __init__(self, client: redis.Redis | str, *, prefix: str = "bigcommerce-checkout:webhook:") -> None:
        if not isinstance(prefix, str):
            raise TypeError("prefix must be a string")
        self.redis = redis_client(client)
        self.prefix = prefix
        self._release: Any = script(self.redis, _RELEASE)

    def claim(self, key: str, lease: float) -> str | None:
        token = secrets.token_hex(8)
        won = self.redis.set(self.prefix + key, token, nx=True, px=max(1, int(lease * 1000)))
        return token if won else None

    def confirm(self, key: str, token: str, ttl: float) -> None:
        self.redis.set(self.prefix + key, HANDLED, px=max(1, int(ttl * 1000)))

    def handled(self, key: str) -> bool:
        return bool(self.redis.get(self.prefix + key) == HANDLED.encode())

    def release(self, key: str, token: str) -> None:
        self._release(keys=[self.prefix + key], args=[token])

    def __repr__(self) -> str:
        return f"RedisDedupeStore(prefix={self.prefix!r})"
