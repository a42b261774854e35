"""Errors the fake answers with, in the body shape BigCommerce uses for every error status.

Handlers raise `ApiError`; the HTTP layer turns it into a response. Keeping one exception means no
handler can forget the body shape, and anything else that escapes is a bug in the fake.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

ERROR_TYPE = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"


class ApiError(Exception):
    """An error response: status, title, optional detail and per-field messages."""

    def __init__(
        self,
        status: int,
        title: str,
        *,
        errors: Mapping[str, str] | None = None,
        detail: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {title}")
        self.status = status
        self.title = title
        self.errors = dict(errors or {})
        self.detail = detail
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.title, errors=self.errors, detail=self.detail)


def error_body(
    status: int,
    title: str | None = None,
    *,
    errors: Mapping[str, str] | None = None,
    detail: str | None = None,
) -> dict[str, Any]:
    """`{"status", "title", "type", "detail"?, "errors"}` as BigCommerce sends it."""
    body: dict[str, Any] = {
        "status": status,
        "title": title if title is not None else _phrase(status),
        "type": ERROR_TYPE,
    }
    if detail:
        body["detail"] = detail
    body["errors"] = dict(errors or {})
    return body


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def not_found(what: str = "checkout") -> ApiError:
    return ApiError(404, f"The {what} was not found")


def unprocessable(title: str, **errors: str) -> ApiError:
    return ApiError(422, title, errors=errors)


def conflict() -> ApiError:
    return ApiError(
        409,
        "The checkout was changed by another request",
        detail="Get the checkout again and resend the change with its current version.",
        errors={"version": "does not match the checkout's current version"},
    )
