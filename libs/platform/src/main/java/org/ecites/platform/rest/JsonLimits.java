package org.ecites.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Bounds what a JSON request body may make the server do: nesting depth, the length of one string or
 * number, and no NUL characters in text (which PostgreSQL refuses). A body past a bound is a 400 problem
 * naming the field, never a server error. The whole body is bounded by {@code quarkus.http.limits.max-body-size}.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 40;
    /** Checklist uploads carry whole CSV files as one string, within the 8 MB body limit. */
    static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.registerModule(new SimpleModule("ecites-text").addDeserializer(String.class, new TextWithoutNul()));
    }

    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw JsonMappingException.from(parser, HostileInputFilter.NUL_MESSAGE);
            }
            return text;
        }
    }
}
