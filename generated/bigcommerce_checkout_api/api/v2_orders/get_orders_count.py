from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_count import OrderCount


def _get_kwargs(
    store_hash: str,
    *,
    min_id: int | Unset = UNSET,
    max_id: int | Unset = UNSET,
    min_total: float | Unset = UNSET,
    max_total: float | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    status_id: int | Unset = UNSET,
    cart_id: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    min_date_created: str | Unset = UNSET,
    max_date_created: str | Unset = UNSET,
    min_date_modified: str | Unset = UNSET,
    max_date_modified: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["min_id"] = min_id

    params["max_id"] = max_id

    params["min_total"] = min_total

    params["max_total"] = max_total

    params["customer_id"] = customer_id

    params["email"] = email

    params["status_id"] = status_id

    params["cart_id"] = cart_id

    params["payment_method"] = payment_method

    params["min_date_created"] = min_date_created

    params["max_date_created"] = max_date_created

    params["min_date_modified"] = min_date_modified

    params["max_date_modified"] = max_date_modified

    params["channel_id"] = channel_id

    params["external_order_id"] = external_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders/count".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderCount | None:
    from ...models.order_count import OrderCount

    if response.status_code == 200:
        response_200 = OrderCount.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderCount]:
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
    min_id: int | Unset = UNSET,
    max_id: int | Unset = UNSET,
    min_total: float | Unset = UNSET,
    max_total: float | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    status_id: int | Unset = UNSET,
    cart_id: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    min_date_created: str | Unset = UNSET,
    max_date_created: str | Unset = UNSET,
    min_date_modified: str | Unset = UNSET,
    max_date_modified: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Response[OrderCount]:
    """Count orders

     Counts the orders that match the filters, in total and for each status. Takes the filters
    of the order list, without paging or sorting.

    Args:
        store_hash (str):
        min_id (int | Unset):
        max_id (int | Unset):
        min_total (float | Unset):
        max_total (float | Unset):
        customer_id (int | Unset):
        email (str | Unset):
        status_id (int | Unset):
        cart_id (str | Unset):
        payment_method (str | Unset):
        min_date_created (str | Unset):
        max_date_created (str | Unset):
        min_date_modified (str | Unset):
        max_date_modified (str | Unset):
        channel_id (int | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderCount]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        min_id=min_id,
        max_id=max_id,
        min_total=min_total,
        max_total=max_total,
        customer_id=customer_id,
        email=email,
        status_id=status_id,
        cart_id=cart_id,
        payment_method=payment_method,
        min_date_created=min_date_created,
        max_date_created=max_date_created,
        min_date_modified=min_date_modified,
        max_date_modified=max_date_modified,
        channel_id=channel_id,
        external_order_id=external_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    min_id: int | Unset = UNSET,
    max_id: int | Unset = UNSET,
    min_total: float | Unset = UNSET,
    max_total: float | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    status_id: int | Unset = UNSET,
    cart_id: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    min_date_created: str | Unset = UNSET,
    max_date_created: str | Unset = UNSET,
    min_date_modified: str | Unset = UNSET,
    max_date_modified: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> OrderCount | None:
    """Count orders

     Counts the orders that match the filters, in total and for each status. Takes the filters
    of the order list, without paging or sorting.

    Args:
        store_hash (str):
        min_id (int | Unset):
        max_id (int | Unset):
        min_total (float | Unset):
        max_total (float | Unset):
        customer_id (int | Unset):
        email (str | Unset):
        status_id (int | Unset):
        cart_id (str | Unset):
        payment_method (str | Unset):
        min_date_created (str | Unset):
        max_date_created (str | Unset):
        min_date_modified (str | Unset):
        max_date_modified (str | Unset):
        channel_id (int | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderCount
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        min_id=min_id,
        max_id=max_id,
        min_total=min_total,
        max_total=max_total,
        customer_id=customer_id,
        email=email,
        status_id=status_id,
        cart_id=cart_id,
        payment_method=payment_method,
        min_date_created=min_date_created,
        max_date_created=max_date_created,
        min_date_modified=min_date_modified,
        max_date_modified=max_date_modified,
        channel_id=channel_id,
        external_order_id=external_order_id,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    min_id: int | Unset = UNSET,
    max_id: int | Unset = UNSET,
    min_total: float | Unset = UNSET,
    max_total: float | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    status_id: int | Unset = UNSET,
    cart_id: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    min_date_created: str | Unset = UNSET,
    max_date_created: str | Unset = UNSET,
    min_date_modified: str | Unset = UNSET,
    max_date_modified: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Response[OrderCount]:
    """Count orders

     Counts the orders that match the filters, in total and for each status. Takes the filters
    of the order list, without paging or sorting.

    Args:
        store_hash (str):
        min_id (int | Unset):
        max_id (int | Unset):
        min_total (float | Unset):
        max_total (float | Unset):
        customer_id (int | Unset):
        email (str | Unset):
        status_id (int | Unset):
        cart_id (str | Unset):
        payment_method (str | Unset):
        min_date_created (str | Unset):
        max_date_created (str | Unset):
        min_date_modified (str | Unset):
        max_date_modified (str | Unset):
        channel_id (int | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderCount]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        min_id=min_id,
        max_id=max_id,
        min_total=min_total,
        max_total=max_total,
        customer_id=customer_id,
        email=email,
        status_id=status_id,
        cart_id=cart_id,
        payment_method=payment_method,
        min_date_created=min_date_created,
        max_date_created=max_date_created,
        min_date_modified=min_date_modified,
        max_date_modified=max_date_modified,
        channel_id=channel_id,
        external_order_id=external_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    min_id: int | Unset = UNSET,
    max_id: int | Unset = UNSET,
    min_total: float | Unset = UNSET,
    max_total: float | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    status_id: int | Unset = UNSET,
    cart_id: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    min_date_created: str | Unset = UNSET,
    max_date_created: str | Unset = UNSET,
    min_date_modified: str | Unset = UNSET,
    max_date_modified: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> OrderCount | None:
    """Count orders

     Counts the orders that match the filters, in total and for each status. Takes the filters
    of the order list, without paging or sorting.

    Args:
        store_hash (str):
        min_id (int | Unset):
        max_id (int | Unset):
        min_total (float | Unset):
        max_total (float | Unset):
        customer_id (int | Unset):
        email (str | Unset):
        status_id (int | Unset):
        cart_id (str | Unset):
        payment_method (str | Unset):
        min_date_created (str | Unset):
        max_date_created (str | Unset):
        min_date_modified (str | Unset):
        max_date_modified (str | Unset):
        channel_id (int | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderCount
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            min_id=min_id,
            max_id=max_id,
            min_total=min_total,
            max_total=max_total,
            customer_id=customer_id,
            email=email,
            status_id=status_id,
            cart_id=cart_id,
            payment_method=payment_method,
            min_date_created=min_date_created,
            max_date_created=max_date_created,
            min_date_modified=min_date_modified,
            max_date_modified=max_date_modified,
            channel_id=channel_id,
            external_order_id=external_order_id,
        )
    ).parsed
