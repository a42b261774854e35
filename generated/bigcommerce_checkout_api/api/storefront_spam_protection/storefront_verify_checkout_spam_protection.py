from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.storefront_checkout import StorefrontCheckout
    from ...models.storefront_spam_protection_request import (
        StorefrontSpamProtectionRequest,
    )


def _get_kwargs(
    checkout_id: UUID,
    *,
    body: StorefrontSpamProtectionRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storefront/checkouts/{checkout_id}/spam-protection".format(
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
) -> StorefrontCheckout | None:
    from ...models.storefront_checkout import StorefrontCheckout

    if response.status_code == 200:
        response_200 = StorefrontCheckout.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorefrontCheckout]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontSpamProtectionRequest,
) -> Response[StorefrontCheckout]:
    """Pass spam protection

     Sends the token of the storefront's human-verification challenge. Needed when the checkout
    says `shouldExecuteSpamCheck: true`, before the order can be placed.

    Args:
        checkout_id (UUID):
        body (StorefrontSpamProtectionRequest): The answer to the storefront's human-verification
            challenge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontSpamProtectionRequest,
) -> StorefrontCheckout | None:
    """Pass spam protection

     Sends the token of the storefront's human-verification challenge. Needed when the checkout
    says `shouldExecuteSpamCheck: true`, before the order can be placed.

    Args:
        checkout_id (UUID):
        body (StorefrontSpamProtectionRequest): The answer to the storefront's human-verification
            challenge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCheckout
    """

    return sync_detailed(
        checkout_id=checkout_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontSpamProtectionRequest,
) -> Response[StorefrontCheckout]:
    """Pass spam protection

     Sends the token of the storefront's human-verification challenge. Needed when the checkout
    says `shouldExecuteSpamCheck: true`, before the order can be placed.

    Args:
        checkout_id (UUID):
        body (StorefrontSpamProtectionRequest): The answer to the storefront's human-verification
            challenge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorefrontCheckout]
    """

    kwargs = _get_kwargs(
        checkout_id=checkout_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StorefrontSpamProtectionRequest,
) -> StorefrontCheckout | None:
    """Pass spam protection

     Sends the token of the storefront's human-verification challenge. Needed when the checkout
    says `shouldExecuteSpamCheck: true`, before the order can be placed.

    Args:
        checkout_id (UUID):
        body (StorefrontSpamProtectionRequest): The answer to the storefront's human-verification
            challenge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorefrontCheckout
    """

    return (
        await asyncio_detailed(
            checkout_id=checkout_id,
            client=client,
            body=body,
        )
    ).parsed
