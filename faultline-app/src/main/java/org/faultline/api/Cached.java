package org.faultline.api;

import org.faultline.store.Store;

import java.util.function.Supplier;

/**
 * An analysis of the whole store, computed again only when the store's contents have changed
 * ({@link Store#contentVersion()}): the first request after a change pays for it, the others read it.
 */
final class Cached<T> {
    private final Store store;
    private final Supplier<T> compute;
    private String version;
    private T value;

    Cached(Store store, Supplier<T> compute) {
        if (store == null || compute == null) throw new IllegalArgumentException("store and computation must not be null");
        this.store = store;
        this.compute = compute;
    }

    synchronized T get() {
        String now = store.contentVersion();   // read first: a document stored meanwhile makes the next call compute again
        if (!now.equals(version)) {
            value = compute.get();
            version = now;
        }
        return value;
    }
}
