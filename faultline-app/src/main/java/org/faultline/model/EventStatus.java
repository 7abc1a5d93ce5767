package org.faultline.model;

import java.util.Locale;

/** What the article says about an event, highest precedence first. */
public enum EventStatus {
    DENIED, CONTESTED, UNVERIFIED, FORECAST, ASSERTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The one of the two that takes precedence. */
    public EventStatus over(EventStatus other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
