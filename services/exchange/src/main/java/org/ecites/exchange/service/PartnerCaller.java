package org.ecites.exchange.service;

import org.ecites.exchange.repository.Partner;

/** A partner system that proved itself with its pinned TLS certificate, and the Party it speaks for (the C=). */
public record PartnerCaller(Partner partner, String party) {
}
