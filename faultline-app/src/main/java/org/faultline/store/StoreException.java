package org.faultline.store;

/** A database error, with what the store was doing when it happened. */
public final class StoreException extends RuntimeException {
    StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }
}
