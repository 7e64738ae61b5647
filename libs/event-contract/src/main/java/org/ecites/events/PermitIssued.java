package org.ecites.events;

public record PermitIssued(PermitDocument permit) implements DocumentEvent {
}
