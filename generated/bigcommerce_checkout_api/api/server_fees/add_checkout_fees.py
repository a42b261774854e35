from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.add_fees_request import AddFeesRequest
    from ...models.checkout_response import CheckoutResponse


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
    *,
    body: AddFeesRequest | bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/fees".format(
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
) -> CheckoutResponse | None:
    from ...models.checkout_response import CheckoutResponse

    if response.status_code == 200:
        response_200 = CheckoutResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckoutResponse]:
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
    body: AddFeesRequest,
) -> Response[CheckoutResponse]:
    """Add fees

     Adds one or more order-level fees, for example a bulky-item surcharge your app computes.
    A checkout can carry at most five fees.

    Args:
        store_hash (str):
        checkout_id (str):
        body (AddFeesRequest): The fees to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse]
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
    body: AddFeesRequest,
) -> CheckoutResponse | None:
    """Add fees

     Adds one or more order-level fees, for example a bulky-item surcharge your app computes.
    A checkout can carry at most five fees.

    Args:
        store_hash (str):
        checkout_id (str):
        body (AddFeesRequest): The fees to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutResponse
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
    body: AddFeesRequest,
) -> Response[CheckoutResponse]:
    """Add fees

     Adds one or more order-level fees, for example a bulky-item surcharge your app computes.
    A checkout can carry at most five fees.

    Args:
        store_hash (str):
        checkout_id (str):
        body (AddFeesRequest): The fees to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutResponse]
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
    body: AddFeesRequest,
) -> CheckoutResponse | None:
    """Add fees

     Adds one or more order-level fees, for example a bulky-item surcharge your app computes.
    A checkout can carry at most five fees.

    Args:
        store_hash (str):
        checkout_id (str):
        body (AddFeesRequest): The fees to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            checkout_id=checkout_id,
            client=client,
            body=body,
        )
    ).parsed
