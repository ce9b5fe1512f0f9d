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
        int from = Checksums.startsWithBom(content) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(content, from, content.length - from);
        CharBuffer out = CharBuffer.allocate(content.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(location, content, in.position());
        }
        out.flip();
        return foldLineEndings(out);
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

    private static String foldLineEndings(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                folded.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
