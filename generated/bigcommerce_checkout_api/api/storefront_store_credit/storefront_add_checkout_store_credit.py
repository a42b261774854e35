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
    from ...models.storefront_checkout import StorefrontCheckout


def _get_kwargs(
    checkout_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/checkouts/{checkout_id}/store-credit".format(
            checkout_id=quote(str(checkout_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StorefrontCheckout | None:
    from ...models.storefront_checkout import StorefrontCheckout

    if response.status_code == 200:
        response_200 = StorefrontCheckout.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorefrontCheckout]:
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
) -> Response[StorefrontCheckout]:
    """Apply store credit

     Uses the signed-in customer's store credit towards the checkout. There is no amount to send:
    all available credit is used, up to the amount due (see `outstandingBalance`).

    Args:
        checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> StorefrontCheckout | None:
    """Apply store credit

     Uses the signed-in customer's store credit towards the checkout. There is no amount to send:
    all available credit is used, up to the amount due (see `outstandingBalance`).

    Args:
        checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCheckout
    """

    return sync_detailed(
        checkout_id=checkout_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StorefrontCheckout]:
    """Apply store credit

     Uses the signed-in customer's store credit towards the checkout. There is no amount to send:
    all available credit is used, up to the amount due (see `outstandingBalance`).

    Args:
        checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> StorefrontCheckout | None:
    """Apply store credit

     Uses the signed-in customer's store credit towards the checkout. There is no amount to send:
    all available credit is used, up to the amount due (see `outstandingBalance`).

    Args:
        checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCheckout
    """

    return (
        await asyncio_detailed(
            checkout_id=checkout_id,
            client=client,
        )
    ).parsed
