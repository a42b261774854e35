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
    from ...models.order_refund_quote_request import OrderRefundQuoteRequest
    from ...models.order_refund_quote_response import OrderRefundQuoteResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    body: OrderRefundQuoteRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/payment_actions/refund_quotes".format(
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
) -> Error | OrderRefundQuoteResponse | None:
    from ...models.error import Error
    from ...models.order_refund_quote_response import OrderRefundQuoteResponse

    if response.status_code == 201:
        response_201 = OrderRefundQuoteResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderRefundQuoteResponse]:
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
    body: OrderRefundQuoteRequest,
) -> Response[Error | OrderRefundQuoteResponse]:
    """Quote a refund

     Works out what refunding the given items would pay back, its tax, and the ways it can be
    paid (`refund_methods`). Moves no money. Refund with the amounts of one of the quote's
    methods: BigCommerce refuses a refund whose amounts differ.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderRefundQuoteRequest): What to quote a refund for; give `items`, or
            `tax_adjustment_amount` for overcharged tax.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderRefundQuoteResponse]
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
    body: OrderRefundQuoteRequest,
) -> Error | OrderRefundQuoteResponse | None:
    """Quote a refund

     Works out what refunding the given items would pay back, its tax, and the ways it can be
    paid (`refund_methods`). Moves no money. Refund with the amounts of one of the quote's
    methods: BigCommerce refuses a refund whose amounts differ.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderRefundQuoteRequest): What to quote a refund for; give `items`, or
            `tax_adjustment_amount` for overcharged tax.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderRefundQuoteResponse
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
    body: OrderRefundQuoteRequest,
) -> Response[Error | OrderRefundQuoteResponse]:
    """Quote a refund

     Works out what refunding the given items would pay back, its tax, and the ways it can be
    paid (`refund_methods`). Moves no money. Refund with the amounts of one of the quote's
    methods: BigCommerce refuses a refund whose amounts differ.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderRefundQuoteRequest): What to quote a refund for; give `items`, or
            `tax_adjustment_amount` for overcharged tax.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderRefundQuoteResponse]
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
    body: OrderRefundQuoteRequest,
) -> Error | OrderRefundQuoteResponse | None:
    """Quote a refund

     Works out what refunding the given items would pay back, its tax, and the ways it can be
    paid (`refund_methods`). Moves no money. Refund with the amounts of one of the quote's
    methods: BigCommerce refuses a refund whose amounts differ.

    Args:
        store_hash (str):
        order_id (int):
        body (OrderRefundQuoteRequest): What to quote a refund for; give `items`, or
            `tax_adjustment_amount` for overcharged tax.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderRefundQuoteResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
