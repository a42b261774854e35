from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.add_checkout_consignment_include import AddCheckoutConsignmentInclude
    from ...models.checkout_response import CheckoutResponse
    from ...models.consignment_create import ConsignmentCreate
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    body: list[ConsignmentCreate] | Unset | bytes = UNSET,
    include: AddCheckoutConsignmentInclude | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/consignments".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for componentsschemas_consignment_create_list_item_data in body:
                componentsschemas_consignment_create_list_item = (
                    componentsschemas_consignment_create_list_item_data.to_dict()
                )
                _kwargs["json"].append(componentsschemas_consignment_create_list_item)

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
    body: list[ConsignmentCreate] | Unset = UNSET,
    include: AddCheckoutConsignmentInclude | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Add consignments

     Creates one or more consignments, each a shipping address with the line items going to it.
    Send `include=consignments.available_shipping_options` to get the shipping options back in
    the same call.

    Args:
        store_hash (str):
        checkout_id (str):
        include (AddCheckoutConsignmentInclude | Unset):
        body (list[ConsignmentCreate] | Unset): The consignments to create.

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
        include=include,
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
    body: list[ConsignmentCreate] | Unset = UNSET,
    include: AddCheckoutConsignmentInclude | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Add consignments

     Creates one or more consignments, each a shipping address with the line items going to it.
    Send `include=consignments.available_shipping_options` to get the shipping options back in
    the same call.

    Args:
        store_hash (str):
        checkout_id (str):
        include (AddCheckoutConsignmentInclude | Unset):
        body (list[ConsignmentCreate] | Unset): The consignments to create.

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
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: list[ConsignmentCreate] | Unset = UNSET,
    include: AddCheckoutConsignmentInclude | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Add consignments

     Creates one or more consignments, each a shipping address with the line items going to it.
    Send `include=consignments.available_shipping_options` to get the shipping options back in
    the same call.

    Args:
        store_hash (str):
        checkout_id (str):
        include (AddCheckoutConsignmentInclude | Unset):
        body (list[ConsignmentCreate] | Unset): The consignments to create.

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
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: list[ConsignmentCreate] | Unset = UNSET,
    include: AddCheckoutConsignmentInclude | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Add consignments

     Creates one or more consignments, each a shipping address with the line items going to it.
    Send `include=consignments.available_shipping_options` to get the shipping options back in
    the same call.

    Args:
        store_hash (str):
        checkout_id (str):
        include (AddCheckoutConsignmentInclude | Unset):
        body (list[ConsignmentCreate] | Unset): The consignments to create.

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
            include=include,
        )
    ).parsed
