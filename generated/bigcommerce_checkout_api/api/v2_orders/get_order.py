from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_order_consignment_structure import GetOrderConsignmentStructure
    from ...models.order import Order
    from ...models.order_error_message import OrderErrorMessage


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    include: str | Unset = UNSET,
    consignment_structure: GetOrderConsignmentStructure | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    json_consignment_structure: str | Unset = UNSET
    if not isinstance(consignment_structure, Unset):
        json_consignment_structure = consignment_structure.value

    params["consignment_structure"] = json_consignment_structure

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders/{order_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Order | list[OrderErrorMessage] | None:
    from ...models.order import Order
    from ...models.order_error_message import OrderErrorMessage

    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for response_404_item_data in _response_404:
            response_404_item = OrderErrorMessage.from_dict(response_404_item_data)

            response_404.append(response_404_item)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Order | list[OrderErrorMessage]]:
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
    include: str | Unset = UNSET,
    consignment_structure: GetOrderConsignmentStructure | Unset = UNSET,
) -> Response[Order | list[OrderErrorMessage]]:
    """Get an order

     Reads one order: its status, totals, billing address and payment status. Products,
    shipping addresses and coupons come as links (`url`, `resource`) to their own calls;
    `include=consignments` and `include=fees` embed those instead of linking them.

    Args:
        store_hash (str):
        order_id (int):
        include (str | Unset):
        consignment_structure (GetOrderConsignmentStructure | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | list[OrderErrorMessage]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        include=include,
        consignment_structure=consignment_structure,
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
    include: str | Unset = UNSET,
    consignment_structure: GetOrderConsignmentStructure | Unset = UNSET,
) -> Order | list[OrderErrorMessage] | None:
    """Get an order

     Reads one order: its status, totals, billing address and payment status. Products,
    shipping addresses and coupons come as links (`url`, `resource`) to their own calls;
    `include=consignments` and `include=fees` embed those instead of linking them.

    Args:
        store_hash (str):
        order_id (int):
        include (str | Unset):
        consignment_structure (GetOrderConsignmentStructure | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | list[OrderErrorMessage]
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        include=include,
        consignment_structure=consignment_structure,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    consignment_structure: GetOrderConsignmentStructure | Unset = UNSET,
) -> Response[Order | list[OrderErrorMessage]]:
    """Get an order

     Reads one order: its status, totals, billing address and payment status. Products,
    shipping addresses and coupons come as links (`url`, `resource`) to their own calls;
    `include=consignments` and `include=fees` embed those instead of linking them.

    Args:
        store_hash (str):
        order_id (int):
        include (str | Unset):
        consignment_structure (GetOrderConsignmentStructure | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | list[OrderErrorMessage]]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        include=include,
        consignment_structure=consignment_structure,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    consignment_structure: GetOrderConsignmentStructure | Unset = UNSET,
) -> Order | list[OrderErrorMessage] | None:
    """Get an order

     Reads one order: its status, totals, billing address and payment status. Products,
    shipping addresses and coupons come as links (`url`, `resource`) to their own calls;
    `include=consignments` and `include=fees` embed those instead of linking them.

    Args:
        store_hash (str):
        order_id (int):
        include (str | Unset):
        consignment_structure (GetOrderConsignmentStructure | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | list[OrderErrorMessage]
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            include=include,
            consignment_structure=consignment_structure,
        )
    ).parsed
