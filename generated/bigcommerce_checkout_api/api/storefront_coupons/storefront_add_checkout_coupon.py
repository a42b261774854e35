from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.storefront_checkout import StorefrontCheckout
    from ...models.storefront_coupon_request import StorefrontCouponRequest


def _get_kwargs(
    checkout_id: UUID,
    *,
    body: StorefrontCouponRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/checkouts/{checkout_id}/coupons".format(
            checkout_id=quote(str(checkout_id), safe=""),
        ),
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
) -> Error | StorefrontCheckout | None:
    from ...models.error import Error
    from ...models.storefront_checkout import StorefrontCheckout

    if response.status_code == 200:
        response_200 = StorefrontCheckout.from_dict(response.json())

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
) -> Response[Error | StorefrontCheckout]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCouponRequest,
) -> Response[Error | StorefrontCheckout]:
    """Add a coupon

     Applies the coupon code the shopper entered; the totals in the response already include its
    discount.

    Args:
        checkout_id (UUID):
        body (StorefrontCouponRequest): A coupon code to apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCouponRequest,
) -> Error | StorefrontCheckout | None:
    """Add a coupon

     Applies the coupon code the shopper entered; the totals in the response already include its
    discount.

    Args:
        checkout_id (UUID):
        body (StorefrontCouponRequest): A coupon code to apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCheckout
    """

    return sync_detailed(
        checkout_id=checkout_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCouponRequest,
) -> Response[Error | StorefrontCheckout]:
    """Add a coupon

     Applies the coupon code the shopper entered; the totals in the response already include its
    discount.

    Args:
        checkout_id (UUID):
        body (StorefrontCouponRequest): A coupon code to apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontCouponRequest,
) -> Error | StorefrontCheckout | None:
    """Add a coupon

     Applies the coupon code the shopper entered; the totals in the response already include its
    discount.

    Args:
        checkout_id (UUID):
        body (StorefrontCouponRequest): A coupon code to apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCheckout
    """

    return (
        await asyncio_detailed(
            checkout_id=checkout_id,
            client=client,
            body=body,
        )
    ).parsed
