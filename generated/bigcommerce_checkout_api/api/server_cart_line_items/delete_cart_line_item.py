from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_response import CartResponse
    from ...models.cart_version_only import CartVersionOnly
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    item_id: str,
    *,
    body: CartVersionOnly | Unset | bytes = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}/items/{item_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CartResponse | Error | None:
    from ...models.cart_response import CartResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CartResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CartResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient,
    body: CartVersionOnly | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[Any | CartResponse | Error]:
    """Delete a line item

     Removes one line item. Removing the last one deletes the whole cart: the answer is then
    204 with no body.

    Args:
        store_hash (str):
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (CartVersionOnly | Unset): An optional guard against lost updates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        item_id=item_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient,
    body: CartVersionOnly | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Any | CartResponse | Error | None:
    """Delete a line item

     Removes one line item. Removing the last one deletes the whole cart: the answer is then
    204 with no body.

    Args:
        store_hash (str):
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (CartVersionOnly | Unset): An optional guard against lost updates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CartResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        cart_id=cart_id,
        item_id=item_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient,
    body: CartVersionOnly | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[Any | CartResponse | Error]:
    """Delete a line item

     Removes one line item. Removing the last one deletes the whole cart: the answer is then
    204 with no body.

    Args:
        store_hash (str):
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (CartVersionOnly | Unset): An optional guard against lost updates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CartResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        item_id=item_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient,
    body: CartVersionOnly | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Any | CartResponse | Error | None:
    """Delete a line item

     Removes one line item. Removing the last one deletes the whole cart: the answer is then
    204 with no body.

    Args:
        store_hash (str):
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (CartVersionOnly | Unset): An optional guard against lost updates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CartResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            cart_id=cart_id,
            item_id=item_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
