"""TEMPORARY query models of the Orders routes, until the generated ones arrive from the spec."""

from __future__ import annotations

import msgspec

Int = int | None
Text = str | None


class OrdersQuery(msgspec.Struct, kw_only=True):
    min_id: Int = None
    max_id: Int = None
    min_total: float | None = None
    max_total: float | None = None
    customer_id: Int = None
    email: Text = None
    status_id: Int = None
    cart_id: Text = None
    payment_method: Text = None
    min_date_created: Text = None
    max_date_created: Text = None
    min_date_modified: Text = None
    max_date_modified: Text = None
    page: Int = None
    limit: Int = None
    sort: Text = None
    channel_id: Int = None
    include: Text = None
    consignment_structure: Text = None
    external_order_id: Text = None


class PageQuery(msgspec.Struct, kw_only=True):
    page: Int = None
    limit: Int = None


class TaxesQuery(PageQuery, kw_only=True):
    details: Text = None


class IncludeQuery(msgspec.Struct, kw_only=True):
    include: Text = None
    consignment_structure: Text = None


class RefundsQuery(msgspec.Struct, kw_only=True):
    transaction_id: Text = None


class AllRefundsQuery(
    msgspec.Struct,
    kw_only=True,
    rename={
        "order_id_in": "order_id:in",
        "id_in": "id:in",
        "created_min": "created:min",
        "created_max": "created:max",
    },
):
    order_id_in: Text = None
    id_in: Text = None
    created_min: Text = None
    created_max: Text = None
    transaction_id: Text = None
    page: Int = None
    limit: Int = None


class MetafieldsQuery(
    msgspec.Struct, kw_only=True, rename={"key_in": "key:in", "namespace_in": "namespace:in"}
):
    page: Int = None
    limit: Int = None
    key: Text = None
    key_in: Text = None
    namespace: Text = None
    namespace_in: Text = None
    direction: Text = None
    include_fields: Text = None
