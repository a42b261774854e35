"""The package logger, and the redaction that keeps secrets out of logs and error messages.

The client never logs headers or bodies, so the filter is a second line of defence: the access
tokens and session cookies clients were given are registered here and replaced by `<redacted>`
in every record of the package logger and of the HTTP libraries' loggers (`httpx`, `httpcore.*`),
together with the values of cookie and auth headers that httpcore prints at DEBUG level.
`redact()` does the same for what errors render from a server's answer.

`BIGCOMMERCE_CHECKOUT_LOG=debug` (or `info`) sends the package's records, and httpx's, to stderr.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading

log = logging.getLogger("bigcommerce_checkout")

MAX_SECRETS = 256  # the most recent ones; a process that makes a client per shopper stays bounded
REDACTED = "<redacted>"
ENV_VAR = "BIGCOMMERCE_CHECKOUT_LOG"
_lock = threading.Lock()
_secrets: tuple[str, ...] = ()  # replaced, never mutated, so readers need no lock

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
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    if "b'" in text or 'b"' in text:
        text = _HEADER_PAIR.sub(rf"\1'{REDACTED}'", text)
    return text


def redact_bytes(content: bytes) -> bytes:
    """`content` with every registered secret masked (for bodies that errors keep)."""
    for secret in _secrets:
        encoded = secret.encode()
        if encoded in content:
            content = content.replace(encoded, REDACTED.encode())
    return content


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def register_secret(value: str) -> str:
    """Mask `value` in every record of the loggers above and in error messages; returns it."""
    global _secrets
    if len(value) >= 4:  # masking very short strings would garble ordinary messages
        with _lock:
            kept = tuple(s for s in _secrets if s != value)
            _secrets = (*kept[-(MAX_SECRETS - 1) :], value)
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
