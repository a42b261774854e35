from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.channel_cart_settings_response import ChannelCartSettingsResponse
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    channel_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/carts/settings/channels/{channel_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            channel_id=quote(str(channel_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelCartSettingsResponse | Error | None:
    from ...models.channel_cart_settings_response import ChannelCartSettingsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ChannelCartSettingsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ChannelCartSettingsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ChannelCartSettingsResponse | Error]:
    """Get a channel's cart settings

     Reads one channel's override of the cart settings. `null` means the channel follows the
    store-wide setting.

    Args:
        store_hash (str):
        channel_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelCartSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
) -> ChannelCartSettingsResponse | Error | None:
    """Get a channel's cart settings

     Reads one channel's override of the cart settings. `null` means the channel follows the
    store-wide setting.

    Args:
        store_hash (str):
        channel_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelCartSettingsResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        channel_id=channel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ChannelCartSettingsResponse | Error]:
    """Get a channel's cart settings

     Reads one channel's override of the cart settings. `null` means the channel follows the
    store-wide setting.

    Args:
        store_hash (str):
        channel_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelCartSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
) -> ChannelCartSettingsResponse | Error | None:
    """Get a channel's cart settings

     Reads one channel's override of the cart settings. `null` means the channel follows the
    store-wide setting.

    Args:
        store_hash (str):
        channel_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelCartSettingsResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            channel_id=channel_id,
            client=client,
        )
    ).parsed
