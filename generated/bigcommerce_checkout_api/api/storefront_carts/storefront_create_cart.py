from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.storefront_cart import StorefrontCart
    from ...models.storefront_cart_create_request import StorefrontCartCreateRequest


def _get_kwargs(
    *,
    body: StorefrontCartCreateRequest | bytes,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/carts",
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
) -> StorefrontCart | None:
    from ...models.storefront_cart import StorefrontCart

    if response.status_code == 200:
        response_200 = StorefrontCart.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorefrontCart]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCreateRequest,
    include: str | Unset = UNSET,
) -> Response[StorefrontCart]:
    """Create a cart

     Makes a cart for the shopper's session from products or gift certificates. BigCommerce
    answers with the session cookie that later storefront calls must send.

    Args:
        include (str | Unset):
        body (StorefrontCartCreateRequest): A new cart for the session; give `lineItems`,
            `giftCertificates` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCart]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCreateRequest,
    include: str | Unset = UNSET,
) -> StorefrontCart | None:
    """Create a cart

     Makes a cart for the shopper's session from products or gift certificates. BigCommerce
    answers with the session cookie that later storefront calls must send.

    Args:
        include (str | Unset):
        body (StorefrontCartCreateRequest): A new cart for the session; give `lineItems`,
            `giftCertificates` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCart
    """

    return sync_detailed(
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCreateRequest,
    include: str | Unset = UNSET,
) -> Response[StorefrontCart]:
    """Create a cart

     Makes a cart for the shopper's session from products or gift certificates. BigCommerce
    answers with the session cookie that later storefront calls must send.

    Args:
        include (str | Unset):
        body (StorefrontCartCreateRequest): A new cart for the session; give `lineItems`,
            `giftCertificates` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCart]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCreateRequest,
    include: str | Unset = UNSET,
) -> StorefrontCart | None:
    """Create a cart

     Makes a cart for the shopper's session from products or gift certificates. BigCommerce
    answers with the session cookie that later storefront calls must send.

    Args:
        include (str | Unset):
        body (StorefrontCartCreateRequest): A new cart for the session; give `lineItems`,
            `giftCertificates` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCart
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include=include,
        )
    ).parsed
