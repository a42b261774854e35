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
    from ...models.webhook_update_request import WebhookUpdateRequest


def _get_kwargs(
    store_hash: str,
    webhook_id: int,
    *,
    body: WebhookUpdateRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/hooks/{webhook_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: WebhookUpdateRequest,
) -> Response[WebhookResponse]:
    """Update a webhook

     Changes a webhook: its scope, destination or headers, or switches it back on with
    `is_active: true` after BigCommerce switched it off (after 48 hours of failed deliveries,
    or 90 days without events). Send at least one field.

    Args:
        store_hash (str):
        webhook_id (int):
        body (WebhookUpdateRequest): The fields of a webhook to change; at least one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        webhook_id=webhook_id,
        body=body,
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
    body: WebhookUpdateRequest,
) -> WebhookResponse | None:
    """Update a webhook

     Changes a webhook: its scope, destination or headers, or switches it back on with
    `is_active: true` after BigCommerce switched it off (after 48 hours of failed deliveries,
    or 90 days without events). Send at least one field.

    Args:
        store_hash (str):
        webhook_id (int):
        body (WebhookUpdateRequest): The fields of a webhook to change; at least one.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: WebhookUpdateRequest,
) -> Response[WebhookResponse]:
    """Update a webhook

     Changes a webhook: its scope, destination or headers, or switches it back on with
    `is_active: true` after BigCommerce switched it off (after 48 hours of failed deliveries,
    or 90 days without events). Send at least one field.

    Args:
        store_hash (str):
        webhook_id (int):
        body (WebhookUpdateRequest): The fields of a webhook to change; at least one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: WebhookUpdateRequest,
) -> WebhookResponse | None:
    """Update a webhook

     Changes a webhook: its scope, destination or headers, or switches it back on with
    `is_active: true` after BigCommerce switched it off (after 48 hours of failed deliveries,
    or 90 days without events). Send at least one field.

    Args:
        store_hash (str):
        webhook_id (int):
        body (WebhookUpdateRequest): The fields of a webhook to change; at least one.

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
            body=body,
        )
    ).parsed
