from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    jwt_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/login/token/{jwt_token}".format(
            jwt_token=quote(str(jwt_token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 302:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jwt_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Sign a customer in

     Opened by the shopper's browser, never by your server: BigCommerce checks the token, starts
    a storefront session for the customer it names and redirects the browser to the token's
    `redirect_to` (`/account.php` when it has none). The token is an HS256 JWT signed with the
    client secret of the app whose client id is its `iss`; BigCommerce accepts it once, within
    30 seconds of its `iat`. A refused token sends the browser to `/login.php` with an error
    message instead. `customer_login_url()` builds the URL; redirect the shopper to it at once.

    Args:
        jwt_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        jwt_token=jwt_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    jwt_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Sign a customer in

     Opened by the shopper's browser, never by your server: BigCommerce checks the token, starts
    a storefront session for the customer it names and redirects the browser to the token's
    `redirect_to` (`/account.php` when it has none). The token is an HS256 JWT signed with the
    client secret of the app whose client id is its `iss`; BigCommerce accepts it once, within
    30 seconds of its `iat`. A refused token sends the browser to `/login.php` with an error
    message instead. `customer_login_url()` builds the URL; redirect the shopper to it at once.

    Args:
        jwt_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        jwt_token=jwt_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
