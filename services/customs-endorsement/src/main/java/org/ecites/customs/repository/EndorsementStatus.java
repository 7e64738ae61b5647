package org.ecites.customs.repository;

public enum EndorsementStatus {
    OPEN,
    ENDORSED
}
