"""The package logger, with a filter that masks secrets should one ever reach a log record.

The client never logs headers or bodies, so this is a second line of defence: every access token
and session cookie a client was given is registered here and replaced by `<redacted>`.
"""

from __future__ import annotations

import logging

log = logging.getLogger("bigcommerce_checkout")
_secrets: set[str] = set()


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            message = record.getMessage()
            redacted = message
            for secret in _secrets:
                redacted = redacted.replace(secret, "<redacted>")
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


def register_secret(value: str) -> None:
    """Mask `value` in every record that goes through the package logger."""
    if len(value) >= 4:  # masking very short strings would garble ordinary messages
        _secrets.add(value)


log.addFilter(RedactSecrets())
