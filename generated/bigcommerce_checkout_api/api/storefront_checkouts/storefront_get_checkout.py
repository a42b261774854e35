from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.storefront_checkout import StorefrontCheckout


def _get_kwargs(
    checkout_id: UUID,
    *,
    include: str | Unset = "consignments.availableShippingOptions",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/storefront/checkouts/{checkout_id}".format(
            checkout_id=quote(str(checkout_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StorefrontCheckout | None:
    from ...models.error import Error
    from ...models.storefront_checkout import StorefrontCheckout

    if response.status_code == 200:
        response_200 = StorefrontCheckout.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
    include: str | Unset = "consignments.availableShippingOptions",
) -> Response[Error | StorefrontCheckout]:
    """Get the checkout

     Reads the shopper's checkout with its cart, addresses, consignments and totals, for example
    to render a custom checkout page. Shipping options are included unless `include` asks for
    something else.

    Args:
        checkout_id (UUID):
        include (str | Unset):  Default: 'consignments.availableShippingOptions'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = "consignments.availableShippingOptions",
) -> Error | StorefrontCheckout | None:
    """Get the checkout

     Reads the shopper's checkout with its cart, addresses, consignments and totals, for example
    to render a custom checkout page. Shipping options are included unless `include` asks for
    something else.

    Args:
        checkout_id (UUID):
        include (str | Unset):  Default: 'consignments.availableShippingOptions'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCheckout
    """

    return sync_detailed(
        checkout_id=checkout_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = "consignments.availableShippingOptions",
) -> Response[Error | StorefrontCheckout]:
    """Get the checkout

     Reads the shopper's checkout with its cart, addresses, consignments and totals, for example
    to render a custom checkout page. Shipping options are included unless `include` asks for
    something else.

    Args:
        checkout_id (UUID):
        include (str | Unset):  Default: 'consignments.availableShippingOptions'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = "consignments.availableShippingOptions",
) -> Error | StorefrontCheckout | None:
    """Get the checkout

     Reads the shopper's checkout with its cart, addresses, consignments and totals, for example
    to render a custom checkout page. Shipping options are included unless `include` asks for
    something else.

    Args:
        checkout_id (UUID):
        include (str | Unset):  Default: 'consignments.availableShippingOptions'.

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
            include=include,
        )
    ).parsed
