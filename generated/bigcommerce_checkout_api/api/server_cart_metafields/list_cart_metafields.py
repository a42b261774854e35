from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_metafield_list_response import CartMetafieldListResponse
    from ...models.list_cart_metafields_direction import ListCartMetafieldsDirection


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: ListCartMetafieldsDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["key"] = key

    params["namespace"] = namespace

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["before"] = before

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}/metafields".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CartMetafieldListResponse | None:
    from ...models.cart_metafield_list_response import CartMetafieldListResponse

    if response.status_code == 200:
        response_200 = CartMetafieldListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartMetafieldListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: ListCartMetafieldsDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[CartMetafieldListResponse]:
    """List a cart's metafields

     Lists the metafields of one cart, a page at a time. Filter by `key` or `namespace`; page
    with `page` and `limit`, or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        cart_id (UUID):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (ListCartMetafieldsDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: ListCartMetafieldsDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> CartMetafieldListResponse | None:
    """List a cart's metafields

     Lists the metafields of one cart, a page at a time. Filter by `key` or `namespace`; page
    with `page` and `limit`, or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        cart_id (UUID):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (ListCartMetafieldsDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldListResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        cart_id=cart_id,
        client=client,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: ListCartMetafieldsDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[CartMetafieldListResponse]:
    """List a cart's metafields

     Lists the metafields of one cart, a page at a time. Filter by `key` or `namespace`; page
    with `page` and `limit`, or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        cart_id (UUID):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (ListCartMetafieldsDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldListResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: ListCartMetafieldsDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> CartMetafieldListResponse | None:
    """List a cart's metafields

     Lists the metafields of one cart, a page at a time. Filter by `key` or `namespace`; page
    with `page` and `limit`, or with the cursors `before` and `after`.

    Args:
        store_hash (str):
        cart_id (UUID):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (ListCartMetafieldsDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldListResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            cart_id=cart_id,
            client=client,
            page=page,
            limit=limit,
            key=key,
            namespace=namespace,
            direction=direction,
            before=before,
            after=after,
        )
    ).parsed
