from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_order_metafields_direction import GetOrderMetafieldsDirection
    from ...models.order_metafield_list_response import OrderMetafieldListResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    keyin: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: str | Unset = UNSET,
    direction: GetOrderMetafieldsDirection | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_createdmin: str | Unset = UNSET,
    date_createdmax: str | Unset = UNSET,
    date_modifiedmin: str | Unset = UNSET,
    date_modifiedmax: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["key"] = key

    params["key:in"] = keyin

    params["namespace"] = namespace

    params["namespace:in"] = namespacein

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["include_fields"] = include_fields

    params["date_created"] = date_created

    params["date_modified"] = date_modified

    params["date_created:min"] = date_createdmin

    params["date_created:max"] = date_createdmax

    params["date_modified:min"] = date_modifiedmin

    params["date_modified:max"] = date_modifiedmax

    params["before"] = before

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/metafields".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderMetafieldListResponse | None:
    from ...models.order_metafield_list_response import OrderMetafieldListResponse

    if response.status_code == 200:
        response_200 = OrderMetafieldListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderMetafieldListResponse]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    keyin: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: str | Unset = UNSET,
    direction: GetOrderMetafieldsDirection | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_createdmin: str | Unset = UNSET,
    date_createdmax: str | Unset = UNSET,
    date_modifiedmin: str | Unset = UNSET,
    date_modifiedmax: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[OrderMetafieldListResponse]:
    """List an order's metafields

     Lists the metafields of one order, a page at a time: where a headless store keeps its own
    reference to the order. Filter by key, namespace or dates; page with `page` and `limit`,
    or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        keyin (str | Unset):
        namespace (str | Unset):
        namespacein (str | Unset):
        direction (GetOrderMetafieldsDirection | Unset):
        include_fields (str | Unset):
        date_created (str | Unset):
        date_modified (str | Unset):
        date_createdmin (str | Unset):
        date_createdmax (str | Unset):
        date_modifiedmin (str | Unset):
        date_modifiedmax (str | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderMetafieldListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
        key=key,
        keyin=keyin,
        namespace=namespace,
        namespacein=namespacein,
        direction=direction,
        include_fields=include_fields,
        date_created=date_created,
        date_modified=date_modified,
        date_createdmin=date_createdmin,
        date_createdmax=date_createdmax,
        date_modifiedmin=date_modifiedmin,
        date_modifiedmax=date_modifiedmax,
        before=before,
        after=after,
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    keyin: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: str | Unset = UNSET,
    direction: GetOrderMetafieldsDirection | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_createdmin: str | Unset = UNSET,
    date_createdmax: str | Unset = UNSET,
    date_modifiedmin: str | Unset = UNSET,
    date_modifiedmax: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> OrderMetafieldListResponse | None:
    """List an order's metafields

     Lists the metafields of one order, a page at a time: where a headless store keeps its own
    reference to the order. Filter by key, namespace or dates; page with `page` and `limit`,
    or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        keyin (str | Unset):
        namespace (str | Unset):
        namespacein (str | Unset):
        direction (GetOrderMetafieldsDirection | Unset):
        include_fields (str | Unset):
        date_created (str | Unset):
        date_modified (str | Unset):
        date_createdmin (str | Unset):
        date_createdmax (str | Unset):
        date_modifiedmin (str | Unset):
        date_modifiedmax (str | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderMetafieldListResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
        page=page,
        limit=limit,
        key=key,
        keyin=keyin,
        namespace=namespace,
        namespacein=namespacein,
        direction=direction,
        include_fields=include_fields,
        date_created=date_created,
        date_modified=date_modified,
        date_createdmin=date_createdmin,
        date_createdmax=date_createdmax,
        date_modifiedmin=date_modifiedmin,
        date_modifiedmax=date_modifiedmax,
        before=before,
        after=after,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    keyin: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: str | Unset = UNSET,
    direction: GetOrderMetafieldsDirection | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_createdmin: str | Unset = UNSET,
    date_createdmax: str | Unset = UNSET,
    date_modifiedmin: str | Unset = UNSET,
    date_modifiedmax: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[OrderMetafieldListResponse]:
    """List an order's metafields

     Lists the metafields of one order, a page at a time: where a headless store keeps its own
    reference to the order. Filter by key, namespace or dates; page with `page` and `limit`,
    or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        keyin (str | Unset):
        namespace (str | Unset):
        namespacein (str | Unset):
        direction (GetOrderMetafieldsDirection | Unset):
        include_fields (str | Unset):
        date_created (str | Unset):
        date_modified (str | Unset):
        date_createdmin (str | Unset):
        date_createdmax (str | Unset):
        date_modifiedmin (str | Unset):
        date_modifiedmax (str | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderMetafieldListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        page=page,
        limit=limit,
        key=key,
        keyin=keyin,
        namespace=namespace,
        namespacein=namespacein,
        direction=direction,
        include_fields=include_fields,
        date_created=date_created,
        date_modified=date_modified,
        date_createdmin=date_createdmin,
        date_createdmax=date_createdmax,
        date_modifiedmin=date_modifiedmin,
        date_modifiedmax=date_modifiedmax,
        before=before,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    keyin: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: str | Unset = UNSET,
    direction: GetOrderMetafieldsDirection | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_createdmin: str | Unset = UNSET,
    date_createdmax: str | Unset = UNSET,
    date_modifiedmin: str | Unset = UNSET,
    date_modifiedmax: str | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> OrderMetafieldListResponse | None:
    """List an order's metafields

     Lists the metafields of one order, a page at a time: where a headless store keeps its own
    reference to the order. Filter by key, namespace or dates; page with `page` and `limit`,
    or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        order_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        keyin (str | Unset):
        namespace (str | Unset):
        namespacein (str | Unset):
        direction (GetOrderMetafieldsDirection | Unset):
        include_fields (str | Unset):
        date_created (str | Unset):
        date_modified (str | Unset):
        date_createdmin (str | Unset):
        date_createdmax (str | Unset):
        date_modifiedmin (str | Unset):
        date_modifiedmax (str | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderMetafieldListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
            page=page,
            limit=limit,
            key=key,
            keyin=keyin,
            namespace=namespace,
            namespacein=namespacein,
            direction=direction,
            include_fields=include_fields,
            date_created=date_created,
            date_modified=date_modified,
            date_createdmin=date_createdmin,
            date_createdmax=date_createdmax,
            date_modifiedmin=date_modifiedmin,
            date_modifiedmax=date_modifiedmax,
            before=before,
            after=after,
        )
    ).parsed
