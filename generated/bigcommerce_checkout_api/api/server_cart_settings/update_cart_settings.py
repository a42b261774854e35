from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_settings_request import CartSettingsRequest
    from ...models.cart_settings_response import CartSettingsResponse
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    *,
    body: CartSettingsRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/carts/settings".format(
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
) -> CartSettingsResponse | Error | None:
    from ...models.cart_settings_response import CartSettingsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CartSettingsResponse.from_dict(response.json())

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
    body: CartSettingsRequest,
) -> Response[CartSettingsResponse | Error]:
    """Update the cart settings

     Turns buying on or off for the whole store, for example while the catalog is being
    prepared. Channels with their own setting keep it.

    Args:
        store_hash (str):
        body (CartSettingsRequest): The new store-wide cart settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartSettingsResponse | Error]
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
    body: CartSettingsRequest,
) -> CartSettingsResponse | Error | None:
    """Update the cart settings

     Turns buying on or off for the whole store, for example while the catalog is being
    prepared. Channels with their own setting keep it.

    Args:
        store_hash (str):
        body (CartSettingsRequest): The new store-wide cart settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartSettingsResponse | Error
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
    body: CartSettingsRequest,
) -> Response[CartSettingsResponse | Error]:
    """Update the cart settings

     Turns buying on or off for the whole store, for example while the catalog is being
    prepared. Channels with their own setting keep it.

    Args:
        store_hash (str):
        body (CartSettingsRequest): The new store-wide cart settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartSettingsResponse | Error]
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
    body: CartSettingsRequest,
) -> CartSettingsResponse | Error | None:
    """Update the cart settings

     Turns buying on or off for the whole store, for example while the catalog is being
    prepared. Channels with their own setting keep it.

    Args:
        store_hash (str):
        body (CartSettingsRequest): The new store-wide cart settings.

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
            body=body,
        )
    ).parsed
