from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_refund_response import OrderRefundResponse


def _get_kwargs(
    store_hash: str,
    refund_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/payment_actions/refunds/{refund_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            refund_id=quote(str(refund_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderRefundResponse | None:
    from ...models.order_refund_response import OrderRefundResponse

    if response.status_code == 200:
        response_200 = OrderRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    refund_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderRefundResponse]:
    """Get a refund

     Reads one refund by its id.

    Args:
        store_hash (str):
        refund_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        refund_id=refund_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    refund_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderRefundResponse | None:
    """Get a refund

     Reads one refund by its id.

    Args:
        store_hash (str):
        refund_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        refund_id=refund_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    refund_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OrderRefundResponse]:
    """Get a refund

     Reads one refund by its id.

    Args:
        store_hash (str):
        refund_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderRefundResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        refund_id=refund_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    refund_id: int,
    *,
    client: AuthenticatedClient,
) -> OrderRefundResponse | None:
    """Get a refund

     Reads one refund by its id.

    Args:
        store_hash (str):
        refund_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderRefundResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            refund_id=refund_id,
            client=client,
        )
    ).parsed
