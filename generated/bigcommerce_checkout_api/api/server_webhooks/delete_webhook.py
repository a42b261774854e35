from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.webhook_response import WebhookResponse


def _get_kwargs(
    store_hash: str,
    webhook_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/stores/{store_hash}/v3/hooks/{webhook_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookResponse | None:
    from ...models.webhook_response import WebhookResponse

    if response.status_code == 200:
        response_200 = WebhookResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[WebhookResponse]:
    """Delete a webhook

     Ends a subscription; the answer is the webhook as it was.

    Args:
        store_hash (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> WebhookResponse | None:
    """Delete a webhook

     Ends a subscription; the answer is the webhook as it was.

    Args:
        store_hash (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[WebhookResponse]:
    """Delete a webhook

     Ends a subscription; the answer is the webhook as it was.

    Args:
        store_hash (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> WebhookResponse | None:
    """Delete a webhook

     Ends a subscription; the answer is the webhook as it was.

    Args:
        store_hash (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed
