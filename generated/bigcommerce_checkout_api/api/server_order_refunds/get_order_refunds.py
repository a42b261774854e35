from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_refund_list_response import OrderRefundListResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    transaction_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["transaction_id"] = transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/payment_actions/refunds".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderRefundListResponse | None:
    from ...models.order_refund_list_response import OrderRefundListResponse

    if response.status_code == 200:
        response_200 = OrderRefundListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderRefundListResponse]:
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
    transaction_id: str | Unset = UNSET,
) -> Response[OrderRefundListResponse]:
    """List an order's refunds

     Lists the refunds of one order, oldest first. After a refund whose answer was lost, this
    says whether it was made.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        transaction_id=transaction_id,
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
    transaction_id: str | Unset = UNSET,
) -> OrderRefundListResponse | None:
    """List an order's refunds

     Lists the refunds of one order, oldest first. After a refund whose answer was lost, this
    says whether it was made.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundListResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        transaction_id=transaction_id,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    transaction_id: str | Unset = UNSET,
) -> Response[OrderRefundListResponse]:
    """List an order's refunds

     Lists the refunds of one order, oldest first. After a refund whose answer was lost, this
    says whether it was made.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    transaction_id: str | Unset = UNSET,
) -> OrderRefundListResponse | None:
    """List an order's refunds

     Lists the refunds of one order, oldest first. After a refund whose answer was lost, this
    says whether it was made.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            transaction_id=transaction_id,
        )
    ).parsed
