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
    from ...models.cart_metafield_response import CartMetafieldResponse
    from ...models.error import Error
    from ...models.get_cart_metafield_direction import GetCartMetafieldDirection


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    metafield_id: int,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: GetCartMetafieldDirection | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}/metafields/{metafield_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CartMetafieldResponse | Error | None:
    from ...models.cart_metafield_response import CartMetafieldResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CartMetafieldResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartMetafieldResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    cart_id: UUID,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: GetCartMetafieldDirection | Unset = UNSET,
) -> Response[CartMetafieldResponse | Error]:
    """Get a cart metafield

     Reads one metafield of the cart. BigCommerce also accepts the list's filters and paging
    parameters here; they do not change the answer.

    Args:
        store_hash (str):
        cart_id (UUID):
        metafield_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (GetCartMetafieldDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        metafield_id=metafield_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    cart_id: UUID,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: GetCartMetafieldDirection | Unset = UNSET,
) -> CartMetafieldResponse | Error | None:
    """Get a cart metafield

     Reads one metafield of the cart. BigCommerce also accepts the list's filters and paging
    parameters here; they do not change the answer.

    Args:
        store_hash (str):
        cart_id (UUID):
        metafield_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (GetCartMetafieldDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        cart_id=cart_id,
        metafield_id=metafield_id,
        client=client,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: GetCartMetafieldDirection | Unset = UNSET,
) -> Response[CartMetafieldResponse | Error]:
    """Get a cart metafield

     Reads one metafield of the cart. BigCommerce also accepts the list's filters and paging
    parameters here; they do not change the answer.

    Args:
        store_hash (str):
        cart_id (UUID):
        metafield_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (GetCartMetafieldDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        metafield_id=metafield_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    metafield_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: GetCartMetafieldDirection | Unset = UNSET,
) -> CartMetafieldResponse | Error | None:
    """Get a cart metafield

     Reads one metafield of the cart. BigCommerce also accepts the list's filters and paging
    parameters here; they do not change the answer.

    Args:
        store_hash (str):
        cart_id (UUID):
        metafield_id (int):
        page (int | Unset):
        limit (int | Unset):
        key (str | Unset):
        namespace (str | Unset):
        direction (GetCartMetafieldDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            cart_id=cart_id,
            metafield_id=metafield_id,
            client=client,
            page=page,
            limit=limit,
            key=key,
            namespace=namespace,
            direction=direction,
        )
    ).parsed
