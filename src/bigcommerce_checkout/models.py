"""The public models: what the client's methods accept and return.

Generated from the curated spec (`generated/bigcommerce_checkout_schemas`): msgspec Structs for
every object BigCommerce sends or takes, and `...Param` TypedDicts for request bodies written as
plain dicts. An optional field BigCommerce leaves out (or sends as `null`) is `None`.
"""

from bigcommerce_checkout_schemas import *  # noqa: F403
from bigcommerce_checkout_schemas import __all__ as __all__
