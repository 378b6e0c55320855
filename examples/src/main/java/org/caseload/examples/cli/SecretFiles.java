// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the files that hold secrets ({@code --password-file}, {@code --keys-file}). A file that its
 * group or other users may read or write is refused, as ssh refuses such a private key: a secret
 * readable by every user of the machine is no secret, and one they may write can be swapped.
 * On a file system without POSIX permissions (Windows) the check is left to its access lists.
 */
final class SecretFiles {

    /** More than any password or keys file needs; a larger file is the wrong file. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private SecretFiles() {
    }

    /**
     * The file's characters (UTF-8), never made a {@code String}: the caller clears the array.
     *
     * @param option the option that named the file, for the messages
     * @throws IllegalArgumentException when the file is not a regular file, may be read or written
     *                                  by others, cannot be read, is too large or is not UTF-8
     */
    static char[] read(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + " is not a file");
        }
        requireOwnerOnly(option, file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(option + " " + file + " has more than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] text = new char[chars.remaining()];
            chars.get(text);
            Arrays.fill(chars.array(), '\0');
            return text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(option + " " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The password in a file: all of it but one line break at its end.
     *
     * @throws IllegalArgumentException as {@link #read}, and when the file holds no password
     */
    static char[] password(String option, Path file) {
        char[] text = read(option, file);
        int length = text.length;
        if (length > 0 && text[length - 1] == '\n') {
            length--;
            if (length > 0 && text[length - 1] == '\r') {
                length--;
            }
        }
        char[] password = Arrays.copyOf(text, length);
        Arrays.fill(text, '\0');
        if (password.length == 0) {
            throw new IllegalArgumentException(option + " " + file + " is empty");
        }
        return password;
    }

    private static void requireOwnerOnly(String option, Path file) {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException(option + " " + file + " may be read or written by others ("
                        + PosixFilePermissions.toString(permissions) + "): make it its owner's alone, chmod 600 "
                        + file);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + ": its permissions cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
