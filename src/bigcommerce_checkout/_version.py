"""The installed distribution's version, read from its metadata on first use.

Read lazily: importlib.metadata costs several milliseconds to import, which `import
bigcommerce_checkout` should not pay; the first client (for its User-Agent) or the first
`bigcommerce_checkout.__version__` does.
"""

from __future__ import annotations

import functools


@functools.cache
def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("bigcommerce-checkout")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"
