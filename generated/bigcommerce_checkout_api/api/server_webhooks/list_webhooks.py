from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.webhook_list_response import WebhookListResponse


def _get_kwargs(
    store_hash: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
    destination: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["is_active"] = is_active

    params["scope"] = scope

    params["destination"] = destination

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/hooks".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookListResponse | None:
    from ...models.error import Error
    from ...models.webhook_list_response import WebhookListResponse

    if response.status_code == 200:
        response_200 = WebhookListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WebhookListResponse]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
    destination: str | Unset = UNSET,
) -> Response[Error | WebhookListResponse]:
    """List webhooks

     The webhooks this API account created on the store (another account's hooks are not
    shown), optionally filtered by state, scope or destination.

    Args:
        store_hash (str):
        page (int | Unset):
        limit (int | Unset):
        is_active (bool | Unset):
        scope (str | Unset):
        destination (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        page=page,
        limit=limit,
        is_active=is_active,
        scope=scope,
        destination=destination,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
    destination: str | Unset = UNSET,
) -> Error | WebhookListResponse | None:
    """List webhooks

     The webhooks this API account created on the store (another account's hooks are not
    shown), optionally filtered by state, scope or destination.

    Args:
        store_hash (str):
        page (int | Unset):
        limit (int | Unset):
        is_active (bool | Unset):
        scope (str | Unset):
        destination (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookListResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        page=page,
        limit=limit,
        is_active=is_active,
        scope=scope,
        destination=destination,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
    destination: str | Unset = UNSET,
) -> Response[Error | WebhookListResponse]:
    """List webhooks

     The webhooks this API account created on the store (another account's hooks are not
    shown), optionally filtered by state, scope or destination.

    Args:
        store_hash (str):
        page (int | Unset):
        limit (int | Unset):
        is_active (bool | Unset):
        scope (str | Unset):
        destination (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        page=page,
        limit=limit,
        is_active=is_active,
        scope=scope,
        destination=destination,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    scope: str | Unset = UNSET,
    destination: str | Unset = UNSET,
) -> Error | WebhookListResponse | None:
    """List webhooks

     The webhooks this API account created on the store (another account's hooks are not
    shown), optionally filtered by state, scope or destination.

    Args:
        store_hash (str):
        page (int | Unset):
        limit (int | Unset):
        is_active (bool | Unset):
        scope (str | Unset):
        destination (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            page=page,
            limit=limit,
            is_active=is_active,
            scope=scope,
            destination=destination,
        )
    ).parsed
