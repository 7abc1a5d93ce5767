package org.faultline.coding;

import org.faultline.model.Actor;

/** An event found in the parse, before attribution, status, date and place are settled. */
record RawEvent(int token, String code, Actor actor1, Actor actor2, boolean nominal) {
}
