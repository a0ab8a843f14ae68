package io.newsdesk.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: UTF-8 only, one JSON document with no unknown fields and no silent
 * type coercion ({@code 2.5} or {@code "3"} is not a whole number, {@code 1} is not text), so a
 * client learns of a mistake instead of having it guessed at. What is wrong is told in JSON's terms
 * with the field's path ({@code filters.sources[0]}), never with Java class names.
 */
public final class StrictJson {

    private final ObjectMapper mapper;

    /** A reader configured from the application's mapper (naming strategy, modules). */
    public StrictJson(ObjectMapper base) {
        this.mapper = base.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.mapper
                .coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            this.mapper
                    .coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
    }

    /** A body that cannot be read; {@link #field()} is the path of the offending field, or null. */
    public static final class UnreadableBodyException extends IllegalArgumentException {

        private final String field;

        UnreadableBodyException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The body as text; invalid UTF-8 is refused rather than replaced. */
    public static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableBodyException(null, "the request body is not valid UTF-8 text");
        }
    }

    /** One JSON object of {@code type}; {@code example} shows the smallest right body in messages. */
    public <T> T read(String json, Class<T> type, String example) {
        if (json.isBlank()) {
            throw new UnreadableBodyException(null, "the request body is empty: send " + example);
        }
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new UnreadableBodyException(null, "the request body is null: send " + example);
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw new UnreadableBodyException(
                    path(unknown),
                    "unknown field \"" + unknown.getPropertyName()
                            + "\"; known fields are "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        } catch (MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field == null) {
                throw new UnreadableBodyException(null, "the request body must be a JSON object: send " + example);
            }
            throw new UnreadableBodyException(
                    field, "field \"" + field + "\" must be " + kind(mismatch.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new UnreadableBodyException(path(e), "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** What a client should send for a Java type, in JSON's words. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "JSON";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another type";
    }
}
