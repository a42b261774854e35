from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.payment_error import PaymentError
    from ...models.payment_methods_response import PaymentMethodsResponse


def _get_kwargs(
    store_hash: str,
    *,
    order_id: int | Unset = UNSET,
    checkout_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_id"] = order_id

    params["checkout_id"] = checkout_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stores/{store_hash}/v3/payments/methods".format(
            store_hash=quote(str(store_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentError | PaymentMethodsResponse | None:
    from ...models.payment_error import PaymentError
    from ...models.payment_methods_response import PaymentMethodsResponse

    if response.status_code == 200:
        response_200 = PaymentMethodsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PaymentError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PaymentError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PaymentError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = PaymentError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentError | PaymentMethodsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_id: int | Unset = UNSET,
    checkout_id: str | Unset = UNSET,
) -> Response[PaymentError | PaymentMethodsResponse]:
    """List accepted payment methods

     Lists the payment methods the store's gateways accept for one order or checkout, with the
    card brands each takes and the shopper's stored instruments. Pass `order_id` or
    `checkout_id`.

    Args:
        store_hash (str):
        order_id (int | Unset):
        checkout_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | PaymentMethodsResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        checkout_id=checkout_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_id: int | Unset = UNSET,
    checkout_id: str | Unset = UNSET,
) -> PaymentError | PaymentMethodsResponse | None:
    """List accepted payment methods

     Lists the payment methods the store's gateways accept for one order or checkout, with the
    card brands each takes and the shopper's stored instruments. Pass `order_id` or
    `checkout_id`.

    Args:
        store_hash (str):
        order_id (int | Unset):
        checkout_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | PaymentMethodsResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        order_id=order_id,
        checkout_id=checkout_id,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_id: int | Unset = UNSET,
    checkout_id: str | Unset = UNSET,
) -> Response[PaymentError | PaymentMethodsResponse]:
    """List accepted payment methods

     Lists the payment methods the store's gateways accept for one order or checkout, with the
    card brands each takes and the shopper's stored instruments. Pass `order_id` or
    `checkout_id`.

    Args:
        store_hash (str):
        order_id (int | Unset):
        checkout_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | PaymentMethodsResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
        checkout_id=checkout_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    order_id: int | Unset = UNSET,
    checkout_id: str | Unset = UNSET,
) -> PaymentError | PaymentMethodsResponse | None:
    """List accepted payment methods

     Lists the payment methods the store's gateways accept for one order or checkout, with the
    card brands each takes and the shopper's stored instruments. Pass `order_id` or
    `checkout_id`.

    Args:
        store_hash (str):
        order_id (int | Unset):
        checkout_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | PaymentMethodsResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            order_id=order_id,
            checkout_id=checkout_id,
        )
    ).parsed
