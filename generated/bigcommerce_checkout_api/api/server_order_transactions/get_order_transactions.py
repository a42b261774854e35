from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.order_transaction_list_response import OrderTransactionListResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/transactions".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | OrderTransactionListResponse | None:
    from ...models.error import Error
    from ...models.order_transaction_list_response import OrderTransactionListResponse

    if response.status_code == 200:
        response_200 = OrderTransactionListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | OrderTransactionListResponse]:
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
) -> Response[Any | Error | OrderTransactionListResponse]:
    """List an order's transactions

     Lists the payment events of an order: authorisations, captures, refunds, voids, with the
    amount, gateway and card of each. This is how to prove whether a payment was taken. An
    order without transactions answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OrderTransactionListResponse]
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
) -> Any | Error | OrderTransactionListResponse | None:
    """List an order's transactions

     Lists the payment events of an order: authorisations, captures, refunds, voids, with the
    amount, gateway and card of each. This is how to prove whether a payment was taken. An
    order without transactions answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OrderTransactionListResponse
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
) -> Response[Any | Error | OrderTransactionListResponse]:
    """List an order's transactions

     Lists the payment events of an order: authorisations, captures, refunds, voids, with the
    amount, gateway and card of each. This is how to prove whether a payment was taken. An
    order without transactions answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OrderTransactionListResponse]
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
) -> Any | Error | OrderTransactionListResponse | None:
    """List an order's transactions

     Lists the payment events of an order: authorisations, captures, refunds, voids, with the
    amount, gateway and card of each. This is how to prove whether a payment was taken. An
    order without transactions answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OrderTransactionListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
        )
    ).parsed
