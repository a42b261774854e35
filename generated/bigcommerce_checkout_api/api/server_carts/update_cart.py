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
    from ...models.cart_update_request import CartUpdateRequest
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    *,
    body: CartUpdateRequest | bytes,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
        ),
        "params": params,
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
) -> CartResponse | Error | None:
    from ...models.cart_response import CartResponse
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = CartResponse.from_dict(response.json())

        return response_201

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    body: CartUpdateRequest,
    include: str | Unset = UNSET,
) -> Response[CartResponse | Error]:
    """Update the cart's customer

     Gives the cart to another customer, or to a guest with `0`. Promotions and shipping that
    depended on the previous customer are taken off: every consignment keeps its items but
    needs its shipping option chosen again before an order can be created.

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):
        body (CartUpdateRequest): The customer to give the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        body=body,
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
    body: CartUpdateRequest,
    include: str | Unset = UNSET,
) -> CartResponse | Error | None:
    """Update the cart's customer

     Gives the cart to another customer, or to a guest with `0`. Promotions and shipping that
    depended on the previous customer are taken off: every consignment keeps its items but
    needs its shipping option chosen again before an order can be created.

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):
        body (CartUpdateRequest): The customer to give the cart to.

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
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CartUpdateRequest,
    include: str | Unset = UNSET,
) -> Response[CartResponse | Error]:
    """Update the cart's customer

     Gives the cart to another customer, or to a guest with `0`. Promotions and shipping that
    depended on the previous customer are taken off: every consignment keeps its items but
    needs its shipping option chosen again before an order can be created.

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):
        body (CartUpdateRequest): The customer to give the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CartUpdateRequest,
    include: str | Unset = UNSET,
) -> CartResponse | Error | None:
    """Update the cart's customer

     Gives the cart to another customer, or to a guest with `0`. Promotions and shipping that
    depended on the previous customer are taken off: every consignment keeps its items but
    needs its shipping option chosen again before an order can be created.

    Args:
        store_hash (str):
        cart_id (UUID):
        include (str | Unset):
        body (CartUpdateRequest): The customer to give the cart to.

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
            body=body,
            include=include,
        )
    ).parsed
