from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.webhook_create_request import WebhookCreateRequest
    from ...models.webhook_response import WebhookResponse


def _get_kwargs(
    store_hash: str,
    *,
    body: WebhookCreateRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/hooks".format(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookResponse | None:
    from ...models.error import Error
    from ...models.webhook_response import WebhookResponse

    if response.status_code == 200:
        response_200 = WebhookResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | WebhookResponse]:
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
    body: WebhookCreateRequest,
) -> Response[Error | WebhookResponse]:
    """Create a webhook

     Subscribes a destination to one event scope (or a wildcard such as `store/cart/*`).
    The destination must be an `https://` URL on the default port 443; it may take a minute
    before events start to arrive. `headers` are sent back with every delivery: put a secret
    there and check it when an event arrives. Not retried by the client once it may have
    been sent: a second subscription means every event arrives twice.

    Args:
        store_hash (str):
        body (WebhookCreateRequest): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookResponse]
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
    body: WebhookCreateRequest,
) -> Error | WebhookResponse | None:
    """Create a webhook

     Subscribes a destination to one event scope (or a wildcard such as `store/cart/*`).
    The destination must be an `https://` URL on the default port 443; it may take a minute
    before events start to arrive. `headers` are sent back with every delivery: put a secret
    there and check it when an event arrives. Not retried by the client once it may have
    been sent: a second subscription means every event arrives twice.

    Args:
        store_hash (str):
        body (WebhookCreateRequest): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookResponse
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
    body: WebhookCreateRequest,
) -> Response[Error | WebhookResponse]:
    """Create a webhook

     Subscribes a destination to one event scope (or a wildcard such as `store/cart/*`).
    The destination must be an `https://` URL on the default port 443; it may take a minute
    before events start to arrive. `headers` are sent back with every delivery: put a secret
    there and check it when an event arrives. Not retried by the client once it may have
    been sent: a second subscription means every event arrives twice.

    Args:
        store_hash (str):
        body (WebhookCreateRequest): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookResponse]
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
    body: WebhookCreateRequest,
) -> Error | WebhookResponse | None:
    """Create a webhook

     Subscribes a destination to one event scope (or a wildcard such as `store/cart/*`).
    The destination must be an `https://` URL on the default port 443; it may take a minute
    before events start to arrive. `headers` are sent back with every delivery: put a secret
    there and check it when an event arrives. Not retried by the client once it may have
    been sent: a second subscription means every event arrives twice.

    Args:
        store_hash (str):
        body (WebhookCreateRequest): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
        )
    ).parsed
