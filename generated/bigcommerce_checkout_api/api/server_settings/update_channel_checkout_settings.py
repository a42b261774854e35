from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.channel_checkout_settings import ChannelCheckoutSettings
    from ...models.channel_checkout_settings_response import (
        ChannelCheckoutSettingsResponse,
    )
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    channel_id: int,
    *,
    body: ChannelCheckoutSettings | Unset | bytes = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/checkouts/settings/channels/{channel_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            channel_id=quote(str(channel_id), safe=""),
        ),
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelCheckoutSettingsResponse | Error | None:
    from ...models.channel_checkout_settings_response import (
        ChannelCheckoutSettingsResponse,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ChannelCheckoutSettingsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChannelCheckoutSettingsResponse | Error]:
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
    body: ChannelCheckoutSettings | Unset = UNSET,
) -> Response[ChannelCheckoutSettingsResponse | Error]:
    """Update a channel's checkout settings

     Changes the checkout settings of one sales channel. Only the fields you send change; the
    others keep their values.

    Args:
        store_hash (str):
        channel_id (int):
        body (ChannelCheckoutSettings | Unset): The checkout settings of one sales channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelCheckoutSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        channel_id=channel_id,
        body=body,
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
    body: ChannelCheckoutSettings | Unset = UNSET,
) -> ChannelCheckoutSettingsResponse | Error | None:
    """Update a channel's checkout settings

     Changes the checkout settings of one sales channel. Only the fields you send change; the
    others keep their values.

    Args:
        store_hash (str):
        channel_id (int):
        body (ChannelCheckoutSettings | Unset): The checkout settings of one sales channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelCheckoutSettingsResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        channel_id=channel_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelCheckoutSettings | Unset = UNSET,
) -> Response[ChannelCheckoutSettingsResponse | Error]:
    """Update a channel's checkout settings

     Changes the checkout settings of one sales channel. Only the fields you send change; the
    others keep their values.

    Args:
        store_hash (str):
        channel_id (int):
        body (ChannelCheckoutSettings | Unset): The checkout settings of one sales channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelCheckoutSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        channel_id=channel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelCheckoutSettings | Unset = UNSET,
) -> ChannelCheckoutSettingsResponse | Error | None:
    """Update a channel's checkout settings

     Changes the checkout settings of one sales channel. Only the fields you send change; the
    others keep their values.

    Args:
        store_hash (str):
        channel_id (int):
        body (ChannelCheckoutSettings | Unset): The checkout settings of one sales channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelCheckoutSettingsResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            channel_id=channel_id,
            client=client,
            body=body,
        )
    ).parsed
