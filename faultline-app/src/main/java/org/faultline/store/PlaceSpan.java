package org.faultline.store;

/**
 * Where a stored document names one of its places.
 *
 * @param place index into the document's {@code places()}
 * @param text  the words as written
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record PlaceSpan(int place, String text, int start, int end) {
    public PlaceSpan {
        if (place < 0) throw new IllegalArgumentException("place index " + place + " is negative");
        if (start < 0 || end < start) throw new IllegalArgumentException("span " + start + ".." + end + " of '" + text + "' is not a span");
    }
}
