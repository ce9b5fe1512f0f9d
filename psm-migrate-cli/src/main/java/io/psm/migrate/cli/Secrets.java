package io.psm.migrate.cli;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords a run knows of, so that no message it prints shows one where it stands as a
 * credential, even one whose end the text alone does not make plain.
 *
 * @param values the passwords, as given and percent-encoded
 */
record Secrets(List<String> values) {

    private static final String PASSWORD_OPTION = "--password";
    private static final List<Pattern> URL_PASSWORDS = List.of(
            Pattern.compile("//[^/:@\\s]*:([^@/\\s]+)@"),
            Pattern.compile("(?i)password=([^&;\\s]+)"));

    Secrets {
        values = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Secrets for these passwords; empty and blank ones are ignored. */
    static Secrets of(Collection<String> passwords) {
        List<String> values = new ArrayList<>();
        for (String password : passwords) {
            if (password != null && !password.isBlank()) {
                values.add(password);
                values.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
            }
        }
        return new Secrets(values);
    }

    /**
     * The passwords in raw command-line arguments ({@code --password P}, {@code --password=P}, URLs
     * with a password) and in the {@code DATABASE_URL} variable, found before parsing so that even
     * a usage error cannot echo one.
     */
    static Secrets scan(List<String> arguments, Map<String, String> environment) {
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(PASSWORD_OPTION) && i + 1 < arguments.size()) {
                passwords.add(arguments.get(i + 1));
            } else if (argument.startsWith(PASSWORD_OPTION + "=")) {
                passwords.add(argument.substring(PASSWORD_OPTION.length() + 1));
            }
            passwords.addAll(urlPasswords(argument));
        }
        String databaseUrl = environment.get(StandaloneCommand.URL_VARIABLE);
        if (databaseUrl != null) {
            passwords.addAll(urlPasswords(databaseUrl));
        }
        return of(passwords);
    }

    /** These secrets and one more password. */
    Secrets with(String password) {
        List<String> passwords = new ArrayList<>(values);
        passwords.add(password);
        return of(passwords);
    }

    /**
     * {@code text} with every password that stands there as a credential replaced by {@code ****}:
     * in a URL's user-info, after {@code password=} or {@code --password}, in SQL's
     * {@code PASSWORD '…'}. The known passwords tell where such a value ends; elsewhere they are
     * left alone, so a password that is also a word or a letter does not garble the text.
     */
    String mask(String text) {
        return DatabaseUrl.redact(text, values);
    }

    private static List<String> urlPasswords(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : URL_PASSWORDS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group(1));
                found.add(decode(matcher.group(1)));
            }
        }
        return found;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
