// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the encoding of a text file the way HMIS exports come: UTF-8, with or without a byte-order
 * mark, when every byte sequence of the file is valid UTF-8 (plain ASCII is); Windows-1252, the
 * encoding of spreadsheet programs on Windows, otherwise. The file is scanned once, in fixed
 * buffers, so its size does not matter.
 */
public final class TextEncoding {

    /** Windows-1252, which Java names {@code windows-1252}. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextEncoding() {
    }

    /**
     * A file's encoding, and whether it starts with a UTF-8 byte-order mark.
     *
     * @param charset        UTF-8 or Windows-1252
     * @param byteOrderMark  whether the file starts with the UTF-8 byte-order mark, to skip
     */
    public record Detected(Charset charset, boolean byteOrderMark) {
    }

    /**
     * The encoding of a file.
     *
     * @param file the file
     * @return UTF-8 when the whole file is valid UTF-8, else Windows-1252
     * @throws IOException when the file cannot be read
     */
    public static Detected detect(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        boolean bom = false;
        boolean first = true;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (first && (bytes.remaining() >= BOM.length || end)) {
                    first = false;
                    bom = startsWithBom(bytes);
                }
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return new Detected(WINDOWS_1252, false);
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return decoder.flush(chars).isError() ? new Detected(WINDOWS_1252, false)
                            : new Detected(StandardCharsets.UTF_8, bom);
                }
            }
        }
    }

    private static boolean startsWithBom(ByteBuffer bytes) {
        if (bytes.remaining() < BOM.length) {
            return false;
        }
        for (int i = 0; i < BOM.length; i++) {
            if (bytes.get(bytes.position() + i) != BOM[i]) {
                return false;
            }
        }
        return true;
    }
}
