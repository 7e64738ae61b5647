package org.ecites.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values for a schema, as a fuzzer would send them: mostly of the schema's own type and near its bounds,
 * often hostile (NUL bytes, huge numbers, wrong types, deep nesting, injection text, a missing required
 * property). Drawn from one seeded {@link Random}, so a failing run is repeated by its seed.
 */
final class HostileValues {

    static final List<Object> HOSTILE = List.of("\u0000", "a\u0000b", "' OR '1'='1' --", "<script>alert(1)</script>",
            "../../../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "\uD83E\uDD8E", "", " ", "A".repeat(10_000),
            "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", -1, 0, 4294968, Long.MAX_VALUE,
            new java.math.BigDecimal("1e400"), "9".repeat(300), 1.5, true, List.of(), Map.of());
    private static final int MAX_DEPTH = 6;

    private final Random random;
    private final OpenAPI api;

    HostileValues(Random random, OpenAPI api) {
        this.random = random;
        this.api = api;
    }

    /** A value for the schema: one in four is hostile whatever the schema says. */
    Object of(Schema<?> schema) {
        return of(schema, 0);
    }

    private Object of(Schema<?> schema, int depth) {
        if (schema == null || random.nextInt(4) == 0 || depth > MAX_DEPTH) {
            return hostile();
        }
        schema = resolve(schema);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty() && random.nextBoolean()) {
            return schema.getEnum().get(random.nextInt(schema.getEnum().size()));
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : "object";
        return switch (type) {
            case "integer" -> pick(0, 1, -1, 2026, Integer.MAX_VALUE, Long.MAX_VALUE, "12");
            case "number" -> pick(0, 0.000001, 1e15, -5, new java.math.BigDecimal("1e16"), 12.3456789);
            case "boolean" -> random.nextBoolean();
            case "array" -> array(schema, depth);
            case "string" -> string(schema);
            default -> object(schema, depth);
        };
    }

    private Object string(Schema<?> schema) {
        if ("date".equals(schema.getFormat())) {
            return pick("2026-11-29", "2026-13-45", "0000-01-01", "9999-12-31");
        }
        if ("date-time".equals(schema.getFormat())) {
            return pick("2026-11-29T12:00:00Z", "not a time", "2026-11-29T25:61:00Z");
        }
        if ("uuid".equals(schema.getFormat())) {
            return pick(java.util.UUID.randomUUID().toString(), "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz");
        }
        return pick("CH", "NO", "II", "W", "LIV", "KIL", "Python regius", "CH26-000001", "x".repeat(300),
                "Crocodylus niloticus", "T");
    }

    private List<Object> array(Schema<?> schema, int depth) {
        List<Object> items = new ArrayList<>();
        int size = random.nextInt(10) == 0 ? 30 : random.nextInt(3);
        for (int i = 0; i < size; i++) {
            items.add(of(schema.getItems(), depth + 1));
        }
        return items;
    }

    private Map<String, Object> object(Schema<?> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                int choice = random.nextInt(10);
                if (choice == 0) {
                    object.put(name, null);
                } else if (choice > 1) {
                    object.put(name, of(property, depth + 1));
                }
            });
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            object.put(pick("sapi_term_codes_utf8.csv", "Animalia", "x").toString(), of(values, depth + 1));
        }
        if (random.nextInt(5) == 0) {
            object.put("unexpected", hostile());
        }
        return object;
    }

    Object hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private Object pick(Object... values) {
        return values[random.nextInt(values.length)];
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> resolved = schema;
        for (int hops = 0; resolved.get$ref() != null && hops < 10; hops++) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            resolved = api.getComponents().getSchemas().get(name);
        }
        return resolved;
    }
}
