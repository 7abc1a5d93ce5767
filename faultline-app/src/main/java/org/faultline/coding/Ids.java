package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.Evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids for events and claims: the same article coded twice gives the same ids. */
final class Ids {
    private Ids() {}

    /** Report-level event id: a hash of document, evidence span, code and actor codes. */
    static String eventId(String docId, Evidence ev, String code, Actor a1, Actor a2) {
        return "ev-" + hash(docId + "|" + ev.start() + "-" + ev.end() + "|" + code + "|"
                + (a1 == null ? "" : a1.code()) + "|" + (a2 == null ? "" : a2.code()));
    }

    static String claimId(String docId, Evidence ev, String stance, Actor claimant, String text) {
        return "cl-" + hash(docId + "|" + ev.start() + "|" + stance + "|" + claimant.code() + "|" + text);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
