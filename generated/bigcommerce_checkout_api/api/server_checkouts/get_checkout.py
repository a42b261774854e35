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
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutResponse | Error | None:
    from ...models.checkout_response import CheckoutResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CheckoutResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    include: str | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Get a checkout

     Fetches the checkout for a cart, including line items, addresses, consignments, coupons and
    computed totals. Use `include` to expand shipping options, product options or promotion
    banners.

    Args:
        store_hash (str):
        checkout_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
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
    include: str | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Get a checkout

     Fetches the checkout for a cart, including line items, addresses, consignments, coupons and
    computed totals. Use `include` to expand shipping options, product options or promotion
    banners.

    Args:
        store_hash (str):
        checkout_id (str):
        include (str | Unset):

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
        include=include,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[CheckoutResponse | Error]:
    """Get a checkout

     Fetches the checkout for a cart, including line items, addresses, consignments, coupons and
    computed totals. Use `include` to expand shipping options, product options or promotion
    banners.

    Args:
        store_hash (str):
        checkout_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> CheckoutResponse | Error | None:
    """Get a checkout

     Fetches the checkout for a cart, including line items, addresses, consignments, coupons and
    computed totals. Use `include` to expand shipping options, product options or promotion
    banners.

    Args:
        store_hash (str):
        checkout_id (str):
        include (str | Unset):

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
            include=include,
        )
    ).parsed
