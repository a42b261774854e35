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
    from ...models.webhook_admin_response import WebhookAdminResponse


def _get_kwargs(
    store_hash: str,
    *,
    is_active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/hooks/admin".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookAdminResponse | None:
    from ...models.error import Error
    from ...models.webhook_admin_response import WebhookAdminResponse

    if response.status_code == 200:
        response_200 = WebhookAdminResponse.from_dict(response.json())

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
) -> Response[Error | WebhookAdminResponse]:
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
    is_active: bool | Unset = UNSET,
) -> Response[Error | WebhookAdminResponse]:
    """Get the webhook admin view

     Everything about this API account's subscriptions at once: the hooks, the domains
    BigCommerce blocks for now (with how long and why) and the notification addresses.

    Args:
        store_hash (str):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookAdminResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        is_active=is_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
) -> Error | WebhookAdminResponse | None:
    """Get the webhook admin view

     Everything about this API account's subscriptions at once: the hooks, the domains
    BigCommerce blocks for now (with how long and why) and the notification addresses.

    Args:
        store_hash (str):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookAdminResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        is_active=is_active,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
) -> Response[Error | WebhookAdminResponse]:
    """Get the webhook admin view

     Everything about this API account's subscriptions at once: the hooks, the domains
    BigCommerce blocks for now (with how long and why) and the notification addresses.

    Args:
        store_hash (str):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookAdminResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        is_active=is_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
) -> Error | WebhookAdminResponse | None:
    """Get the webhook admin view

     Everything about this API account's subscriptions at once: the hooks, the domains
    BigCommerce blocks for now (with how long and why) and the notification addresses.

    Args:
        store_hash (str):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookAdminResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            is_active=is_active,
        )
    ).parsed
