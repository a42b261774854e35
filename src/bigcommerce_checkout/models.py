"""The generated models, re-exported: what the client's methods accept and return."""

from bigcommerce_checkout_api.models import *  # noqa: F403
from bigcommerce_checkout_api.models import __all__ as __all__
from bigcommerce_checkout_api.types import UNSET as UNSET
from bigcommerce_checkout_api.types import Unset as Unset
