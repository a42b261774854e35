from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.current_customer_token import CurrentCustomerToken


def _get_kwargs(
    *,
    app_client_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_client_id"] = app_client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer/current.jwt",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CurrentCustomerToken | None:
    from ...models.current_customer_token import CurrentCustomerToken

    if response.status_code == 200:
        response_200 = CurrentCustomerToken.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CurrentCustomerToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_client_id: str,
) -> Response[Any | CurrentCustomerToken]:
    """Get the current customer's token

     Fetched by a script on the storefront, in the shopper's browser, with their session
    cookie: the answer is a JWT naming the signed-in customer, signed (HS512) with the client
    secret of the app whose client id the request names, and valid for 15 minutes. The script
    posts it to your server, which verifies it with `verify_current_customer()` before
    trusting the customer it names. A guest session gets 404.

    Args:
        app_client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentCustomerToken]
    """

    kwargs = _get_kwargs(
        app_client_id=app_client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_client_id: str,
) -> Any | CurrentCustomerToken | None:
    """Get the current customer's token

     Fetched by a script on the storefront, in the shopper's browser, with their session
    cookie: the answer is a JWT naming the signed-in customer, signed (HS512) with the client
    secret of the app whose client id the request names, and valid for 15 minutes. The script
    posts it to your server, which verifies it with `verify_current_customer()` before
    trusting the customer it names. A guest session gets 404.

    Args:
        app_client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentCustomerToken
    """

    return sync_detailed(
        client=client,
        app_client_id=app_client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_client_id: str,
) -> Response[Any | CurrentCustomerToken]:
    """Get the current customer's token

     Fetched by a script on the storefront, in the shopper's browser, with their session
    cookie: the answer is a JWT naming the signed-in customer, signed (HS512) with the client
    secret of the app whose client id the request names, and valid for 15 minutes. The script
    posts it to your server, which verifies it with `verify_current_customer()` before
    trusting the customer it names. A guest session gets 404.

    Args:
        app_client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentCustomerToken]
    """

    kwargs = _get_kwargs(
        app_client_id=app_client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_client_id: str,
) -> Any | CurrentCustomerToken | None:
    """Get the current customer's token

     Fetched by a script on the storefront, in the shopper's browser, with their session
    cookie: the answer is a JWT naming the signed-in customer, signed (HS512) with the client
    secret of the app whose client id the request names, and valid for 15 minutes. The script
    posts it to your server, which verifies it with `verify_current_customer()` before
    trusting the customer it names. A guest session gets 404.

    Args:
        app_client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentCustomerToken
    """

    return (
        await asyncio_detailed(
            client=client,
            app_client_id=app_client_id,
        )
    ).parsed
