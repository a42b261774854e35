from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_error_message import OrderErrorMessage
    from ...models.order_fees_response import OrderFeesResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders/{order_id}/fees".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderFeesResponse | list[OrderErrorMessage] | None:
    from ...models.order_error_message import OrderErrorMessage
    from ...models.order_fees_response import OrderFeesResponse

    if response.status_code == 200:
        response_200 = OrderFeesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for response_404_item_data in _response_404:
            response_404_item = OrderErrorMessage.from_dict(response_404_item_data)

            response_404.append(response_404_item)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderFeesResponse | list[OrderErrorMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderFeesResponse | list[OrderErrorMessage]]:
    """List an order's fees

     Lists the fees charged on the order (the checkout's fees become the order's), in `fees`.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderFeesResponse | list[OrderErrorMessage]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderFeesResponse | list[OrderErrorMessage] | None:
    """List an order's fees

     Lists the fees charged on the order (the checkout's fees become the order's), in `fees`.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderFeesResponse | list[OrderErrorMessage]
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderFeesResponse | list[OrderErrorMessage]]:
    """List an order's fees

     Lists the fees charged on the order (the checkout's fees become the order's), in `fees`.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderFeesResponse | list[OrderErrorMessage]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderFeesResponse | list[OrderErrorMessage] | None:
    """List an order's fees

     Lists the fees charged on the order (the checkout's fees become the order's), in `fees`.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderFeesResponse | list[OrderErrorMessage]
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
        )
    ).parsed
