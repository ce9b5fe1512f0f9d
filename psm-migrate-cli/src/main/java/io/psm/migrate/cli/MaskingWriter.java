package io.psm.migrate.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * A writer for picocli's own messages (usage errors echo arguments, which may hold a URL with a
 * password): it keeps what is written until a line ends, then prints the line with passwords masked.
 */
final class MaskingWriter extends Writer {

    private final PrintStream target;
    private final Supplier<Secrets> secrets;
    private final StringBuilder pending = new StringBuilder();

    MaskingWriter(PrintStream target, Supplier<Secrets> secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            pending.append(buffer[i]);
            if (buffer[i] == '\n') {
                emit();
            }
        }
    }

    @Override
    public void flush() {
        emit();
        target.flush();
    }

    @Override
    public void close() {
        flush();
    }

    private void emit() {
        if (pending.length() > 0) {
            target.print(secrets.get().mask(pending.toString()));
            pending.setLength(0);
        }
    }
}
