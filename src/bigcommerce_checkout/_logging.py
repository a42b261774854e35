"""The package logger, and the redaction that keeps secrets out of logs and error messages.

The client never logs headers or bodies, so the filter is a second line of defence: the access
tokens, session cookies and card data clients were given are registered here, each with the
object that holds it, and replaced by `<redacted>` in every record of the package logger and of
the HTTP libraries' loggers (`httpx`, `httpcore.*`) while that object lives, together with the
values of cookie and auth headers that httpcore prints at DEBUG level. `redact()` does the same
for what errors render from a server's answer.

`BIGCOMMERCE_CHECKOUT_LOG=debug` (or `info`) sends the package's records, and httpx's, to stderr.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import weakref
from typing import Any

log = logging.getLogger("bigcommerce_checkout")

MAX_UNOWNED = 256  # secrets registered without an owner (payment tokens): the most recent ones
REDACTED = "<redacted>"
ENV_VAR = "BIGCOMMERCE_CHECKOUT_LOG"
_lock = threading.Lock()


class _Owner:
    """The secrets one live object (a token holder, a shopper's cookie jar, a call) registered."""

    __slots__ = ("ref", "values")

    def __init__(self, ref: weakref.ref[Any]) -> None:
        self.ref = ref
        self.values: set[str] = set()


# Owned secrets are masked for exactly as long as their owner lives: every live shopper's session
# stays masked however many there are, and a view that is gone is forgotten. Keyed by id(owner)
# (cookie jars are not hashable); `ref` tells a live owner from a dead one whose id was reused.
_owners: dict[int, _Owner] = {}
_unowned: dict[str, None] = {}  # insertion-ordered: the oldest is dropped first
_snapshot: tuple[str, ...] = ()  # what redact() reads; rebuilt after a change, never mutated
_short: tuple[re.Pattern[str], re.Pattern[bytes]] | None = None  # secrets of 3 characters, as whole words
_stale = False
_gone = 0  # owners collected since the last prune (set from weakref callbacks: no lock there)


def _owner_gone(_ref: weakref.ref[Any]) -> None:
    # Runs inside garbage collection, possibly while this thread holds _lock: no lock, no dict.
    global _stale, _gone
    _stale = True
    _gone += 1


def _prune() -> None:
    """Drop the records of collected owners (called with _lock held)."""
    global _gone
    _gone = 0
    for key, owner in list(_owners.items()):
        if owner.ref() is None:
            del _owners[key]


def _secrets() -> tuple[str, ...]:
    """Every secret to mask now, longest first (so one that contains another is masked whole)."""
    global _snapshot, _short, _stale
    if _stale:
        with _lock:
            if _stale:
                _stale = False
                _prune()
                values = set(_unowned)
                for owner in _owners.values():
                    values |= owner.values
                _snapshot = tuple(sorted((v for v in values if len(v) >= 4), key=len, reverse=True))
                short = "|".join(re.escape(v) for v in sorted(values) if len(v) < 4)
                _short = None
                if short:
                    word = rf"(?<![0-9A-Za-z])(?:{short})(?![0-9A-Za-z])"
                    _short = (re.compile(word), re.compile(word.encode()))
    return _snapshot


# httpcore logs response headers at DEBUG as a list of byte-string pairs:
# [(b'Set-Cookie', b'SHOP_SESSION_TOKEN=...; Path=/'), ...]. Mask the value of the sensitive ones.
_HEADER_PAIR = re.compile(
    r"""(b(['"])(?:set-cookie|cookie|x-auth-token|authorization|proxy-authorization)\2,\s*b)"""
    r"""(['"])(?:\\.|(?!\3).)*\3""",
    re.IGNORECASE,
)
# The loggers httpx and httpcore write to (a logger's filters see only its own records, so each
# child logger gets the filter; handlers added by BIGCOMMERCE_CHECKOUT_LOG get it as well).
HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def redact(text: str) -> str:
    """`text` with every registered secret, and sensitive header values as httpcore prints them, masked."""
    for secret in _secrets():
        if secret in text:
            text = text.replace(secret, REDACTED)
    if _short is not None:
        text = _short[0].sub(REDACTED, text)
    if "b'" in text or 'b"' in text:
        text = _HEADER_PAIR.sub(rf"\1'{REDACTED}'", text)
    return text


def redact_bytes(content: bytes) -> bytes:
    """`content` with every registered secret masked (for bodies that errors keep)."""
    for secret in _secrets():
        encoded = secret.encode()
        if encoded in content:
            content = content.replace(encoded, REDACTED.encode())
    if _short is not None:
        content = _short[1].sub(REDACTED.encode(), content)
    return content


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def register_secret(value: str, owner: object | None = None) -> str:
    """Mask `value` in every record of the loggers above and in error messages; returns it.

    With an `owner` (the object that holds the secret: a token holder, a shopper's cookie jar),
    the value is masked for as long as the owner lives, however many owners there are. Without
    one, it is among the MAX_UNOWNED most recently registered such values. Shorter strings would
    garble ordinary messages: values under 4 characters are masked only with an owner (a card's
    CVV, for the life of its call), only as whole words, and never under 3.
    """
    global _stale
    if len(value) < (3 if owner is not None else 4):
        return value
    with _lock:
        if owner is None:
            _unowned.pop(value, None)
            _unowned[value] = None
            while len(_unowned) > MAX_UNOWNED:
                del _unowned[next(iter(_unowned))]
        else:
            record = _owners.get(id(owner))
            if record is None or record.ref() is not owner:
                if _gone > 64 and _gone * 2 > len(_owners):  # amortised: memory follows the live owners
                    _prune()
                record = _owners[id(owner)] = _Owner(weakref.ref(owner, _owner_gone))
            elif value in record.values:
                return value  # nothing new: the snapshot stays valid
            record.values.add(value)
        _stale = True
    return value


_FILTER = RedactSecrets()
log.addFilter(_FILTER)
for _name in HTTP_LOGGERS:
    logging.getLogger(_name).addFilter(_FILTER)


def configure_from_environment(value: str | None = None) -> logging.Handler | None:
    """Honour BIGCOMMERCE_CHECKOUT_LOG: `debug` or `info` logs the package and httpx to stderr.

    Returns the handler it added (None when the variable is unset or not one of those values).
    """
    level_name = (os.environ.get(ENV_VAR, "") if value is None else value).strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(level_name)
    if level is None:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_FILTER)
    for name in ("bigcommerce_checkout", "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)
    return handler


configure_from_environment()
