from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_status import OrderStatus


def _get_kwargs(
    store_hash: str,
    status_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/order_statuses/{status_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            status_id=quote(str(status_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderStatus | None:
    from ...models.order_status import OrderStatus

    if response.status_code == 200:
        response_200 = OrderStatus.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    status_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderStatus]:
    """Get an order status

     Reads one order status by its id.

    Args:
        store_hash (str):
        status_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderStatus]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        status_id=status_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    status_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderStatus | None:
    """Get an order status

     Reads one order status by its id.

    Args:
        store_hash (str):
        status_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderStatus
    """

    return sync_detailed(
        store_hash=store_hash,
        status_id=status_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    status_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderStatus]:
    """Get an order status

     Reads one order status by its id.

    Args:
        store_hash (str):
        status_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderStatus]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        status_id=status_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    status_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderStatus | None:
    """Get an order status

     Reads one order status by its id.

    Args:
        store_hash (str):
        status_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderStatus
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            status_id=status_id,
            client=client,
        )
    ).parsed
