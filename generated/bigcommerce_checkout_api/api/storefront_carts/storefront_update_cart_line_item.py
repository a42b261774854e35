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
    from ...models.error import Error
    from ...models.storefront_cart import StorefrontCart
    from ...models.storefront_cart_item_update_request import (
        StorefrontCartItemUpdateRequest,
    )


def _get_kwargs(
    cart_id: UUID,
    item_id: str,
    *,
    body: StorefrontCartItemUpdateRequest | bytes,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/storefront/carts/{cart_id}/items/{item_id}".format(
            cart_id=quote(str(cart_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StorefrontCart | None:
    from ...models.error import Error
    from ...models.storefront_cart import StorefrontCart

    if response.status_code == 200:
        response_200 = StorefrontCart.from_dict(response.json())

        return response_200

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StorefrontCart]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartItemUpdateRequest,
    include: str | Unset = UNSET,
) -> Response[Error | StorefrontCart]:
    """Update a line item

     Changes one item of the shopper's cart, typically its quantity. Send one change at a time:
    parallel calls can overwrite each other.

    Args:
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (StorefrontCartItemUpdateRequest): The new state of one item; send `lineItem` for a
            product or `giftCertificate` for a gift certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCart]
    """

    kwargs = _get_kwargs(
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
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartItemUpdateRequest,
    include: str | Unset = UNSET,
) -> Error | StorefrontCart | None:
    """Update a line item

     Changes one item of the shopper's cart, typically its quantity. Send one change at a time:
    parallel calls can overwrite each other.

    Args:
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (StorefrontCartItemUpdateRequest): The new state of one item; send `lineItem` for a
            product or `giftCertificate` for a gift certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCart
    """

    return sync_detailed(
        cart_id=cart_id,
        item_id=item_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartItemUpdateRequest,
    include: str | Unset = UNSET,
) -> Response[Error | StorefrontCart]:
    """Update a line item

     Changes one item of the shopper's cart, typically its quantity. Send one change at a time:
    parallel calls can overwrite each other.

    Args:
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (StorefrontCartItemUpdateRequest): The new state of one item; send `lineItem` for a
            product or `giftCertificate` for a gift certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCart]
    """

    kwargs = _get_kwargs(
        cart_id=cart_id,
        item_id=item_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cart_id: UUID,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartItemUpdateRequest,
    include: str | Unset = UNSET,
) -> Error | StorefrontCart | None:
    """Update a line item

     Changes one item of the shopper's cart, typically its quantity. Send one change at a time:
    parallel calls can overwrite each other.

    Args:
        cart_id (UUID):
        item_id (str):
        include (str | Unset):
        body (StorefrontCartItemUpdateRequest): The new state of one item; send `lineItem` for a
            product or `giftCertificate` for a gift certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCart
    """

    return (
        await asyncio_detailed(
            cart_id=cart_id,
            item_id=item_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
