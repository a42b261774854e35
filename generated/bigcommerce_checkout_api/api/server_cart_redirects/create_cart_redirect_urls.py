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
    from ...models.cart_redirect_urls_request import CartRedirectUrlsRequest
    from ...models.cart_redirect_urls_response import CartRedirectUrlsResponse


def _get_kwargs(
    store_hash: str,
    cart_id: UUID,
    *,
    body: CartRedirectUrlsRequest | Unset | bytes = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/carts/{cart_id}/redirect_urls".format(
            store_hash=quote(str(store_hash), safe=""),
            cart_id=quote(str(cart_id), safe=""),
        ),
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
) -> CartRedirectUrlsResponse | None:
    from ...models.cart_redirect_urls_response import CartRedirectUrlsResponse

    if response.status_code == 201:
        response_201 = CartRedirectUrlsResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartRedirectUrlsResponse]:
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
    body: CartRedirectUrlsRequest | Unset = UNSET,
) -> Response[CartRedirectUrlsResponse]:
    """Create redirect URLs

     Makes links that load the cart, or go straight to its checkout, on the storefront. Each
    link works once; make new ones for every visit.

    Args:
        store_hash (str):
        cart_id (UUID):
        body (CartRedirectUrlsRequest | Unset): Extra query parameters to put on the links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartRedirectUrlsResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        body=body,
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
    body: CartRedirectUrlsRequest | Unset = UNSET,
) -> CartRedirectUrlsResponse | None:
    """Create redirect URLs

     Makes links that load the cart, or go straight to its checkout, on the storefront. Each
    link works once; make new ones for every visit.

    Args:
        store_hash (str):
        cart_id (UUID):
        body (CartRedirectUrlsRequest | Unset): Extra query parameters to put on the links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartRedirectUrlsResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        cart_id=cart_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CartRedirectUrlsRequest | Unset = UNSET,
) -> Response[CartRedirectUrlsResponse]:
    """Create redirect URLs

     Makes links that load the cart, or go straight to its checkout, on the storefront. Each
    link works once; make new ones for every visit.

    Args:
        store_hash (str):
        cart_id (UUID):
        body (CartRedirectUrlsRequest | Unset): Extra query parameters to put on the links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartRedirectUrlsResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        cart_id=cart_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    cart_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CartRedirectUrlsRequest | Unset = UNSET,
) -> CartRedirectUrlsResponse | None:
    """Create redirect URLs

     Makes links that load the cart, or go straight to its checkout, on the storefront. Each
    link works once; make new ones for every visit.

    Args:
        store_hash (str):
        cart_id (UUID):
        body (CartRedirectUrlsRequest | Unset): Extra query parameters to put on the links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartRedirectUrlsResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            cart_id=cart_id,
            client=client,
            body=body,
        )
    ).parsed
