package org.ecites.signing.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Verification codes: ten random characters of Crockford's Base32 (50 bits), printed as two groups of
 * five. Drawn at random, never derived from the permit number, so counting numbers finds nothing.
 */
public final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Compares in constant time, ignoring case, spaces and dashes as people type them. */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(normal(expected).getBytes(StandardCharsets.US_ASCII),
                normal(given).getBytes(StandardCharsets.US_ASCII));
    }

    private static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase();
    }
}
