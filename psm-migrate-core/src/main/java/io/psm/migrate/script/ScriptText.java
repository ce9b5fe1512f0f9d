package io.psm.migrate.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes a script file: strict UTF-8, the byte order mark dropped, line endings folded to {@code \n}. */
final class ScriptText {

    private static final int BOM_LENGTH = 3;
    private static final char REPLACEMENT = '\uFFFD';

    private ScriptText() {
    }

    /**
     * Decodes a file's bytes.
     *
     * @param location the file, for the error message
     * @param content  the file as read
     * @return the text, with {@code \n} line endings and no byte order mark
     * @throws ScriptException when the bytes are not valid UTF-8, naming the byte offset and line
     */
    static String decode(String location, byte[] content) {
        int from = startsWithBom(content) ? BOM_LENGTH : 0;
        String text = new String(content, from, content.length - from, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            checkStrictly(location, content, from);
        }
        if (text.indexOf('\r') < 0) {
            return text;
        }
        checkHeaderBreaks(location, text);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A lone carriage return counts as a line break (old Mac files use nothing else), but one that
     * splits a header comment line leaves the rest of that line outside the comment, where it
     * would end the header and hide the keys after it: that is reported here, naming the line,
     * rather than as a missing {@code Revision ID:}.
     */
    private static void checkHeaderBreaks(String location, String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                continue;
            }
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            String current = text.substring(lineStart, i).strip();
            if (current.startsWith("--") && current.substring(2).strip().startsWith("migrate:")) {
                return;
            }
            int next = crlf ? i + 2 : i + 1;
            if (c == '\r' && !crlf && current.startsWith("--")) {
                String rest = restOfLine(text, next).strip();
                if (!rest.isEmpty() && !rest.startsWith("--")) {
                    throw new ScriptException(location, line, "this header line ends in a lone carriage return"
                            + " (CR), so the text after it ('" + cut(rest) + "') starts a line of"
                            + " its own that is not a comment; save the file with LF or CRLF line endings");
                }
            }
            line++;
            lineStart = next;
            i = next - 1;
        }
    }

    private static String restOfLine(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(from, end);
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Whether {@code content} starts with the UTF-8 byte order mark. */
    static boolean startsWithBom(byte[] content) {
        return content.length >= BOM_LENGTH
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }

    /** Decodes again, reporting malformed input instead of replacing it (a file may hold a real U+FFFD). */
    private static void checkStrictly(String location, byte[] content, int from) {
        ByteBuffer in = ByteBuffer.wrap(content, from, content.length - from);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(content.length), true);
        if (result.isError()) {
            throw notUtf8(location, content, in.position());
        }
    }

    private static ScriptException notUtf8(String location, byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean crlf = content[i] == '\r' && i + 1 < offset && content[i + 1] == '\n';
            if (content[i] == '\n' || (content[i] == '\r' && !crlf)) {
                line++;
            }
        }
        String problem = String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at offset %d;"
                + " save the file as UTF-8", content[offset] & 0xFF, offset);
        return new ScriptException(location, line, problem);
    }
}
