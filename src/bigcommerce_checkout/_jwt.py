"""HMAC-signed JSON Web Tokens (RFC 7519), just what BigCommerce's two customer tokens need.

BigCommerce signs both with an app's client secret: the customer login token we send (HS256, as
its customer login page says) and the current customer token it sends (HS512 on real stores).
Fifty lines of the standard library do it, so the package takes no JWT dependency; the tests
check every token against PyJWT.

Nothing here puts a token, a secret or a decoded part of either in an exception: failures are a
`reason` code, raised outside the `except` block that saw them, so no exception chain holds them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Collection
from typing import Any, Literal

HASHES: dict[str, Callable[..., Any]] = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}
_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")

Reason = Literal["malformed", "algorithm", "signature"]


class InvalidToken(Exception):
    """Why a token was refused, as a code; never the token."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason: Reason = reason


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(segment: str) -> bytes | None:
    """Strict base64url without padding, as JWTs carry it; None when it is not."""
    if not _SEGMENT.fullmatch(segment) or len(segment) % 4 == 1:
        return None
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except (binascii.Error, ValueError):
        return None


def _json_object(data: bytes | None) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _signature(algorithm: str, secret: str, signing_input: str) -> bytes:
    return hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), HASHES[algorithm]).digest()


def encode(claims: dict[str, Any], secret: str, *, algorithm: str = "HS256") -> str:
    """A compact JWT of `claims`, signed with `secret` (header `{"alg": ..., "typ": "JWT"}`)."""
    header = {"alg": algorithm, "typ": "JWT"}
    parts = [
        _b64encode(json.dumps(part, separators=(",", ":"), allow_nan=False).encode("utf-8"))
        for part in (header, claims)
    ]
    signing_input = ".".join(parts)
    return f"{signing_input}.{_b64encode(_signature(algorithm, secret, signing_input))}"


def decode(token: str, secret: str, algorithms: Collection[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (header, claims) of a token whose HMAC signature `secret` verifies; InvalidToken if not.

    The algorithm must be one of `algorithms` (all HMAC): `none`, RS256 and every other name are
    refused before any signature is computed, so a token cannot choose how it is checked.
    """
    reason = _check(token, secret, algorithms)
    if isinstance(reason, str):
        raise InvalidToken(reason)
    return reason


def _check(
    token: str, secret: str, algorithms: Collection[str]
) -> tuple[dict[str, Any], dict[str, Any]] | Reason:
    if not isinstance(token, str) or token.count(".") != 2 or len(token) > 16_384:
        return "malformed"
    header_part, claims_part, signature_part = token.split(".")
    header = _json_object(_b64decode(header_part))
    claims = _json_object(_b64decode(claims_part))
    signature = _b64decode(signature_part)
    if header is None or claims is None or signature is None:
        return "malformed"
    algorithm = header.get("alg")
    if algorithm not in algorithms or algorithm not in HASHES or "crit" in header:
        return "algorithm"
    if str(header.get("typ", "JWT")).upper() != "JWT":
        return "malformed"
    expected = _signature(algorithm, secret, f"{header_part}.{claims_part}")
    if not hmac.compare_digest(expected, signature):
        return "signature"
    return header, claims


_PRINTABLE = re.compile(r"[\x21-\x7e]+")


def app_credentials(client_id: object, client_secret: object) -> tuple[str, str]:
    """The app's client id and secret, checked; a message names what is wrong, never the secret.

    Both are printable ASCII without spaces on BigCommerce; a space or a line break at either end
    is the usual copy-and-paste slip, and would otherwise only show as "bad signature" later.
    """
    if not isinstance(client_id, str) or not _PRINTABLE.fullmatch(client_id):
        raise ValueError("client_id must be the app's client id: printable ASCII, no spaces, not empty")
    if not isinstance(client_secret, str):
        raise TypeError(f"client_secret must be a string, not {type(client_secret).__name__}")
    if not client_secret.strip():
        raise ValueError("client_secret must not be empty")
    if not _PRINTABLE.fullmatch(client_secret):
        raise ValueError(
            "client_secret must be printable ASCII without spaces or line breaks "
            "(check for whitespace copied around it); its value is not shown"
        )
    if client_secret == client_id:
        raise ValueError("client_secret is the client id: pass the app's client secret")
    return client_id, client_secret
