package org.faultline.store;

import java.time.Instant;

/**
 * A stored API token: never the token itself, only a random salt and the SHA-256 of salt and token.
 *
 * @param salt hex
 * @param hash hex SHA-256 of the salt bytes followed by the token's UTF-8 bytes
 */
public record TokenHash(String label, String salt, String hash, Instant created) {
    public TokenHash {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("token label '" + label + "' is empty");
        if (salt == null || !salt.matches("[0-9a-f]{16,64}")) throw new IllegalArgumentException("token salt '" + salt + "' is not hex");
        if (hash == null || !hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("token hash '" + hash + "' is not a hex SHA-256");
        if (created == null) created = Instant.now();
    }
}
