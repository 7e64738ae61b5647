package org.ecites.exchange.repository;

public enum DeliveryStatus {
    /** In the importing Party's inbox. */
    DELIVERED,
    /** The importing Party is not hosted and no partner route to it exists yet. */
    NO_ROUTE
}
