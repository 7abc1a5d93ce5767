package org.faultline.model;

/**
 * Why one input could not be read or coded. Errors are data: the batch goes on.
 *
 * @param input    the file, URL or record ("batch.jsonl:12")
 * @param position where in it ("line 3, column 7", "byte 1024"), or null
 * @param reason   what is wrong, in words a user can act on
 */
public record InputError(String input, String position, String reason) {
    public InputError {
        Checks.notNull(input, "input");
        Checks.notNull(reason, "reason");
    }

    @Override
    public String toString() {
        return input + (position == null ? "" : " (" + position + ")") + ": " + reason;
    }
}
