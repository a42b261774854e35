from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_orders_consignment_structure import GetOrdersConsignmentStructure
    from ...models.order import Order


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
    page: int | Unset = 1,
    limit: int | Unset = 50,
    sort: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    include: str | Unset = UNSET,
    consignment_structure: GetOrdersConsignmentStructure | Unset = UNSET,
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

    params["page"] = page

    params["limit"] = limit

    params["sort"] = sort

    params["channel_id"] = channel_id

    params["include"] = include

    json_consignment_structure: str | Unset = UNSET
    if not isinstance(consignment_structure, Unset):
        json_consignment_structure = consignment_structure.value

    params["consignment_structure"] = json_consignment_structure

    params["external_order_id"] = external_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v2/orders".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Order] | None:
    from ...models.order import Order

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

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
) -> Response[Any | list[Order]]:
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
    sort: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    include: str | Unset = UNSET,
    consignment_structure: GetOrdersConsignmentStructure | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Response[Any | list[Order]]:
    """List orders

     Lists the store's orders, one page at a time, lowest id first unless `sort` says otherwise.
    Filter by status, dates, customer, email, channel or the cart an order came from
    (`cart_id`). A page is at most 250 orders. A page past the last one, or a filter that
    matches nothing, answers `204 No Content` with no body: the client returns an empty list.
    `client.orders.iter()` pages through every order for you.

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
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        sort (str | Unset):
        channel_id (int | Unset):
        include (str | Unset):
        consignment_structure (GetOrdersConsignmentStructure | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Order]]
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
        page=page,
        limit=limit,
        sort=sort,
        channel_id=channel_id,
        include=include,
        consignment_structure=consignment_structure,
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
    sort: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    include: str | Unset = UNSET,
    consignment_structure: GetOrdersConsignmentStructure | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Any | list[Order] | None:
    """List orders

     Lists the store's orders, one page at a time, lowest id first unless `sort` says otherwise.
    Filter by status, dates, customer, email, channel or the cart an order came from
    (`cart_id`). A page is at most 250 orders. A page past the last one, or a filter that
    matches nothing, answers `204 No Content` with no body: the client returns an empty list.
    `client.orders.iter()` pages through every order for you.

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
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        sort (str | Unset):
        channel_id (int | Unset):
        include (str | Unset):
        consignment_structure (GetOrdersConsignmentStructure | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Order]
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
        page=page,
        limit=limit,
        sort=sort,
        channel_id=channel_id,
        include=include,
        consignment_structure=consignment_structure,
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
    sort: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    include: str | Unset = UNSET,
    consignment_structure: GetOrdersConsignmentStructure | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Response[Any | list[Order]]:
    """List orders

     Lists the store's orders, one page at a time, lowest id first unless `sort` says otherwise.
    Filter by status, dates, customer, email, channel or the cart an order came from
    (`cart_id`). A page is at most 250 orders. A page past the last one, or a filter that
    matches nothing, answers `204 No Content` with no body: the client returns an empty list.
    `client.orders.iter()` pages through every order for you.

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
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        sort (str | Unset):
        channel_id (int | Unset):
        include (str | Unset):
        consignment_structure (GetOrdersConsignmentStructure | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Order]]
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
        page=page,
        limit=limit,
        sort=sort,
        channel_id=channel_id,
        include=include,
        consignment_structure=consignment_structure,
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
    page: int | Unset = 1,
    limit: int | Unset = 50,
    sort: str | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    include: str | Unset = UNSET,
    consignment_structure: GetOrdersConsignmentStructure | Unset = UNSET,
    external_order_id: str | Unset = UNSET,
) -> Any | list[Order] | None:
    """List orders

     Lists the store's orders, one page at a time, lowest id first unless `sort` says otherwise.
    Filter by status, dates, customer, email, channel or the cart an order came from
    (`cart_id`). A page is at most 250 orders. A page past the last one, or a filter that
    matches nothing, answers `204 No Content` with no body: the client returns an empty list.
    `client.orders.iter()` pages through every order for you.

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
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        sort (str | Unset):
        channel_id (int | Unset):
        include (str | Unset):
        consignment_structure (GetOrdersConsignmentStructure | Unset):
        external_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Order]
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
            page=page,
            limit=limit,
            sort=sort,
            channel_id=channel_id,
            include=include,
            consignment_structure=consignment_structure,
            external_order_id=external_order_id,
        )
    ).parsed
