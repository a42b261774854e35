from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_response import CartResponse
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CartResponse | Error | None:
    from ...models.cart_response import CartResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CartResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[CartResponse | Error]:
    """Get a cart

     Reads a cart with its line items and amounts. Use `include` for product options, redirect
    URLs or promotion banners. A cart that was paid for, deleted or left to expire is gone (404).

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> CartResponse | Error | None:
    """Get a cart

     Reads a cart with its line items and amounts. Use `include` for product options, redirect
    URLs or promotion banners. A cart that was paid for, deleted or left to expire is gone (404).

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        cart_id=cart_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[CartResponse | Error]:
    """Get a cart

     Reads a cart with its line items and amounts. Use `include` for product options, redirect
    URLs or promotion banners. A cart that was paid for, deleted or left to expire is gone (404).

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> CartResponse | Error | None:
    """Get a cart

     Reads a cart with its line items and amounts. Use `include` for product options, redirect
    URLs or promotion banners. A cart that was paid for, deleted or left to expire is gone (404).

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            cart_id=cart_id,
            client=client,
            include=include,
        )
    ).parsed
