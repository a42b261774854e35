from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.order_payment_action_response import OrderPaymentActionResponse


def _get_kwargs(
    store_hash: str,
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/orders/{order_id}/payment_actions/void".format(
            store_hash=quote(str(store_hash), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderPaymentActionResponse | None:
    from ...models.error import Error
    from ...models.order_payment_action_response import OrderPaymentActionResponse

    if response.status_code == 201:
        response_201 = OrderPaymentActionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderPaymentActionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OrderPaymentActionResponse]:
    """Void an order's payment

     Releases the money an authorisation reserved, without taking it. BigCommerce schedules the
    void; `payment_status` reads `void pending` until the gateway confirms. Sent once and
    never again, like a capture.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderPaymentActionResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OrderPaymentActionResponse | None:
    """Void an order's payment

     Releases the money an authorisation reserved, without taking it. BigCommerce schedules the
    void; `payment_status` reads `void pending` until the gateway confirms. Sent once and
    never again, like a capture.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderPaymentActionResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OrderPaymentActionResponse]:
    """Void an order's payment

     Releases the money an authorisation reserved, without taking it. BigCommerce schedules the
    void; `payment_status` reads `void pending` until the gateway confirms. Sent once and
    never again, like a capture.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderPaymentActionResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OrderPaymentActionResponse | None:
    """Void an order's payment

     Releases the money an authorisation reserved, without taking it. BigCommerce schedules the
    void; `payment_status` reads `void pending` until the gateway confirms. Sent once and
    never again, like a capture.

    Args:
        store_hash (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderPaymentActionResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            order_id=order_id,
            client=client,
        )
    ).parsed
