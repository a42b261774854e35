from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.order_response import OrderResponse


def _get_kwargs(
    store_hash: str,
    checkout_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stores/{store_hash}/v3/checkouts/{checkout_id}/orders".format(
            store_hash=quote(str(store_hash), safe=""),
            checkout_id=quote(str(checkout_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderResponse | None:
    from ...models.order_response import OrderResponse

    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderResponse]:
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
) -> Response[OrderResponse]:
    """Create an order

     Creates an order from the checkout, in status *Incomplete*, and returns its id. The checkout
    needs a billing address, and every physical item must be in a consignment with a selected
    shipping option. The billing address and every shipping address need a first and last
    name, `address1`, a city and a country code (some countries also a state and a postal
    code), and the billing address an email: more than adding an address asks for. Each call creates
    another order;
    BigCommerce deletes the cart only once an order is paid through BigCommerce.

    Args:
        store_hash (str):
        checkout_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
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
) -> OrderResponse | None:
    """Create an order

     Creates an order from the checkout, in status *Incomplete*, and returns its id. The checkout
    needs a billing address, and every physical item must be in a consignment with a selected
    shipping option. The billing address and every shipping address need a first and last
    name, `address1`, a city and a country code (some countries also a state and a postal
    code), and the billing address an email: more than adding an address asks for. Each call creates
    another order;
    BigCommerce deletes the cart only once an order is paid through BigCommerce.

    Args:
        store_hash (str):
        checkout_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return sync_detailed(
        store_hash=store_hash,
        checkout_id=checkout_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[OrderResponse]:
    """Create an order

     Creates an order from the checkout, in status *Incomplete*, and returns its id. The checkout
    needs a billing address, and every physical item must be in a consignment with a selected
    shipping option. The billing address and every shipping address need a first and last
    name, `address1`, a city and a country code (some countries also a state and a postal
    code), and the billing address an email: more than adding an address asks for. Each call creates
    another order;
    BigCommerce deletes the cart only once an order is paid through BigCommerce.

    Args:
        store_hash (str):
        checkout_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderResponse]
    """

    kwargs = _get_kwargs(
        store_hash=store_hash,
        checkout_id=checkout_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_hash: str,
    checkout_id: str,
    *,
    client: AuthenticatedClient,
) -> OrderResponse | None:
    """Create an order

     Creates an order from the checkout, in status *Incomplete*, and returns its id. The checkout
    needs a billing address, and every physical item must be in a consignment with a selected
    shipping option. The billing address and every shipping address need a first and last
    name, `address1`, a city and a country code (some countries also a state and a postal
    code), and the billing address an email: more than adding an address asks for. Each call creates
    another order;
    BigCommerce deletes the cart only once an order is paid through BigCommerce.

    Args:
        store_hash (str):
        checkout_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return (
        await asyncio_detailed(
            store_hash=store_hash,
            checkout_id=checkout_id,
            client=client,
        )
    ).parsed
