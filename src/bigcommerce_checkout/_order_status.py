"""Order status ids by name, and what an order's transactions say about its payment.

A small module: the package exports both without loading the orders resource.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bigcommerce_checkout_schemas import Order, OrderTransaction


class OrderStatusId(enum.IntEnum):
    """BigCommerce's order status ids (fixed; the merchant may relabel them): no magic numbers.

    `client.orders.update(order_id, status_id=OrderStatusId.CANCELLED)`.
    """

    INCOMPLETE = 0
    PENDING = 1
    SHIPPED = 2
    PARTIALLY_SHIPPED = 3
    REFUNDED = 4
    CANCELLED = 5
    DECLINED = 6
    AWAITING_PAYMENT = 7
    AWAITING_PICKUP = 8
    AWAITING_SHIPMENT = 9
    COMPLETED = 10
    AWAITING_FULFILLMENT = 11
    MANUAL_VERIFICATION_REQUIRED = 12
    DISPUTED = 13
    PARTIALLY_REFUNDED = 14


class PaymentState:
    """What an order's status and transactions say about its payment (`orders.payment_state`).

    `paid` is True when a transaction captured money (a purchase or capture that succeeded and
    was not voided); `authorized` when money is only reserved. Read after a
    `PaymentMayHaveBeenTakenError`: if `paid` or `authorized`, do not pay again.
    """

    __slots__ = ("authorized", "order", "paid", "transactions")

    def __init__(self, order: Order, transactions: list[OrderTransaction]) -> None:
        self.order = order
        self.transactions = transactions
        ok = [t for t in transactions if t.status in (None, "ok")]
        events = {t.event for t in ok}
        self.paid = bool(events & {"purchase", "capture", "settled"}) and "void" not in events
        self.authorized = "authorization" in events and not self.paid and "void" not in events

    @property
    def status_id(self) -> int:
        return self.order.status_id

    @property
    def captured_amount(self) -> float:
        """The money taken: successful purchases and captures (refunds are not subtracted)."""
        return sum(
            t.amount
            for t in self.transactions
            if t.event in ("purchase", "capture") and t.status in (None, "ok")
        )

    def __repr__(self) -> str:
        return (
            f"PaymentState(order_id={self.order.id}, status_id={self.order.status_id}, paid={self.paid}, "
            f"authorized={self.authorized}, transactions={len(self.transactions)})"
        )
