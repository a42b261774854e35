from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_coupon import OrderCoupon


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders/{order_id}/coupons".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OrderCoupon] | None:
    from ...models.order_coupon import OrderCoupon

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderCoupon.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[OrderCoupon]]:
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[Any | list[OrderCoupon]]:
    """List an order's coupons

     Lists the coupon codes used on the order and what each took off. A page past the last one,
    or an order without coupons, answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderCoupon]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Any | list[OrderCoupon] | None:
    """List an order's coupons

     Lists the coupon codes used on the order and what each took off. A page past the last one,
    or an order without coupons, answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderCoupon]
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[Any | list[OrderCoupon]]:
    """List an order's coupons

     Lists the coupon codes used on the order and what each took off. A page past the last one,
    or an order without coupons, answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderCoupon]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Any | list[OrderCoupon] | None:
    """List an order's coupons

     Lists the coupon codes used on the order and what each took off. A page past the last one,
    or an order without coupons, answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderCoupon]
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
