from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.payment_access_token_request import PaymentAccessTokenRequest
    from ...models.payment_access_token_response import PaymentAccessTokenResponse
    from ...models.payment_error import PaymentError


def _get_kwargs(
    store_hash: str,
    *,
    body: PaymentAccessTokenRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/payments/access_tokens".format(
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
) -> PaymentAccessTokenResponse | PaymentError | None:
    from ...models.payment_access_token_response import PaymentAccessTokenResponse
    from ...models.payment_error import PaymentError

    if response.status_code == 201:
        response_201 = PaymentAccessTokenResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = PaymentError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PaymentError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PaymentError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PaymentError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = PaymentError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentAccessTokenResponse | PaymentError]:
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
    body: PaymentAccessTokenRequest,
) -> Response[PaymentAccessTokenResponse | PaymentError]:
    """Create a payment access token

     Issues the payment access token for one order, which authorises paying that order on the
    payments host. The token is short-lived and tied to the order; treat it as a secret.

    Args:
        store_hash (str):
        body (PaymentAccessTokenRequest): The order to create a payment access token for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentAccessTokenResponse | PaymentError]
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
    body: PaymentAccessTokenRequest,
) -> PaymentAccessTokenResponse | PaymentError | None:
    """Create a payment access token

     Issues the payment access token for one order, which authorises paying that order on the
    payments host. The token is short-lived and tied to the order; treat it as a secret.

    Args:
        store_hash (str):
        body (PaymentAccessTokenRequest): The order to create a payment access token for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentAccessTokenResponse | PaymentError
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
    body: PaymentAccessTokenRequest,
) -> Response[PaymentAccessTokenResponse | PaymentError]:
    """Create a payment access token

     Issues the payment access token for one order, which authorises paying that order on the
    payments host. The token is short-lived and tied to the order; treat it as a secret.

    Args:
        store_hash (str):
        body (PaymentAccessTokenRequest): The order to create a payment access token for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentAccessTokenResponse | PaymentError]
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
    body: PaymentAccessTokenRequest,
) -> PaymentAccessTokenResponse | PaymentError | None:
    """Create a payment access token

     Issues the payment access token for one order, which authorises paying that order on the
    payments host. The token is short-lived and tied to the order; treat it as a secret.

    Args:
        store_hash (str):
        body (PaymentAccessTokenRequest): The order to create a payment access token for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentAccessTokenResponse | PaymentError
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
        )
    ).parsed
