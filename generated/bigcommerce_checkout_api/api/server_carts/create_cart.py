from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cart_create_request import CartCreateRequest
    from ...models.cart_response import CartResponse


def _get_kwargs(
    store_hash: str,
    *,
    body: CartCreateRequest | bytes,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/carts".format(
            store_hash=quote(str(store_hash), safe=""),
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CartResponse | None:
    from ...models.cart_response import CartResponse

    if response.status_code == 201:
        response_201 = CartResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartResponse]:
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
    body: CartCreateRequest,
    include: str | Unset = UNSET,
) -> Response[CartResponse]:
    """Create a cart

     Makes a new cart from catalog products, gift certificates or custom items, optionally for a
    signed-in customer and a sales channel. Its id is the checkout id for every checkout call.
    BigCommerce takes no idempotency key: two calls make two carts.

    Args:
        store_hash (str):
        include (str | Unset):
        body (CartCreateRequest): A new cart; give at least one of `line_items`, `custom_items` or
            `gift_certificates`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: CartCreateRequest,
    include: str | Unset = UNSET,
) -> CartResponse | None:
    """Create a cart

     Makes a new cart from catalog products, gift certificates or custom items, optionally for a
    signed-in customer and a sales channel. Its id is the checkout id for every checkout call.
    BigCommerce takes no idempotency key: two calls make two carts.

    Args:
        store_hash (str):
        include (str | Unset):
        body (CartCreateRequest): A new cart; give at least one of `line_items`, `custom_items` or
            `gift_certificates`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: CartCreateRequest,
    include: str | Unset = UNSET,
) -> Response[CartResponse]:
    """Create a cart

     Makes a new cart from catalog products, gift certificates or custom items, optionally for a
    signed-in customer and a sales channel. Its id is the checkout id for every checkout call.
    BigCommerce takes no idempotency key: two calls make two carts.

    Args:
        store_hash (str):
        include (str | Unset):
        body (CartCreateRequest): A new cart; give at least one of `line_items`, `custom_items` or
            `gift_certificates`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: CartCreateRequest,
    include: str | Unset = UNSET,
) -> CartResponse | None:
    """Create a cart

     Makes a new cart from catalog products, gift certificates or custom items, optionally for a
    signed-in customer and a sales channel. Its id is the checkout id for every checkout call.
    BigCommerce takes no idempotency key: two calls make two carts.

    Args:
        store_hash (str):
        include (str | Unset):
        body (CartCreateRequest): A new cart; give at least one of `line_items`, `custom_items` or
            `gift_certificates`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
