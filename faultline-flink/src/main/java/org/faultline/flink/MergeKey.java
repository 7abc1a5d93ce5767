package org.faultline.flink;

/**
 * A stored document's news for one part of the merged view: the part (a CAMEO root, or the claims about no event),
 * the event time it tells (the day of its earliest event of that root, else its publication day, as epoch
 * milliseconds; 0 when neither is known), and when it was stored (wall clock). A Flink POJO.
 */
public final class MergeKey {
    public String part;
    public String document;
    public long eventMillis;
    public long storedMillis;

    public MergeKey() {}

    public MergeKey(String part, String document, long eventMillis, long storedMillis) {
        this.part = part;
        this.document = document;
        this.eventMillis = eventMillis;
        this.storedMillis = storedMillis;
    }

    @Override
    public String toString() {
        return part + " " + document + " @" + eventMillis;
    }
}
