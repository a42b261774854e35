"""The base class of every generated model. Do not edit: written by generator/models.py."""

from __future__ import annotations

import msgspec


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """A BigCommerce object. Fields BigCommerce may leave out are `None` when absent.

    Keyword-only; fields left at `None` are not sent in a request. Parsed responses are trees
    without cycles, so the instances stay out of the garbage collector (`gc=False`): faster to
    build, smaller to keep.
    """
