from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.payment_error import PaymentError
    from ...models.process_payment_request import ProcessPaymentRequest
    from ...models.process_payment_response import ProcessPaymentResponse


def _get_kwargs(
    store_hash: str,
    *,
    body: ProcessPaymentRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/payments".format(
            store_hash=quote(str(store_hash), safe=""),
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
) -> PaymentError | ProcessPaymentResponse | None:
    from ...models.payment_error import PaymentError
    from ...models.process_payment_response import ProcessPaymentResponse

    if response.status_code == 201:
        response_201 = ProcessPaymentResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = PaymentError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PaymentError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = PaymentError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentError | ProcessPaymentResponse]:
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
    body: ProcessPaymentRequest,
) -> Response[PaymentError | ProcessPaymentResponse]:
    """Process a payment

     Charges the order with a card, a stored instrument, a gift certificate or store credit,
    through the gateway named by `payment_method_id`. Money may move: if the answer is lost,
    do not send the payment again before checking the order's status.

    Args:
        store_hash (str):
        body (ProcessPaymentRequest): The payment to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | ProcessPaymentResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: ProcessPaymentRequest,
) -> PaymentError | ProcessPaymentResponse | None:
    """Process a payment

     Charges the order with a card, a stored instrument, a gift certificate or store credit,
    through the gateway named by `payment_method_id`. Money may move: if the answer is lost,
    do not send the payment again before checking the order's status.

    Args:
        store_hash (str):
        body (ProcessPaymentRequest): The payment to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | ProcessPaymentResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: ProcessPaymentRequest,
) -> Response[PaymentError | ProcessPaymentResponse]:
    """Process a payment

     Charges the order with a card, a stored instrument, a gift certificate or store credit,
    through the gateway named by `payment_method_id`. Money may move: if the answer is lost,
    do not send the payment again before checking the order's status.

    Args:
        store_hash (str):
        body (ProcessPaymentRequest): The payment to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | ProcessPaymentResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    *,
    client: AuthenticatedClient,
    body: ProcessPaymentRequest,
) -> PaymentError | ProcessPaymentResponse | None:
    """Process a payment

     Charges the order with a card, a stored instrument, a gift certificate or store credit,
    through the gateway named by `payment_method_id`. Money may move: if the answer is lost,
    do not send the payment again before checking the order's status.

    Args:
        store_hash (str):
        body (ProcessPaymentRequest): The payment to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | ProcessPaymentResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
        )
    ).parsed
