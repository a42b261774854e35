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
    from ...models.storefront_consignment_update import StorefrontConsignmentUpdate


def _get_kwargs(
    checkout_id: UUID,
    consignment_id: str,
    *,
    body: StorefrontConsignmentUpdate | bytes,
    include: str | Unset = "consignments.availableShippingOptions,consignments.availablePickupOptions",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/storefront/checkouts/{checkout_id}/consignments/{consignment_id}".format(
            checkout_id=quote(str(checkout_id), safe=""),
            consignment_id=quote(str(consignment_id), safe=""),
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
    consignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontConsignmentUpdate,
    include: str | Unset = "consignments.availableShippingOptions,consignments.availablePickupOptions",
) -> Response[Error | StorefrontCheckout]:
    """Update a consignment

     Either changes a consignment's address and items, or selects its shipping or pickup
    option; never both in one call, because a new address can invalidate the options.
    Changing the address or items can clear the selected option.

    Args:
        checkout_id (UUID):
        consignment_id (str):
        include (str | Unset):  Default:
            'consignments.availableShippingOptions,consignments.availablePickupOptions'.
        body (StorefrontConsignmentUpdate): What to change on a consignment: `address` and/or
            `lineItems`, or else
            `shippingOptionId` or `pickupOption` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        consignment_id=consignment_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_id: UUID,
    consignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontConsignmentUpdate,
    include: str | Unset = "consignments.availableShippingOptions,consignments.availablePickupOptions",
) -> Error | StorefrontCheckout | None:
    """Update a consignment

     Either changes a consignment's address and items, or selects its shipping or pickup
    option; never both in one call, because a new address can invalidate the options.
    Changing the address or items can clear the selected option.

    Args:
        checkout_id (UUID):
        consignment_id (str):
        include (str | Unset):  Default:
            'consignments.availableShippingOptions,consignments.availablePickupOptions'.
        body (StorefrontConsignmentUpdate): What to change on a consignment: `address` and/or
            `lineItems`, or else
            `shippingOptionId` or `pickupOption` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCheckout
    """

    return sync_detailed(
        checkout_id=checkout_id,
        consignment_id=consignment_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    checkout_id: UUID,
    consignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontConsignmentUpdate,
    include: str | Unset = "consignments.availableShippingOptions,consignments.availablePickupOptions",
) -> Response[Error | StorefrontCheckout]:
    """Update a consignment

     Either changes a consignment's address and items, or selects its shipping or pickup
    option; never both in one call, because a new address can invalidate the options.
    Changing the address or items can clear the selected option.

    Args:
        checkout_id (UUID):
        consignment_id (str):
        include (str | Unset):  Default:
            'consignments.availableShippingOptions,consignments.availablePickupOptions'.
        body (StorefrontConsignmentUpdate): What to change on a consignment: `address` and/or
            `lineItems`, or else
            `shippingOptionId` or `pickupOption` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        consignment_id=consignment_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_id: UUID,
    consignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontConsignmentUpdate,
    include: str | Unset = "consignments.availableShippingOptions,consignments.availablePickupOptions",
) -> Error | StorefrontCheckout | None:
    """Update a consignment

     Either changes a consignment's address and items, or selects its shipping or pickup
    option; never both in one call, because a new address can invalidate the options.
    Changing the address or items can clear the selected option.

    Args:
        checkout_id (UUID):
        consignment_id (str):
        include (str | Unset):  Default:
            'consignments.availableShippingOptions,consignments.availablePickupOptions'.
        body (StorefrontConsignmentUpdate): What to change on a consignment: `address` and/or
            `lineItems`, or else
            `shippingOptionId` or `pickupOption` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorefrontCheckout
    """

    return (
        await asyncio_detailed(
            checkout_id=checkout_id,
            consignment_id=consignment_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
