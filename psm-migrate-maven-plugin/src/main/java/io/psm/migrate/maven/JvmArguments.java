package io.psm.migrate.maven;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code psm.jvmArguments} into the JVM's options: at blanks, except inside single or double quotes. */
final class JvmArguments {

    private JvmArguments() {
    }

    /**
     * The options of a line such as {@code -Xmx1g "-Dgreeting=hello world"}.
     *
     * @param line the options, or {@code null}
     * @return the options, quotes removed
     */
    static List<String> split(String line) {
        List<String> options = new ArrayList<>();
        if (line == null) {
            return options;
        }
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean inOption = false;
        for (char each : line.toCharArray()) {
            if (quote != 0) {
                if (each == quote) {
                    quote = 0;
                } else {
                    current.append(each);
                }
            } else if (each == '"' || each == '\'') {
                quote = each;
                inOption = true;
            } else if (Character.isWhitespace(each)) {
                if (inOption) {
                    options.add(current.toString());
                    current.setLength(0);
                    inOption = false;
                }
            } else {
                current.append(each);
                inOption = true;
            }
        }
        if (inOption) {
            options.add(current.toString());
        }
        return options;
    }
}
