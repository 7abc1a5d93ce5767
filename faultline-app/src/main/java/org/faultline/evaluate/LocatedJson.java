package org.faultline.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file read into a Jackson tree that remembers where each value stands in the file, so that a complaint about a
 * field can name its line and column. Paths are written as in messages: {@code events[2].cameo_root}.
 */
final class LocatedJson {
    /** Gold and prediction files are a few kilobytes; anything beyond this is not one. */
    static final long MAX_BYTES = 64L << 20;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final Path file;
    final JsonNode root;
    private final Map<String, JsonLocation> where;

    private LocatedJson(Path file, JsonNode root, Map<String, JsonLocation> where) {
        this.file = file;
        this.root = root;
        this.where = where;
    }

    /**
     * Reads {@code file}; a file that cannot be read or is no JSON gives an exception naming it and the position.
     * With {@code locate}, the position of every value is kept for {@link #at}.
     */
    static LocatedJson read(Path file, boolean locate) throws BadFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new BadFileException(file + ": " + size + " bytes, over the limit of " + MAX_BYTES + " bytes for one file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadFileException(file + ": cannot read it: permission denied");
        } catch (IOException | UncheckedIOException e) {
            throw new BadFileException(file + ": cannot read it: " + e);
        }
        Map<String, JsonLocation> where = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            try {
                if (p.nextToken() == null) throw new BadFileException(file + ": empty file, expected a JSON object");
                JsonNode root = value(p, "", locate ? where : null);
                if (p.nextToken() != null)
                    throw new BadFileException(at(file, p.currentTokenLocation()) + ": more content after the JSON value");
                return new LocatedJson(file, root, where);
            } catch (JsonProcessingException e) {
                // a limit exceeded (nesting, number length) carries no position of its own: the parser's is it
                JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw new BadFileException(at(file, l) + ": not valid JSON: " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            throw new BadFileException(file + ": cannot read it: " + e);
        }
    }

    /** "FILE:LINE:COLUMN" of the value at {@code path}, or "FILE" when the path is unknown. */
    String at(String path) {
        JsonLocation l = where.get(path);
        return l == null ? file.toString() : at(file, l);
    }

    private static String at(Path file, JsonLocation l) {
        if (l == null || l.getLineNr() < 1) return file.toString();
        return file + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }

    /** The value at the parser's current token, its position and those of its parts recorded in {@code where} (when not null). */
    private static JsonNode value(JsonParser p, String path, Map<String, JsonLocation> where) throws IOException {
        if (where != null) where.put(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    // a repeated key keeps its last value, as Python's json module does
                    o.set(name, value(p, where == null ? path : path.isEmpty() ? name : path + "." + name, where));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p, where == null ? path : path + "[" + i++ + "]", where));
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + t);
        }
    }
}
