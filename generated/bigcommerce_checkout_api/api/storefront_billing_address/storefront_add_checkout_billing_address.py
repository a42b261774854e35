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
    from ...models.storefront_billing_address_request import (
        StorefrontBillingAddressRequest,
    )
    from ...models.storefront_checkout import StorefrontCheckout


def _get_kwargs(
    checkout_id: UUID,
    *,
    body: StorefrontBillingAddressRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/checkouts/{checkout_id}/billing-address".format(
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

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
    body: StorefrontBillingAddressRequest,
) -> Response[Error | StorefrontCheckout]:
    """Add a billing address

     Sets the billing address. `countryCode` is required; a guest shopper also needs `email`
    (a signed-in customer's email is filled in). Sending an email can start the store's
    abandoned-cart emails.

    Args:
        checkout_id (UUID):
        body (StorefrontBillingAddressRequest): A billing address to set on the checkout.

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
    body: StorefrontBillingAddressRequest,
) -> Error | StorefrontCheckout | None:
    """Add a billing address

     Sets the billing address. `countryCode` is required; a guest shopper also needs `email`
    (a signed-in customer's email is filled in). Sending an email can start the store's
    abandoned-cart emails.

    Args:
        checkout_id (UUID):
        body (StorefrontBillingAddressRequest): A billing address to set on the checkout.

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
    body: StorefrontBillingAddressRequest,
) -> Response[Error | StorefrontCheckout]:
    """Add a billing address

     Sets the billing address. `countryCode` is required; a guest shopper also needs `email`
    (a signed-in customer's email is filled in). Sending an email can start the store's
    abandoned-cart emails.

    Args:
        checkout_id (UUID):
        body (StorefrontBillingAddressRequest): A billing address to set on the checkout.

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
    body: StorefrontBillingAddressRequest,
) -> Error | StorefrontCheckout | None:
    """Add a billing address

     Sets the billing address. `countryCode` is required; a guest shopper also needs `email`
    (a signed-in customer's email is filled in). Sending an email can start the store's
    abandoned-cart emails.

    Args:
        checkout_id (UUID):
        body (StorefrontBillingAddressRequest): A billing address to set on the checkout.

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
