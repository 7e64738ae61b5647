package org.ecites.exchange.repository;

/** How a message reaches the other Party. */
public enum DeliveryRoute {
    /** The Party is hosted here: straight into its inbox. */
    INBOX,
    /** Its partner system takes pushes: we send it, with bounded retries. */
    PUSH,
    /** Nobody takes pushes for it: the message waits until the Party (or EPIX on its behalf) pulls it. */
    PULL
}
