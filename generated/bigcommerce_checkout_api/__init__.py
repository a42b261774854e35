"""A client library for accessing BigCommerce Checkout APIs (curated)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
