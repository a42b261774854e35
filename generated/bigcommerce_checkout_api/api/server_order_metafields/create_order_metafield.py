from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_metafield_input import CartMetafieldInput
    from ...models.error import Error
    from ...models.order_metafield_response import OrderMetafieldResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    body: CartMetafieldInput | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/metafields".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
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
) -> Error | OrderMetafieldResponse | None:
    from ...models.error import Error
    from ...models.order_metafield_response import OrderMetafieldResponse

    if response.status_code == 200:
        response_200 = OrderMetafieldResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
    *,
    client: AuthenticatedClient,
    body: CartMetafieldInput,
) -> Response[Error | OrderMetafieldResponse]:
    """Create an order metafield

     Attaches one metafield to the order. The pair of `namespace` and `key` must be new for this
    order.

    Args:
        store_hash (str):
        order_id (int):
        body (CartMetafieldInput): A metafield to write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderMetafieldResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        body=body,
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
    body: CartMetafieldInput,
) -> Error | OrderMetafieldResponse | None:
    """Create an order metafield

     Attaches one metafield to the order. The pair of `namespace` and `key` must be new for this
    order.

    Args:
        store_hash (str):
        order_id (int):
        body (CartMetafieldInput): A metafield to write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderMetafieldResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: CartMetafieldInput,
) -> Response[Error | OrderMetafieldResponse]:
    """Create an order metafield

     Attaches one metafield to the order. The pair of `namespace` and `key` must be new for this
    order.

    Args:
        store_hash (str):
        order_id (int):
        body (CartMetafieldInput): A metafield to write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderMetafieldResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: CartMetafieldInput,
) -> Error | OrderMetafieldResponse | None:
    """Create an order metafield

     Attaches one metafield to the order. The pair of `namespace` and `key` must be new for this
    order.

    Args:
        store_hash (str):
        order_id (int):
        body (CartMetafieldInput): A metafield to write.

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
            client=client,
            body=body,
        )
    ).parsed
