"""The package logger, with a filter that masks secrets should one ever reach a log record.

The client never logs headers or bodies, so this is a second line of defence: the access tokens
and session cookies clients were given are registered here and replaced by `<redacted>`.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger("bigcommerce_checkout")

MAX_SECRETS = 256  # the most recent ones; a process that makes a client per shopper stays bounded
_lock = threading.Lock()
_secrets: tuple[str, ...] = ()  # replaced, never mutated, so the filter can read it without a lock


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _secrets
        if secrets:
            message = record.getMessage()
            redacted = message
            for secret in secrets:
                redacted = redacted.replace(secret, "<redacted>")
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


def register_secret(value: str) -> str:
    """Mask `value` in every record that goes through the package logger; returns it."""
    global _secrets
    if len(value) >= 4:  # masking very short strings would garble ordinary messages
        with _lock:
            kept = tuple(s for s in _secrets if s != value)
            _secrets = (*kept[-(MAX_SECRETS - 1) :], value)
    return value


log.addFilter(RedactSecrets())
