from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_settings_response import CartSettingsResponse
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/carts/settings".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CartSettingsResponse | Error | None:
    from ...models.cart_settings_response import CartSettingsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CartSettingsResponse.from_dict(response.json())

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
) -> Response[CartSettingsResponse | Error]:
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
) -> Response[CartSettingsResponse | Error]:
    """Get the cart settings

     Reads the store-wide cart settings; today that is whether shoppers may buy at all.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
) -> CartSettingsResponse | Error | None:
    """Get the cart settings

     Reads the store-wide cart settings; today that is whether shoppers may buy at all.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartSettingsResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
) -> Response[CartSettingsResponse | Error]:
    """Get the cart settings

     Reads the store-wide cart settings; today that is whether shoppers may buy at all.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartSettingsResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
) -> CartSettingsResponse | Error | None:
    """Get the cart settings

     Reads the store-wide cart settings; today that is whether shoppers may buy at all.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartSettingsResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
        )
    ).parsed
