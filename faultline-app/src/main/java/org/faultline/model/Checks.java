package org.faultline.model;

/** Argument checks whose messages name the bad value. */
final class Checks {
    private Checks() {}

    static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException(name + " must not be null");
        return value;
    }

    static void span(int start, int end, String what) {
        if (start < 0 || end < start)
            throw new IllegalArgumentException(what + " span [" + start + ", " + end + ") is not a valid range");
    }
}
