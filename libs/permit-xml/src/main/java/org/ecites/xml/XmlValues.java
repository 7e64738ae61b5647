package org.ecites.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.ecites.xml.cefact.ram.CodeType;
import org.ecites.xml.cefact.ram.IDType;
import org.ecites.xml.cefact.ram.QuantityType;
import org.ecites.xml.cefact.ram.TextType;

/** The data types of the message, both ways; reading takes every form the schema allows. */
final class XmlValues {

    /** Unit codes other systems write for a number of specimens, which CITES leaves blank. */
    private static final Set<String> NUMBER_OF_SPECIMENS = Set.of("", "PCS", "NAR", "H87", "NMB");

    private XmlValues() {
    }

    static IDType id(String value) {
        if (value == null) {
            return null;
        }
        IDType id = new IDType();
        id.setValue(value);
        return id;
    }

    static CodeType code(String value) {
        if (value == null) {
            return null;
        }
        CodeType code = new CodeType();
        code.setValue(value);
        return code;
    }

    static TextType text(String value) {
        if (value == null) {
            return null;
        }
        TextType text = new TextType();
        text.setValue(value);
        return text;
    }

    static QuantityType quantity(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        QuantityType quantity = new QuantityType();
        quantity.setValue(value);
        quantity.setUnitCode(unit);
        return quantity;
    }

    static String unitOf(QuantityType quantity) {
        String unit = quantity == null ? null : quantity.getUnitCode();
        return unit == null || NUMBER_OF_SPECIMENS.contains(unit.strip()) ? null : unit.strip();
    }

    static String value(IDType id) {
        return id == null ? null : id.getValue();
    }

    static String value(CodeType code) {
        return code == null ? null : code.getValue();
    }

    static String value(TextType text) {
        return text == null ? null : text.getValue();
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A day as written, or the day of an instant in its own offset: both begin with it. */
    static LocalDate dayOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new PermitXmlException(PermitXmlException.Reason.INVALID, "not a date: " + value, e);
        }
    }

    /** An instant; a day alone is its start in UTC, a time without offset is UTC. */
    static Instant instantOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.indexOf('T') < 0 ? dayOf(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : dateTime(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new PermitXmlException(PermitXmlException.Reason.INVALID, "not a date and time: " + value, e);
        }
    }

    private static OffsetDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        }
    }
}
