package org.ecites.verifier;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A certificate file as DER, whether it was saved as PEM or as DER. */
final class Pem {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private Pem() {
    }

    static byte[] der(byte[] file) {
        String text = new String(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            return file;
        }
        int end = text.indexOf(END, begin);
        if (end < 0) {
            throw new IllegalArgumentException("the PEM certificate has no end line");
        }
        return Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end));
    }
}
