from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_order_taxes_details import GetOrderTaxesDetails
    from ...models.order_tax import OrderTax


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    details: GetOrderTaxesDetails | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_details: str | Unset = UNSET
    if not isinstance(details, Unset):
        json_details = details.value

    params["details"] = json_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders/{order_id}/taxes".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OrderTax] | None:
    from ...models.order_tax import OrderTax

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderTax.from_dict(response_200_item_data)

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
) -> Response[Any | list[OrderTax]]:
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
    details: GetOrderTaxesDetails | Unset = UNSET,
) -> Response[Any | list[OrderTax]]:
    """List an order's taxes

     Lists each tax applied to the order. `details=true` adds the product line and the kind of
    line each tax is on. A page past the last one answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        details (GetOrderTaxesDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderTax]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
        details=details,
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
    details: GetOrderTaxesDetails | Unset = UNSET,
) -> Any | list[OrderTax] | None:
    """List an order's taxes

     Lists each tax applied to the order. `details=true` adds the product line and the kind of
    line each tax is on. A page past the last one answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        details (GetOrderTaxesDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderTax]
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        page=page,
        limit=limit,
        details=details,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    details: GetOrderTaxesDetails | Unset = UNSET,
) -> Response[Any | list[OrderTax]]:
    """List an order's taxes

     Lists each tax applied to the order. `details=true` adds the product line and the kind of
    line each tax is on. A page past the last one answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        details (GetOrderTaxesDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderTax]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
        details=details,
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
    details: GetOrderTaxesDetails | Unset = UNSET,
) -> Any | list[OrderTax] | None:
    """List an order's taxes

     Lists each tax applied to the order. `details=true` adds the product line and the kind of
    line each tax is on. A page past the last one answers `204 No Content`: an empty list.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        details (GetOrderTaxesDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderTax]
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            page=page,
            limit=limit,
            details=details,
        )
    ).parsed
