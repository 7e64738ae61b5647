package org.ecites.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The local suite's secrets: made up for one run, or kept between runs where a kept database holds them. */
final class Secrets {

    private Secrets() {
    }

    /** 32 random bytes, base64: a master key, or a password that only this run knows. */
    static String random() {
        return Base64.getEncoder().encodeToString(randomBytes());
    }

    /** URL-safe: OAuth clients send a client secret form-encoded, where a '+' would arrive as a space. */
    static String urlSafe() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    /** A URL-safe secret made once and kept in the file, readable by its owner only. */
    static String kept(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, urlSafe());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a secret in " + file, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
