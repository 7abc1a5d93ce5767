package org.faultline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reading the loose JSON of gold files and predictions the way the reference scorer reads it: a field that is absent
 * and one that is null mean the same; "falsy" is Python's (null, false, 0, "", [] and {}); a field of the wrong kind
 * reads as absent rather than failing (gold files are checked beforehand by {@link GoldFile}).
 */
final class Values {
    private Values() {}

    /** The field of an object, or a missing node (for an absent field, or when {@code node} is no object). */
    static JsonNode get(JsonNode node, String field) {
        if (node == null || !node.isObject()) return MissingNode.getInstance();
        JsonNode v = node.get(field);
        return v == null ? MissingNode.getInstance() : v;
    }

    /** Absent or null. */
    static boolean none(JsonNode v) {
        return v == null || v.isMissingNode() || v.isNull();
    }

    /** Python's truth value of a JSON value. */
    static boolean truthy(JsonNode v) {
        if (none(v)) return false;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isNumber()) return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0.0;
        if (v.isTextual()) return !v.textValue().isEmpty();
        if (v.isContainerNode()) return v.size() > 0;
        return true;
    }

    /** The elements of an array field; an empty list when the field is absent or no array. */
    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = get(node, field);
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) v.forEach(out::add);
        return out;
    }

    /** A text field as text: "" when absent, null or empty; other values by their JSON text. */
    static String text(JsonNode node, String field) {
        return text(get(node, field));
    }

    /** A value as text: "" when absent, null or falsy; a string as itself; other values by their JSON text. */
    static String text(JsonNode v) {
        if (!truthy(v)) return "";
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** A string value, or null when the value is absent or not a string. */
    static String string(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** The evidence of an item: its {@code evidence.text}, or {@code evidence} itself when that is a string. */
    static String evidence(JsonNode item) {
        JsonNode ev = get(item, "evidence");
        if (ev.isObject()) return text(ev, "text");
        return text(ev);
    }

    /** The upper-case country of an actor object, or null when it has none. */
    static String country(JsonNode actor) {
        if (actor == null || !actor.isObject()) return null;
        JsonNode c = actor.get("country");
        return c != null && c.isTextual() && !c.textValue().isEmpty() ? c.textValue().toUpperCase(Locale.ROOT) : null;
    }

    /**
     * Python's equality of two JSON values: absent equals null; numbers (and booleans as 0 and 1) by value; strings,
     * arrays and objects by content.
     */
    static boolean same(JsonNode a, JsonNode b) {
        if (none(a) || none(b)) return none(a) && none(b);
        if ((a.isNumber() || a.isBoolean()) && (b.isNumber() || b.isBoolean())) {
            if (isFloat(a) || isFloat(b)) return number(a) == number(b);
            return integer(a).equals(integer(b));
        }
        return a.equals(b);
    }

    private static boolean isFloat(JsonNode v) {
        return v.isNumber() && !v.isIntegralNumber();
    }

    private static double number(JsonNode v) {
        return v.isBoolean() ? (v.booleanValue() ? 1 : 0) : v.doubleValue();
    }

    private static BigInteger integer(JsonNode v) {
        return v.isBoolean() ? (v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO) : v.bigIntegerValue();
    }

    /**
     * Python's {@code str()} of a value, as {@code --explain} prints it: "None" for absent or null, a string as
     * itself, "True"/"False", an integer in digits, a float with its point ("3.0").
     */
    static String str(JsonNode v) {
        if (none(v)) return "None";
        if (v.isTextual()) return v.textValue();
        if (v.isBoolean()) return v.booleanValue() ? "True" : "False";
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e16) return String.format(Locale.ROOT, "%.1f", d);
            return Double.toString(d);
        }
        return v.toString();
    }

    /** {@link #str} of a Java string: "None" for null. */
    static String str(String s) {
        return Objects.toString(s, "None");
    }
}
