package org.ecites.exchange.repository;

/** Where a delivery stands, in the ePhyto Hub's terms. */
public enum DeliveryStatus {
    /** Waiting: to be pushed (again) to a partner, or to be pulled by the other Party. */
    PENDING_DELIVERY,
    /** In the other Party's inbox, taken by its partner system, or pulled by it. */
    DELIVERED,
    /** Taken, but the receiver reported something it could not fully use. */
    DELIVERED_WITH_WARNINGS,
    /** Every attempt failed: an operator may retry it once the partner is back. */
    FAILED_DELIVERY
}
