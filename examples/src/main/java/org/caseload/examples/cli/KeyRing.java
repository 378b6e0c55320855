// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.security.KeyProvider;

/**
 * The keys of the command line: every {@link KeyPurpose}'s keys, read from the environment or
 * from a keys file, as a {@link KeyProvider}. Each purpose's keys are written
 * {@code id:base64[,id:base64...]}, the current key first and the older ones still needed to read
 * what they wrote after it; a key is at least {@value DataKey#MIN_MATERIAL_BYTES} bytes.
 *
 * <p>No message of this class holds a key, nor anything read where a key is expected (an id may
 * be a key written in the wrong place): problems name the variable or the file and line, and the
 * key's position.
 */
final class KeyRing implements KeyProvider {

    /** The environment variable of a purpose's keys: {@code CASELOAD_KEY_} and the purpose's name. */
    static final String VARIABLE_PREFIX = "CASELOAD_KEY_";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern URL_SAFE = Pattern.compile("[-_]");

    private final Map<KeyPurpose, List<DataKey>> keys;

    private KeyRing(Map<KeyPurpose, List<DataKey>> keys) {
        this.keys = keys;
    }

    /** The name of the environment variable that holds a purpose's keys. */
    static String variable(KeyPurpose purpose) {
        return VARIABLE_PREFIX + purpose.name();
    }

    /**
     * The keys of every purpose from {@code CASELOAD_KEY_FIELD_ENCRYPTION},
     * {@code CASELOAD_KEY_MATCH_KEY_DIGEST} and {@code CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION}.
     *
     * @param environment the value of a variable, or null when it is not set
     * @throws IllegalArgumentException naming every missing or malformed variable
     */
    static KeyRing fromEnvironment(Function<String, String> environment) {
        Map<KeyPurpose, String> texts = new EnumMap<>(KeyPurpose.class);
        Map<KeyPurpose, String> sources = new EnumMap<>(KeyPurpose.class);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            String text = environment.apply(variable(purpose));
            if (text != null) {
                texts.put(purpose, text);
            }
            sources.put(purpose, variable(purpose));
        }
        return parse(texts, sources, purpose -> "set " + variable(purpose) + " or give --keys-file FILE");
    }

    /**
     * The keys of every purpose from the lines of a keys file: {@code PURPOSE=id:base64,...}, one
     * line a purpose, {@code PURPOSE} being the purpose's name ({@code FIELD_ENCRYPTION}) or its
     * variable's ({@code CASELOAD_KEY_FIELD_ENCRYPTION}); blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @param file  the file's name, for the messages
     * @param lines the file's lines
     * @throws IllegalArgumentException naming every missing purpose and every malformed line
     */
    static KeyRing fromLines(String file, List<String> lines) {
        Map<KeyPurpose, String> texts = new EnumMap<>(KeyPurpose.class);
        Map<KeyPurpose, String> sources = new EnumMap<>(KeyPurpose.class);
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            String where = file + " line " + (index + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            Optional<KeyPurpose> purpose = equals < 0 ? Optional.empty() : purposeNamed(line.substring(0, equals).strip());
            if (purpose.isEmpty()) {
                // The line is never repeated: it may be a key written without its purpose.
                problems.add(where + ": expected PURPOSE=id:base64,... with PURPOSE one of " + purposeNames());
            } else if (texts.containsKey(purpose.get())) {
                problems.add(where + ": " + purpose.get() + " again, already given on " + sources.get(purpose.get())
                        .substring(file.length() + 1));
            } else {
                texts.put(purpose.get(), line.substring(equals + 1));
                sources.put(purpose.get(), where);
            }
        }
        for (KeyPurpose purpose : KeyPurpose.values()) {
            sources.putIfAbsent(purpose, file);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return parse(texts, sources, purpose -> file + " has no line " + purpose + "=id:base64,...");
    }

    private static KeyRing parse(Map<KeyPurpose, String> texts, Map<KeyPurpose, String> sources,
            Function<KeyPurpose, String> whereToGiveIt) {
        Map<KeyPurpose, List<DataKey>> keys = new EnumMap<>(KeyPurpose.class);
        List<String> problems = new ArrayList<>();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            String text = texts.get(purpose);
            if (text == null || text.isBlank()) {
                problems.add("no key for " + purpose + ": " + whereToGiveIt.apply(purpose));
                continue;
            }
            keys.put(purpose, keysOf(text, sources.get(purpose), problems));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new KeyRing(keys);
    }

    /** One purpose's keys, every problem added to {@code problems}. */
    private static List<DataKey> keysOf(String text, String source, List<String> problems) {
        List<DataKey> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] entries = text.split(",", -1);
        for (int index = 0; index < entries.length; index++) {
            String entry = entries[index].strip();
            String where = source + " key " + (index + 1);
            int colon = entry.indexOf(':');
            if (colon < 0) {
                problems.add(where + ": expected id:base64");
                continue;
            }
            String id = entry.substring(0, colon).strip();
            String encoded = entry.substring(colon + 1).strip();
            if (!ID.matcher(id).matches()) {
                problems.add(where + ": the id must be 1 to 64 letters, digits, '.', '_' or '-'");
                continue;
            }
            byte[] material;
            try {
                material = (URL_SAFE.matcher(encoded).find() ? Base64.getUrlDecoder() : Base64.getDecoder())
                        .decode(encoded);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": the key is not base64");
                continue;
            }
            if (material.length < DataKey.MIN_MATERIAL_BYTES) {
                problems.add(where + ": the key has " + material.length + " bytes; at least "
                        + DataKey.MIN_MATERIAL_BYTES + " are needed (" + KeysCommand.base64Length(DataKey.MIN_MATERIAL_BYTES)
                        + " characters of base64)");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(where + ": its id is the id of an earlier key");
                continue;
            }
            keys.add(new DataKey(id, material));
        }
        return List.copyOf(keys);
    }

    private static Optional<KeyPurpose> purposeNamed(String name) {
        String bare = name.startsWith(VARIABLE_PREFIX) ? name.substring(VARIABLE_PREFIX.length()) : name;
        for (KeyPurpose purpose : KeyPurpose.values()) {
            if (purpose.name().equals(bare)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    private static String purposeNames() {
        return Arrays.stream(KeyPurpose.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public DataKey current(KeyPurpose purpose) {
        return keys.get(Objects.requireNonNull(purpose, "purpose")).get(0);
    }

    @Override
    public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        return keys.get(Objects.requireNonNull(purpose, "purpose")).stream()
                .filter(key -> key.id().equals(keyId)).findFirst();
    }

    /** Each purpose's key ids, the current one first; never a key. */
    Map<KeyPurpose, List<String>> ids() {
        Map<KeyPurpose, List<String>> ids = new LinkedHashMap<>();
        keys.forEach((purpose, purposeKeys) -> ids.put(purpose, purposeKeys.stream().map(DataKey::id).toList()));
        return ids;
    }

    /** The ids of the keys, never the keys. */
    @Override
    public String toString() {
        return "KeyRing" + ids();
    }
}
