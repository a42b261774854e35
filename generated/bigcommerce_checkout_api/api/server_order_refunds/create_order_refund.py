from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.order_refund_request import OrderRefundRequest
    from ...models.order_refund_response import OrderRefundResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    body: OrderRefundRequest | bytes,
    transaction_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["transaction_id"] = transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/payment_actions/refunds".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
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
) -> Error | OrderRefundResponse | None:
    from ...models.error import Error
    from ...models.order_refund_response import OrderRefundResponse

    if response.status_code == 201:
        response_201 = OrderRefundResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderRefundResponse]:
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
    body: OrderRefundRequest,
    transaction_id: str | Unset = UNSET,
) -> Response[Error | OrderRefundResponse]:
    """Refund an order

     Pays money back: the items, and the payments from a refund quote's method. BigCommerce
    schedules the payment with the provider. Money moves, so the client sends it once and
    never again; refund one order at a time.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):
        body (OrderRefundRequest): A refund: what is refunded (`items`, or
            `tax_adjustment_amount`) and how it is paid back
            (`payments`, the amounts of one of the quote's `refund_methods`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderRefundResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        body=body,
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
    body: OrderRefundRequest,
    transaction_id: str | Unset = UNSET,
) -> Error | OrderRefundResponse | None:
    """Refund an order

     Pays money back: the items, and the payments from a refund quote's method. BigCommerce
    schedules the payment with the provider. Money moves, so the client sends it once and
    never again; refund one order at a time.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):
        body (OrderRefundRequest): A refund: what is refunded (`items`, or
            `tax_adjustment_amount`) and how it is paid back
            (`payments`, the amounts of one of the quote's `refund_methods`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderRefundResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        body=body,
        transaction_id=transaction_id,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRefundRequest,
    transaction_id: str | Unset = UNSET,
) -> Response[Error | OrderRefundResponse]:
    """Refund an order

     Pays money back: the items, and the payments from a refund quote's method. BigCommerce
    schedules the payment with the provider. Money moves, so the client sends it once and
    never again; refund one order at a time.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):
        body (OrderRefundRequest): A refund: what is refunded (`items`, or
            `tax_adjustment_amount`) and how it is paid back
            (`payments`, the amounts of one of the quote's `refund_methods`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderRefundResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        body=body,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRefundRequest,
    transaction_id: str | Unset = UNSET,
) -> Error | OrderRefundResponse | None:
    """Refund an order

     Pays money back: the items, and the payments from a refund quote's method. BigCommerce
    schedules the payment with the provider. Money moves, so the client sends it once and
    never again; refund one order at a time.

    Args:
        store_hash (str):
        order_id (int):
        transaction_id (str | Unset):
        body (OrderRefundRequest): A refund: what is refunded (`items`, or
            `tax_adjustment_amount`) and how it is paid back
            (`payments`, the amounts of one of the quote's `refund_methods`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderRefundResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            body=body,
            transaction_id=transaction_id,
        )
    ).parsed
