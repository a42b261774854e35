from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.checkout_token_request import CheckoutTokenRequest
    from ...models.checkout_token_response import CheckoutTokenResponse
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    body: CheckoutTokenRequest | Unset | bytes = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/token".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
        ),
    }

    if isinstance(body, bytes):
        _kwargs["content"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutTokenResponse | Error | None:
    from ...models.checkout_token_response import CheckoutTokenResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = CheckoutTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckoutTokenResponse | Error]:
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
    body: CheckoutTokenRequest | Unset = UNSET,
) -> Response[CheckoutTokenResponse | Error]:
    """Create a checkout token

     Issues a token for a headless checkout so a guest shopper can see the order confirmation
    page: send them to `/order-confirmation/{orderId}?t={checkoutToken}`. Create it before the
    order is finalized; afterwards the call is refused.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutTokenRequest | Unset): How long and how often the token may be used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        body=body,
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
    body: CheckoutTokenRequest | Unset = UNSET,
) -> CheckoutTokenResponse | Error | None:
    """Create a checkout token

     Issues a token for a headless checkout so a guest shopper can see the order confirmation
    page: send them to `/order-confirmation/{orderId}?t={checkoutToken}`. Create it before the
    order is finalized; afterwards the call is refused.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutTokenRequest | Unset): How long and how often the token may be used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutTokenResponse | Error
    """

    return sync_detailed(
        store_hash=store_hash,
        checkout_id=checkout_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: CheckoutTokenRequest | Unset = UNSET,
) -> Response[CheckoutTokenResponse | Error]:
    """Create a checkout token

     Issues a token for a headless checkout so a guest shopper can see the order confirmation
    page: send them to `/order-confirmation/{orderId}?t={checkoutToken}`. Create it before the
    order is finalized; afterwards the call is refused.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutTokenRequest | Unset): How long and how often the token may be used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: CheckoutTokenRequest | Unset = UNSET,
) -> CheckoutTokenResponse | Error | None:
    """Create a checkout token

     Issues a token for a headless checkout so a guest shopper can see the order confirmation
    page: send them to `/order-confirmation/{orderId}?t={checkoutToken}`. Create it before the
    order is finalized; afterwards the call is refused.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutTokenRequest | Unset): How long and how often the token may be used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutTokenResponse | Error
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            checkout_id=checkout_id,
            client=client,
            body=body,
        )
    ).parsed
