package org.faultline.model;

/** One input as ingest read it: an article, or the error that kept it out. Exactly one is set. */
public record ReadResult(Article article, InputError error) {
    public ReadResult {
        if ((article == null) == (error == null))
            throw new IllegalArgumentException("exactly one of article and error must be set");
    }

    public static ReadResult ok(Article a) {
        return new ReadResult(a, null);
    }

    public static ReadResult failed(String input, String position, String reason) {
        return new ReadResult(null, new InputError(input, position, reason));
    }

    public boolean ok() {
        return article != null;
    }
}
