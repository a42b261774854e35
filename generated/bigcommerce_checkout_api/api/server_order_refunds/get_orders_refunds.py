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
    *,
    order_idin: str | Unset = UNSET,
    idin: str | Unset = UNSET,
    createdmin: str | Unset = UNSET,
    createdmax: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_id:in"] = order_idin

    params["id:in"] = idin

    params["created:min"] = createdmin

    params["created:max"] = createdmax

    params["transaction_id"] = transaction_id

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/payment_actions/refunds".format(
            store_hash=quote(str(store_hash), safe=""),
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
    *,
    client: AuthenticatedClient,
    order_idin: str | Unset = UNSET,
    idin: str | Unset = UNSET,
    createdmin: str | Unset = UNSET,
    createdmax: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[OrderRefundListResponse]:
    """List refunds of every order

     Lists refunds across orders, oldest first, filtered by order ids, refund ids, creation
    time or transaction.

    Args:
        store_hash (str):
        order_idin (str | Unset):
        idin (str | Unset):
        createdmin (str | Unset):
        createdmax (str | Unset):
        transaction_id (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_idin=order_idin,
        idin=idin,
        createdmin=createdmin,
        createdmax=createdmax,
        transaction_id=transaction_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_idin: str | Unset = UNSET,
    idin: str | Unset = UNSET,
    createdmin: str | Unset = UNSET,
    createdmax: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> OrderRefundListResponse | None:
    """List refunds of every order

     Lists refunds across orders, oldest first, filtered by order ids, refund ids, creation
    time or transaction.

    Args:
        store_hash (str):
        order_idin (str | Unset):
        idin (str | Unset):
        createdmin (str | Unset):
        createdmax (str | Unset):
        transaction_id (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundListResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        order_idin=order_idin,
        idin=idin,
        createdmin=createdmin,
        createdmax=createdmax,
        transaction_id=transaction_id,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_idin: str | Unset = UNSET,
    idin: str | Unset = UNSET,
    createdmin: str | Unset = UNSET,
    createdmax: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[OrderRefundListResponse]:
    """List refunds of every order

     Lists refunds across orders, oldest first, filtered by order ids, refund ids, creation
    time or transaction.

    Args:
        store_hash (str):
        order_idin (str | Unset):
        idin (str | Unset):
        createdmin (str | Unset):
        createdmax (str | Unset):
        transaction_id (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_idin=order_idin,
        idin=idin,
        createdmin=createdmin,
        createdmax=createdmax,
        transaction_id=transaction_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_idin: str | Unset = UNSET,
    idin: str | Unset = UNSET,
    createdmin: str | Unset = UNSET,
    createdmax: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> OrderRefundListResponse | None:
    """List refunds of every order

     Lists refunds across orders, oldest first, filtered by order ids, refund ids, creation
    time or transaction.

    Args:
        store_hash (str):
        order_idin (str | Unset):
        idin (str | Unset):
        createdmin (str | Unset):
        createdmax (str | Unset):
        transaction_id (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            order_idin=order_idin,
            idin=idin,
            createdmin=createdmin,
            createdmax=createdmax,
            transaction_id=transaction_id,
            page=page,
            limit=limit,
        )
    ).parsed
