"""The installed distribution's version, read from its metadata."""

from __future__ import annotations


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bigcommerce-checkout")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _installed_version()
