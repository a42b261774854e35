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
    from ...models.storefront_cart_currency_request import StorefrontCartCurrencyRequest


def _get_kwargs(
    cart_id: UUID,
    *,
    body: StorefrontCartCurrencyRequest | bytes,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/carts/{cart_id}/currency".format(
            cart_id=quote(str(cart_id), safe=""),
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
) -> Error | list[StorefrontCart] | None:
    from ...models.error import Error
    from ...models.storefront_cart import StorefrontCart

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StorefrontCart.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[StorefrontCart]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cart_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCurrencyRequest,
    include: str | Unset = UNSET,
) -> Response[Error | list[StorefrontCart]]:
    """Change the cart's currency

     Switches the cart to another of the store's currencies and prices it again. Carts with
    promotions or coupons can refuse the change.

    Args:
        cart_id (UUID):
        include (str | Unset):
        body (StorefrontCartCurrencyRequest): The currency to switch the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StorefrontCart]]
    """

    kwargs = _get_kwargs(
        cart_id=cart_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cart_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCurrencyRequest,
    include: str | Unset = UNSET,
) -> Error | list[StorefrontCart] | None:
    """Change the cart's currency

     Switches the cart to another of the store's currencies and prices it again. Carts with
    promotions or coupons can refuse the change.

    Args:
        cart_id (UUID):
        include (str | Unset):
        body (StorefrontCartCurrencyRequest): The currency to switch the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StorefrontCart]
    """

    return sync_detailed(
        cart_id=cart_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    cart_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCurrencyRequest,
    include: str | Unset = UNSET,
) -> Response[Error | list[StorefrontCart]]:
    """Change the cart's currency

     Switches the cart to another of the store's currencies and prices it again. Carts with
    promotions or coupons can refuse the change.

    Args:
        cart_id (UUID):
        include (str | Unset):
        body (StorefrontCartCurrencyRequest): The currency to switch the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StorefrontCart]]
    """

    kwargs = _get_kwargs(
        cart_id=cart_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cart_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCartCurrencyRequest,
    include: str | Unset = UNSET,
) -> Error | list[StorefrontCart] | None:
    """Change the cart's currency

     Switches the cart to another of the store's currencies and prices it again. Carts with
    promotions or coupons can refuse the change.

    Args:
        cart_id (UUID):
        include (str | Unset):
        body (StorefrontCartCurrencyRequest): The currency to switch the cart to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StorefrontCart]
    """

    return (
        await asyncio_detailed(
            cart_id=cart_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
