from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.order_metafield_response import OrderMetafieldResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/metafields/{metafield_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderMetafieldResponse | None:
    from ...models.error import Error
    from ...models.order_metafield_response import OrderMetafieldResponse

    if response.status_code == 200:
        response_200 = OrderMetafieldResponse.from_dict(response.json())

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
) -> Response[Error | OrderMetafieldResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    order_id: int,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OrderMetafieldResponse]:
    """Get an order metafield

     Reads one metafield of the order.

    Args:
        store_hash (str):
        order_id (int):
        metafield_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderMetafieldResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        metafield_id=metafield_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    order_id: int,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OrderMetafieldResponse | None:
    """Get an order metafield

     Reads one metafield of the order.

    Args:
        store_hash (str):
        order_id (int):
        metafield_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderMetafieldResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        metafield_id=metafield_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OrderMetafieldResponse]:
    """Get an order metafield

     Reads one metafield of the order.

    Args:
        store_hash (str):
        order_id (int):
        metafield_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderMetafieldResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        metafield_id=metafield_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OrderMetafieldResponse | None:
    """Get an order metafield

     Reads one metafield of the order.

    Args:
        store_hash (str):
        order_id (int):
        metafield_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderMetafieldResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            metafield_id=metafield_id,
            client=client,
        )
    ).parsed
