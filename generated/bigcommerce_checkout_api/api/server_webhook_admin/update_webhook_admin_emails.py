from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.webhook_emails_request import WebhookEmailsRequest


def _get_kwargs(
    store_hash: str,
    *,
    body: WebhookEmailsRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/hooks/admin".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: WebhookEmailsRequest,
) -> Response[Any | Error]:
    """Set the notification emails

     Replaces the addresses BigCommerce writes to when a destination of this account is
    blocked or a webhook is switched off.

    Args:
        store_hash (str):
        body (WebhookEmailsRequest): The addresses told when a destination is blocked or a webhook
            is switched off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: WebhookEmailsRequest,
) -> Any | Error | None:
    """Set the notification emails

     Replaces the addresses BigCommerce writes to when a destination of this account is
    blocked or a webhook is switched off.

    Args:
        store_hash (str):
        body (WebhookEmailsRequest): The addresses told when a destination is blocked or a webhook
            is switched off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: WebhookEmailsRequest,
) -> Response[Any | Error]:
    """Set the notification emails

     Replaces the addresses BigCommerce writes to when a destination of this account is
    blocked or a webhook is switched off.

    Args:
        store_hash (str):
        body (WebhookEmailsRequest): The addresses told when a destination is blocked or a webhook
            is switched off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: WebhookEmailsRequest,
) -> Any | Error | None:
    """Set the notification emails

     Replaces the addresses BigCommerce writes to when a destination of this account is
    blocked or a webhook is switched off.

    Args:
        store_hash (str):
        body (WebhookEmailsRequest): The addresses told when a destination is blocked or a webhook
            is switched off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
        )
    ).parsed
