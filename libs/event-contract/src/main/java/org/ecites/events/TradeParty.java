package org.ecites.events;

/** Box 3 (importer), box 4 (exporter or re-exporter) or box 6 (Management Authority): name, address, country. */
public record TradeParty(String name, String address, String country) {
}
