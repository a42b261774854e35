from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.checkout_settings import CheckoutSettings
    from ...models.checkout_settings_response import CheckoutSettingsResponse


def _get_kwargs(
    store_hash: str,
    *,
    body: CheckoutSettings | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stores/{store_hash}/v3/checkouts/settings".format(
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
) -> CheckoutSettingsResponse | None:
    from ...models.checkout_settings_response import CheckoutSettingsResponse

    if response.status_code == 200:
        response_200 = CheckoutSettingsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckoutSettingsResponse]:
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
    body: CheckoutSettings,
) -> Response[CheckoutSettingsResponse]:
    """Update checkout settings

     Installs or removes a custom checkout. Set both script URLs to empty strings to go back to
    BigCommerce's optimized one-page checkout.

    Args:
        store_hash (str):
        body (CheckoutSettings): Store-wide checkout settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSettingsResponse]
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
    body: CheckoutSettings,
) -> CheckoutSettingsResponse | None:
    """Update checkout settings

     Installs or removes a custom checkout. Set both script URLs to empty strings to go back to
    BigCommerce's optimized one-page checkout.

    Args:
        store_hash (str):
        body (CheckoutSettings): Store-wide checkout settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSettingsResponse
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
    body: CheckoutSettings,
) -> Response[CheckoutSettingsResponse]:
    """Update checkout settings

     Installs or removes a custom checkout. Set both script URLs to empty strings to go back to
    BigCommerce's optimized one-page checkout.

    Args:
        store_hash (str):
        body (CheckoutSettings): Store-wide checkout settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSettingsResponse]
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
    body: CheckoutSettings,
) -> CheckoutSettingsResponse | None:
    """Update checkout settings

     Installs or removes a custom checkout. Set both script URLs to empty strings to go back to
    BigCommerce's optimized one-page checkout.

    Args:
        store_hash (str):
        body (CheckoutSettings): Store-wide checkout settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSettingsResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            client=client,
            body=body,
        )
    ).parsed
