package io.psm.migrate.sample.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/guide.md} read as a script: its {@code ##} sections, and in each the steps the test
 * runs, in order.
 *
 * <p>The conventions, invisible to a reader of the rendered page:
 * <ul>
 *   <li>A {@code console} fenced block holds commands: a line {@code $ command} (continued on the
 *       next line when it ends with {@code \}) followed by the command's expected output, standard
 *       output and standard error as a terminal shows them. Other blocks are not run.</li>
 *   <li>A command runs with {@code bash} in the scratch project; {@code java} is the test's
 *       {@link Launcher}, {@code export NAME=VALUE} lasts for the rest of the project, and
 *       {@code COMMAND > FILE 2>&1 &} starts a background process (an application: the test waits
 *       until it serves, and {@code localhost:8080} then reaches it).</li>
 *   <li>A command must exit with status 0, or 1 when the guide shows an {@code ERROR:} line, or
 *       what a trailing {@code # exit status N} says.</li>
 *   <li>Every {@code ##} section starts in a scratch project of its own ({@link Setup#DEFAULT});
 *       {@code <!-- guide: fresh project=all|initial|empty database=h2|postgresql -->} starts another
 *       from that point.</li>
 *   <li>{@code <!-- guide: file PATH -->} before a fenced block writes the block to {@code PATH} in
 *       the project, as the reader would with an editor.</li>
 *   <li>{@code <!-- guide: sql -->} before a fenced block runs it on the project's database, for a
 *       state another program left behind (Alembic's version table).</li>
 * </ul>
 *
 * @param file     the guide
 * @param sections the sections that run something, in the guide's order
 */
record Guide(Path file, List<Section> sections) {

    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*guide:\\s*(.*?)\\s*-->\\s*$");

    /** A {@code ##} section: its title, the line it starts on, and its steps. */
    record Section(String title, int line, List<Step> steps) {
    }

    /** One thing the test does, at a line of the guide. */
    sealed interface Step permits Setup, WriteFile, RunSql, Command {

        /** The line of the guide it comes from (1-based). */
        int line();
    }

    /** Which sample project a scratch directory starts as. */
    enum Project {
        /** {@code src/main/resources/db/migrations} with the sample's revisions. */
        ALL,
        /** {@code src/main/resources/db/migrations} with the sample's first revision only. */
        INITIAL,
        /** No migration directory: a project before {@code db init}. */
        EMPTY
    }

    /** Where the commands' database lives. */
    enum Database { H2, POSTGRESQL }

    /** Starts a new scratch project: every later step runs there. */
    record Setup(int line, Project project, Database database) implements Step {

        static final Setup DEFAULT = new Setup(0, Project.ALL, Database.H2);

        Setup at(int line) {
            return new Setup(line, project, database);
        }
    }

    /** Writes a fenced block's text to a file of the project. */
    record WriteFile(int line, String path, String content) implements Step {
    }

    /** Runs a fenced block's SQL on the project's database. */
    record RunSql(int line, String sql) implements Step {
    }

    /**
     * A {@code $} command and what it prints.
     *
     * @param line        the line of its {@code $}
     * @param text        the command, continuation lines joined with newlines as the shell reads them
     * @param expected    its expected output lines
     * @param outputStart the 0-based index of its first output line in the guide's lines
     */
    record Command(int line, String text, List<String> expected, int outputStart) implements Step {
    }

    /** Reads the guide. */
    static Guide read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new Guide(file, new Parser(lines).parse());
    }

    /** The guide's lines, for a record of actual outputs. */
    List<String> lines() throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static final class Parser {

        private final List<String> lines;
        private final List<Section> sections = new ArrayList<>();
        private String title;
        private int titleLine;
        private List<Step> steps = new ArrayList<>();
        private Optional<String> pending = Optional.empty();
        private int pendingLine;

        Parser(List<String> lines) {
            this.lines = lines;
        }

        List<Section> parse() {
            int i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                Matcher fence = FENCE.matcher(line);
                Matcher directive = DIRECTIVE.matcher(line);
                if (fence.matches()) {
                    int end = closingFence(i);
                    block(fence.group(1), i, end);
                    i = end + 1;
                    continue;
                }
                if (line.startsWith("## ")) {
                    endSection();
                    title = line.substring(3).strip();
                    titleLine = i + 1;
                } else if (directive.matches()) {
                    directive(directive.group(1), i + 1);
                }
                i++;
            }
            endSection();
            return List.copyOf(sections);
        }

        private int closingFence(int open) {
            for (int i = open + 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```")) {
                    return i;
                }
            }
            throw new IllegalStateException("Line " + (open + 1) + ": the fenced block is never closed");
        }

        private void directive(String text, int line) {
            String[] words = text.split("\\s+");
            switch (words[0]) {
                case "fresh" -> steps.add(setup(words, line));
                case "file", "sql" -> {
                    if (pending.isPresent()) {
                        throw new IllegalStateException("Line " + line + ": a directive for a block follows another"
                                + " (line " + pendingLine + ") that no block took");
                    }
                    pending = Optional.of(text);
                    pendingLine = line;
                }
                default -> throw new IllegalStateException("Line " + line + ": unknown guide directive '" + text + "'");
            }
        }

        private static Setup setup(String[] words, int line) {
            Setup setup = Setup.DEFAULT.at(line);
            for (int i = 1; i < words.length; i++) {
                String[] option = words[i].split("=", 2);
                if (option.length != 2) {
                    throw new IllegalStateException("Line " + line + ": '" + words[i] + "' is not name=value");
                }
                String value = option[1].toUpperCase(java.util.Locale.ROOT);
                setup = switch (option[0]) {
                    case "project" -> new Setup(line, Project.valueOf(value), setup.database());
                    case "database" -> new Setup(line, setup.project(), Database.valueOf(value));
                    default -> throw new IllegalStateException("Line " + line + ": unknown option '" + option[0] + "'");
                };
            }
            return setup;
        }

        private void block(String language, int open, int close) {
            List<String> body = lines.subList(open + 1, close);
            if (pending.isPresent()) {
                String[] words = pending.get().split("\\s+", 2);
                String content = String.join("\n", body) + "\n";
                steps.add(words[0].equals("file")
                        ? new WriteFile(pendingLine, words.length > 1 ? words[1] : fail(pendingLine, "file needs a path"), content)
                        : new RunSql(pendingLine, content));
                pending = Optional.empty();
                return;
            }
            if (language.equals("console")) {
                commands(open + 1, close);
            }
        }

        private void commands(int first, int end) {
            int i = first;
            if (i < end && !lines.get(i).startsWith("$ ")) {
                throw new IllegalStateException("Line " + (i + 1) + ": a console block starts with a '$ ' command");
            }
            while (i < end) {
                int line = i + 1;
                StringBuilder text = new StringBuilder(lines.get(i).substring(2));
                while (text.toString().endsWith("\\") && i + 1 < end) {
                    i++;
                    text.append('\n').append(lines.get(i));
                }
                i++;
                int outputStart = i;
                List<String> expected = new ArrayList<>();
                while (i < end && !lines.get(i).startsWith("$ ")) {
                    expected.add(lines.get(i));
                    i++;
                }
                steps.add(new Command(line, text.toString(), List.copyOf(expected), outputStart));
            }
        }

        private void endSection() {
            if (pending.isPresent()) {
                throw new IllegalStateException("Line " + pendingLine + ": no block follows '" + pending.get() + "'");
            }
            boolean runs = steps.stream().anyMatch(step -> !(step instanceof Setup));
            if (title != null && runs) {
                sections.add(new Section(title, titleLine, List.copyOf(steps)));
            }
            steps = new ArrayList<>();
        }

        private static String fail(int line, String message) {
            throw new IllegalStateException("Line " + line + ": " + message);
        }
    }
}
