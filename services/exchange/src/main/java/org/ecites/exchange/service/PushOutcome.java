package org.ecites.exchange.service;

/**
 * What one push to a partner came to.
 *
 * @param tried false when the partner's circuit was open and nothing was sent: no attempt is spent
 * @param permanent the partner refused the message itself (a 4xx): sending it again cannot help
 */
record PushOutcome(boolean tried, boolean delivered, boolean permanent, String warnings, String detail) {

    static PushOutcome delivered(String warnings, String detail) {
        return new PushOutcome(true, true, false, warnings, detail);
    }

    static PushOutcome failed(boolean permanent, String detail) {
        return new PushOutcome(true, false, permanent, null, detail);
    }

    static PushOutcome notTried(String detail) {
        return new PushOutcome(false, false, false, null, detail);
    }
}
