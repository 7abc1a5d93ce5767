package org.faultline.store;

/** A database error, with what the store was doing when it happened. */
public final class StoreException extends RuntimeException {
    StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }

    /** An error whose message says all: what was refused and why, with no database message after it. */
    StoreException(String message, ColumnLimits.TooLong cause) {
        super(message, cause);
    }
}
