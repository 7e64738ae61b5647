package org.ecites.registry.repository;

public enum PermitStatus {
    ISSUED,
    SIGNED,
    USED
}
