from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.checkout_response import CheckoutResponse
    from ...models.discount_request import DiscountRequest
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    body: DiscountRequest | Unset | bytes = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/discounts".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
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
) -> CheckoutResponse | Error | None:
    from ...models.checkout_response import CheckoutResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CheckoutResponse.from_dict(response.json())

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
) -> Response[CheckoutResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: DiscountRequest | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Add a manual discount

     Applies a manual discount to the cart, to chosen line items, or both. Use it when a price
    is negotiated outside the store's promotions. Every call replaces the discounts already on
    the line items, promotions included, and an item that already has a coupon or automatic
    promotion cannot take an item-level discount.

    Args:
        store_hash (str):
        checkout_id (str):
        body (DiscountRequest | Unset): Manual discounts to apply to the cart and its line items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: DiscountRequest | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Add a manual discount

     Applies a manual discount to the cart, to chosen line items, or both. Use it when a price
    is negotiated outside the store's promotions. Every call replaces the discounts already on
    the line items, promotions included, and an item that already has a coupon or automatic
    promotion cannot take an item-level discount.

    Args:
        store_hash (str):
        checkout_id (str):
        body (DiscountRequest | Unset): Manual discounts to apply to the cart and its line items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        checkout_id=checkout_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: DiscountRequest | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Add a manual discount

     Applies a manual discount to the cart, to chosen line items, or both. Use it when a price
    is negotiated outside the store's promotions. Every call replaces the discounts already on
    the line items, promotions included, and an item that already has a coupon or automatic
    promotion cannot take an item-level discount.

    Args:
        store_hash (str):
        checkout_id (str):
        body (DiscountRequest | Unset): Manual discounts to apply to the cart and its line items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: DiscountRequest | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Add a manual discount

     Applies a manual discount to the cart, to chosen line items, or both. Use it when a price
    is negotiated outside the store's promotions. Every call replaces the discounts already on
    the line items, promotions included, and an item that already has a coupon or automatic
    promotion cannot take an item-level discount.

    Args:
        store_hash (str):
        checkout_id (str):
        body (DiscountRequest | Unset): Manual discounts to apply to the cart and its line items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            checkout_id=checkout_id,
            client=client,
            body=body,
        )
    ).parsed
