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
    from ...models.consignment_update import ConsignmentUpdate
    from ...models.error import Error
    from ...models.update_checkout_consignment_include import (
        UpdateCheckoutConsignmentInclude,
    )


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    consignment_id: str,
    *,
    body: ConsignmentUpdate | bytes,
    include: UpdateCheckoutConsignmentInclude | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/consignments/{consignment_id}".format(
            store_hash=quote(str(store_hash), safe=""),
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
    consignment_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsignmentUpdate,
    include: UpdateCheckoutConsignmentInclude | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Update a consignment

     Changes one consignment: its address and line items together, or its shipping option on its
    own. Selecting a shipping option must be a separate request from changing the address.

    Args:
        store_hash (str):
        checkout_id (str):
        consignment_id (str):
        include (UpdateCheckoutConsignmentInclude | Unset):
        body (ConsignmentUpdate): What to change on a consignment. Send `address` and/or
            `line_items`, or
            `shipping_option_id` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
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
    store_hash: str,
    checkout_id: str,
    consignment_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsignmentUpdate,
    include: UpdateCheckoutConsignmentInclude | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Update a consignment

     Changes one consignment: its address and line items together, or its shipping option on its
    own. Selecting a shipping option must be a separate request from changing the address.

    Args:
        store_hash (str):
        checkout_id (str):
        consignment_id (str):
        include (UpdateCheckoutConsignmentInclude | Unset):
        body (ConsignmentUpdate): What to change on a consignment. Send `address` and/or
            `line_items`, or
            `shipping_option_id` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        checkout_id=checkout_id,
        consignment_id=consignment_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    consignment_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsignmentUpdate,
    include: UpdateCheckoutConsignmentInclude | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Update a consignment

     Changes one consignment: its address and line items together, or its shipping option on its
    own. Selecting a shipping option must be a separate request from changing the address.

    Args:
        store_hash (str):
        checkout_id (str):
        consignment_id (str):
        include (UpdateCheckoutConsignmentInclude | Unset):
        body (ConsignmentUpdate): What to change on a consignment. Send `address` and/or
            `line_items`, or
            `shipping_option_id` alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        consignment_id=consignment_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    consignment_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsignmentUpdate,
    include: UpdateCheckoutConsignmentInclude | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Update a consignment

     Changes one consignment: its address and line items together, or its shipping option on its
    own. Selecting a shipping option must be a separate request from changing the address.

    Args:
        store_hash (str):
        checkout_id (str):
        consignment_id (str):
        include (UpdateCheckoutConsignmentInclude | Unset):
        body (ConsignmentUpdate): What to change on a consignment. Send `address` and/or
            `line_items`, or
            `shipping_option_id` alone.

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
            consignment_id=consignment_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
