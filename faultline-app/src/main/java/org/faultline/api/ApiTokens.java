package org.faultline.api;

import org.faultline.store.Store;
import org.faultline.store.TokenHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** Issues API tokens and checks them against the salted SHA-256 hashes the store keeps. */
final class ApiTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final Store store;
    private volatile List<TokenHash> known;

    ApiTokens(Store store) {
        this.store = store;
        this.known = store.tokens();
    }

    boolean any() {
        return !known.isEmpty();
    }

    /** A new random token; only its hash is stored. The token itself is returned once, for printing. */
    String issue(String label) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = "flt_" + HEX.formatHex(secret);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        store.addToken(new TokenHash(label, HEX.formatHex(salt), HEX.formatHex(hash(salt, token)), null));
        known = store.tokens();
        return token;
    }

    boolean valid(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return false;
        boolean ok = false;
        for (TokenHash t : known)   // no early exit: the time taken does not tell which stored token came close
            ok |= MessageDigest.isEqual(hash(HEX.parseHex(t.salt()), token), HEX.parseHex(t.hash()));
        return ok;
    }

    static byte[] hash(byte[] salt, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
