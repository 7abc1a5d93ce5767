package org.faultline.evaluate;

/**
 * A gold or prediction file that cannot be scored: unreadable, not JSON, or (for gold) a field of the wrong kind. The
 * message names the file and, where there is one, the line and column ("d03.gold.json:41:22: events[2].cameo_root:
 * ..."); a file may have several problems, one per line.
 */
public final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadFileException(String message) {
        super(message);
    }
}
