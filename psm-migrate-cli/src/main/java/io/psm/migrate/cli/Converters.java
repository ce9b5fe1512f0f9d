package io.psm.migrate.cli;

import io.psm.migrate.dialect.Durations;
import io.psm.migrate.execute.TransactionMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Option values read as people write them, with errors that say what is accepted. */
final class Converters {

    private Converters() {
    }

    /**
     * A duration as Spring Boot reads one: {@code 90s}, {@code 500ms}, {@code 5m}, {@code 1h}, a
     * plain number of seconds, or ISO-8601 ({@code PT90S}); never negative.
     */
    static final class LockTimeout implements ITypeConverter<Duration> {

        private static final Pattern SIMPLE = Pattern.compile("(-?\\d+)\\s*(ms|s|m|h|d)?");

        @Override
        public Duration convert(String value) {
            Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
            if (duration.isNegative()) {
                throw new TypeConversionException("must be zero (one attempt) or more, not " + Durations.format(duration));
            }
            return duration;
        }

        private static Duration parse(String text) {
            Matcher simple = SIMPLE.matcher(text);
            if (simple.matches()) {
                long amount = Long.parseLong(simple.group(1));
                String unit = simple.group(2) == null ? "s" : simple.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofSeconds(amount);
                };
            }
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not a duration: write 90s, 500ms, 5m or 1h"
                        + " (a plain number is seconds)");
            }
        }
    }

    /** {@code per-revision} or {@code all}. */
    static final class Mode implements ITypeConverter<TransactionMode> {

        @Override
        public TransactionMode convert(String value) {
            try {
                return TransactionMode.fromWord(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a transaction mode: use per-revision or all");
            }
        }
    }
}
