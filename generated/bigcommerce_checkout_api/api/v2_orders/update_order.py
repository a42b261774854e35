from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order import Order
    from ...models.order_update_request import OrderUpdateRequest


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    body: OrderUpdateRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v2/orders/{order_id}".format(
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Order | None:
    from ...models.order import Order

    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Order]:
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
    body: OrderUpdateRequest,
) -> Response[Order]:
    """Update an order

     Changes an order: its status (for example to cancel an unpaid order), notes, external id,
    payment details, customer or billing address. Only the fields sent change. A status
    change can send the shopper an email, so the client sends it once, as it does a payment.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderUpdateRequest): The changes to make to an order; fields left out do not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order]
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
    body: OrderUpdateRequest,
) -> Order | None:
    """Update an order

     Changes an order: its status (for example to cancel an unpaid order), notes, external id,
    payment details, customer or billing address. Only the fields sent change. A status
    change can send the shopper an email, so the client sends it once, as it does a payment.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderUpdateRequest): The changes to make to an order; fields left out do not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
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
    body: OrderUpdateRequest,
) -> Response[Order]:
    """Update an order

     Changes an order: its status (for example to cancel an unpaid order), notes, external id,
    payment details, customer or billing address. Only the fields sent change. A status
    change can send the shopper an email, so the client sends it once, as it does a payment.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderUpdateRequest): The changes to make to an order; fields left out do not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order]
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
    body: OrderUpdateRequest,
) -> Order | None:
    """Update an order

     Changes an order: its status (for example to cancel an unpaid order), notes, external id,
    payment details, customer or billing address. Only the fields sent change. A status
    change can send the shopper an email, so the client sends it once, as it does a payment.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderUpdateRequest): The changes to make to an order; fields left out do not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
