package org.ecites.registry.repository;

/** The Scientific Authority's non-detriment finding and the legal-acquisition finding behind one block. */
public record Findings(String nonDetriment, String legalAcquisition) {
}
