package org.ecites.seal;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): binary as the 45 characters of the QR code's alphanumeric mode, which packs them
 * at 5.5 bits each. No maintained Java implementation exists in the artifacts we can use, and the
 * algorithm is a page long; the RFC's test vectors guard it.
 */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int BASE = 45;

    private Base45() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 3 / 2 + 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int value = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
            appendDigits(text, value, 3);
        }
        if (bytes.length % 2 == 1) {
            appendDigits(text, bytes[bytes.length - 1] & 0xff, 2);
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException on a character outside the alphabet, a bad length or an overflow */
    public static byte[] decode(String text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("Base45 text of length " + text.length() + " is truncated");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 2 / 3);
        for (int i = 0; i < text.length(); i += 3) {
            boolean pair = i + 2 < text.length();
            int value = digit(text, i) + digit(text, i + 1) * BASE + (pair ? digit(text, i + 2) * BASE * BASE : 0);
            if (value > (pair ? 0xffff : 0xff)) {
                throw new IllegalArgumentException("Base45 group at " + i + " is out of range");
            }
            if (pair) {
                bytes.write(value >> 8);
            }
            bytes.write(value & 0xff);
        }
        return bytes.toByteArray();
    }

    private static void appendDigits(StringBuilder text, int value, int count) {
        for (int i = 0; i < count; i++) {
            text.append(ALPHABET.charAt(value % BASE));
            value /= BASE;
        }
    }

    private static int digit(String text, int index) {
        int digit = ALPHABET.indexOf(text.charAt(index));
        if (digit < 0) {
            throw new IllegalArgumentException("'" + text.charAt(index) + "' at " + index + " is not Base45");
        }
        return digit;
    }
}
