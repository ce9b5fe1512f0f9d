package io.psm.migrate.adopt;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Flyway migration version, compared as Flyway compares them: {@code _} reads as {@code .}, the
 * parts are whole numbers compared one by one (so {@code 1.10} follows {@code 1.9} and {@code 01}
 * equals {@code 1}), and trailing zero parts do not count ({@code 1.0} equals {@code 1}).
 *
 * @param text  the version as written in the file name ({@code 1_12_29})
 * @param parts its numbers, trailing zeros dropped
 */
public record FlywayVersion(String text, List<BigInteger> parts) implements Comparable<FlywayVersion> {

    private static final int MAX_ID = 32;

    /** Copies the parts. */
    public FlywayVersion {
        parts = List.copyOf(parts);
    }

    /**
     * Reads a version.
     *
     * @param text the version part of a file name, such as {@code 1_12_29} or {@code 2.0.1}
     * @return the version
     * @throws IllegalArgumentException when a part is not a whole number
     */
    public static FlywayVersion parse(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.replace('_', '.').split("\\.(?=\\d)", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not a Flyway version: versions are whole numbers"
                        + " separated by '.' or '_'");
            }
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new FlywayVersion(text, parts);
    }

    /** The version as Flyway shows it and stores it in its history table: {@code 1.12.29}. */
    public String display() {
        return text.replace('_', '.');
    }

    /** The numbers alone, {@code .}-separated, leading zeros dropped: {@code 1.12.29}. */
    public String canonical() {
        return parts.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }

    /**
     * The id of the revision imported from this version: {@code v} and the numbers joined by
     * {@code _} ({@code v1_12_29}), the same on every run; when that would pass the 32 characters an
     * id may have, {@code v} and 20 hex digits of the numbers' SHA-256.
     */
    public String revisionId() {
        String id = "v" + canonical().replace('.', '_');
        if (id.length() <= MAX_ID) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return "v" + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public int compareTo(FlywayVersion other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int compared = part(i).compareTo(other.part(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** Whether both name the same version, as Flyway sees it ({@code 1.0} and {@code 01} are {@code 1}). */
    public boolean sameAs(FlywayVersion other) {
        return compareTo(other) == 0;
    }

    private BigInteger part(int i) {
        return i < parts.size() ? parts.get(i) : BigInteger.ZERO;
    }
}
