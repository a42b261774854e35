from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.checkout_response import CheckoutResponse
    from ...models.checkout_update import CheckoutUpdate
    from ...models.error import Error


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    body: CheckoutUpdate | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
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
    body: CheckoutUpdate,
) -> Response[CheckoutResponse | Error]:
    """Update the customer message

     Replaces the shopper's note to the merchant (for example delivery instructions). The note
    travels with the order made from this checkout; keep it under 2000 characters.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutUpdate): A new customer message for the checkout.

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
    body: CheckoutUpdate,
) -> CheckoutResponse | Error | None:
    """Update the customer message

     Replaces the shopper's note to the merchant (for example delivery instructions). The note
    travels with the order made from this checkout; keep it under 2000 characters.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutUpdate): A new customer message for the checkout.

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
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: CheckoutUpdate,
) -> Response[CheckoutResponse | Error]:
    """Update the customer message

     Replaces the shopper's note to the merchant (for example delivery instructions). The note
    travels with the order made from this checkout; keep it under 2000 characters.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutUpdate): A new customer message for the checkout.

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
    body: CheckoutUpdate,
) -> CheckoutResponse | Error | None:
    """Update the customer message

     Replaces the shopper's note to the merchant (for example delivery instructions). The note
    travels with the order made from this checkout; keep it under 2000 characters.

    Args:
        store_hash (str):
        checkout_id (str):
        body (CheckoutUpdate): A new customer message for the checkout.

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
        )
    ).parsed
