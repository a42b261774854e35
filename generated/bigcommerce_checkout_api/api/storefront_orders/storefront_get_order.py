from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.storefront_order import StorefrontOrder


def _get_kwargs(
    order_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/storefront/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StorefrontOrder | None:
    from ...models.storefront_order import StorefrontOrder

    if response.status_code == 200:
        response_200 = StorefrontOrder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorefrontOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[StorefrontOrder]:
    """Get an order

     Reads an order the shopper placed in this session, with its items, addresses, totals and
    payments: what an order confirmation page shows.

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> StorefrontOrder | None:
    """Get an order

     Reads an order the shopper placed in this session, with its items, addresses, totals and
    payments: what an order confirmation page shows.

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontOrder
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[StorefrontOrder]:
    """Get an order

     Reads an order the shopper placed in this session, with its items, addresses, totals and
    payments: what an order confirmation page shows.

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> StorefrontOrder | None:
    """Get an order

     Reads an order the shopper placed in this session, with its items, addresses, totals and
    payments: what an order confirmation page shows.

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontOrder
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            include=include,
        )
    ).parsed
