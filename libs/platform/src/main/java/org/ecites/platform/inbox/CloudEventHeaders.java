package org.ecites.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.EventPayload;

/**
 * Reads a CloudEvent in Kafka binary mode ({@code ce_*} headers, JSON value) as it arrived on a topic or as
 * it was kept on a dead-letter topic, and refuses a type that did not come from its owner's topic.
 */
final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    static Optional<EventType> type(Headers headers) {
        return EventType.fromCloudEventType(text(headers, "ce_type"));
    }

    /** A type that did not come from its owner's topic is a forgery, whether or not this service handles it. */
    static void requireOwnersTopic(EventType type, String topic, Headers headers) {
        if (!type.topic().equals(topic)) {
            throw new MalformedEventException("event " + text(headers, "ce_id") + " of type " + type.cloudEventType()
                    + " came from " + topic + "; only " + type.producer() + " publishes it, on " + type.topic());
        }
    }

    static ReceivedEvent<EventPayload> decode(EventType type, Headers headers, String payload) {
        String id = required(headers, "ce_id");
        if (payload == null) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        String tenant = required(headers, "ce_" + EventType.TENANT_EXTENSION);
        return new ReceivedEvent<>(uuid(id), text(headers, "ce_source"), tenant, time(headers),
                EventJson.decode(payload, type.payloadType()));
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("event has no " + name + " header");
        }
        return value;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("event id '" + id + "' is not a UUID");
        }
    }

    private static Instant time(Headers headers) {
        String time = text(headers, "ce_time");
        try {
            return time == null ? Instant.now() : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event time '" + time + "' is not an RFC 3339 time");
        }
    }
}
