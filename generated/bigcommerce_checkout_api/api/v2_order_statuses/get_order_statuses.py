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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/order_statuses".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrderStatus] | None:
    from ...models.order_status import OrderStatus

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderStatus.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OrderStatus]]:
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
) -> Response[list[OrderStatus]]:
    """List order statuses

     Lists the order statuses, with the merchant's own labels. Their ids are fixed (`0`
    Incomplete to `14` Partially Refunded); in Python, `OrderStatusId` names them.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrderStatus]]
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
) -> list[OrderStatus] | None:
    """List order statuses

     Lists the order statuses, with the merchant's own labels. Their ids are fixed (`0`
    Incomplete to `14` Partially Refunded); in Python, `OrderStatusId` names them.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderStatus]
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[OrderStatus]]:
    """List order statuses

     Lists the order statuses, with the merchant's own labels. Their ids are fixed (`0`
    Incomplete to `14` Partially Refunded); in Python, `OrderStatusId` names them.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrderStatus]]
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
) -> list[OrderStatus] | None:
    """List order statuses

     Lists the order statuses, with the merchant's own labels. Their ids are fixed (`0`
    Incomplete to `14` Partially Refunded); in Python, `OrderStatusId` names them.

    Args:
        store_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderStatus]
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
        )
    ).parsed
