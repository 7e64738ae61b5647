package org.ecites.events;

/** Box 3 (importer) or box 4 (exporter or re-exporter): name, address and country. */
public record TradeParty(String name, String address, String country) {
}
