package org.diplotext.lexicon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicons' JSON into plain values: {@code Map<String, Object>} for objects (in
 * document order), {@code List<Object>} for arrays, {@code String}, {@code Long},
 * {@code Double}, {@code Boolean} and {@code null}. It uses Jackson's streaming parser only:
 * building a parser must not pay the start-up of Jackson's object mapper (about a quarter of a
 * second in a fresh JVM), which a command-line run would otherwise spend before reading a byte.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTree() {
    }

    /** The value of a JSON document. */
    public static Object read(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return document(p);
        }
    }

    /** The value of a JSON document read from a stream as UTF-8 (or the encoding its bytes show). */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return document(p);
        }
    }

    private static Object document(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new IOException("empty document");
        }
        Object value = value(p, first);
        if (p.nextToken() != null) {
            throw new IOException("more than one value at " + p.currentLocation());
        }
        return value;
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String field = p.currentName();
                    object.put(field, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token + " at " + p.currentLocation());
        }
    }
}
