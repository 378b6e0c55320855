// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caseload.help.Platform;

/**
 * A key combination as written in a shortcut definition, such as {@code Mod+Shift+K}: modifiers
 * ({@code Mod}, {@code Ctrl}, {@code Alt}, {@code Shift}, in any order and case) and one key.
 * {@code Mod} is the platform's command modifier: Ctrl on Windows and Linux, Cmd on macOS.
 * Immutable.
 */
final class KeyCombination {

    /** A modifier as written. */
    private enum Modifier { MOD, CTRL, ALT, SHIFT }

    /** A physical modifier key, in the order labels list them. */
    enum PhysicalKey { CONTROL, ALT, SHIFT, COMMAND }

    private static final Pattern FUNCTION_KEY = Pattern.compile("F([1-9]|1[0-9]|2[0-4])");
    private static final Set<String> NAMED_KEYS = Set.of("Enter", "Escape", "Tab", "Space", "Backspace", "Delete",
            "Insert", "Home", "End", "PageUp", "PageDown", "Up", "Down", "Left", "Right");
    /** Windows and Linux labels; no written modifier presses the Windows key there. */
    private static final Map<PhysicalKey, String> PC_LABELS = Map.of(PhysicalKey.CONTROL, "Ctrl",
            PhysicalKey.ALT, "Alt", PhysicalKey.SHIFT, "Shift");
    private static final Map<PhysicalKey, String> MAC_SYMBOLS = Map.of(PhysicalKey.CONTROL, "⌃",
            PhysicalKey.ALT, "⌥", PhysicalKey.SHIFT, "⇧", PhysicalKey.COMMAND, "⌘");

    /** What a combination presses on one platform: the physical modifiers and the key. */
    record Pressed(Set<PhysicalKey> modifiers, String key) {
    }

    private final String written;
    private final Set<Modifier> modifiers;
    private final String key;

    private KeyCombination(String written, Set<Modifier> modifiers, String key) {
        this.written = written;
        this.modifiers = modifiers;
        this.key = key;
    }

    /**
     * Parses a combination.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static KeyCombination parse(String text) {
        String[] parts = text.trim().split("\\s*\\+\\s*", -1);
        Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        for (int i = 0; i < parts.length - 1; i++) {
            Modifier modifier = modifier(parts[i], text);
            if (!modifiers.add(modifier)) {
                throw new IllegalArgumentException("\"" + text + "\" names " + parts[i] + " twice");
            }
        }
        return new KeyCombination(text, modifiers, key(parts[parts.length - 1], text));
    }

    private static Modifier modifier(String part, String text) {
        try {
            return Modifier.valueOf(part.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" has an unknown modifier \"" + part
                    + "\": use Mod, Ctrl, Alt or Shift", e);
        }
    }

    private static String key(String part, String text) {
        if (part.length() == 1 && !Character.isWhitespace(part.charAt(0))) {
            return part.toUpperCase(Locale.ROOT);
        }
        String upper = part.toUpperCase(Locale.ROOT);
        if (FUNCTION_KEY.matcher(upper).matches()) {
            return upper;
        }
        return NAMED_KEYS.stream().filter(named -> named.equalsIgnoreCase(part)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" does not end in a key: use one "
                        + "character, F1 to F24, or one of " + NAMED_KEYS.stream().sorted().toList()));
    }

    /** What the combination presses on a platform. */
    Pressed on(Platform platform) {
        Set<PhysicalKey> pressed = EnumSet.noneOf(PhysicalKey.class);
        for (Modifier modifier : modifiers) {
            pressed.add(switch (modifier) {
                case MOD -> platform == Platform.MAC_OS ? PhysicalKey.COMMAND : PhysicalKey.CONTROL;
                case CTRL -> PhysicalKey.CONTROL;
                case ALT -> PhysicalKey.ALT;
                case SHIFT -> PhysicalKey.SHIFT;
            });
        }
        return new Pressed(pressed, key);
    }

    /** The label on a platform: {@code Ctrl+Shift+K} on Windows and Linux, {@code ⇧⌘K} on macOS. */
    String label(Platform platform) {
        Pressed pressed = on(platform);
        if (platform == Platform.MAC_OS) {
            return pressed.modifiers().stream().map(MAC_SYMBOLS::get).collect(Collectors.joining()) + pressed.key();
        }
        return pressed.modifiers().stream().map(PC_LABELS::get).map(label -> label + "+")
                .collect(Collectors.joining()) + pressed.key();
    }

    @Override
    public String toString() {
        return written;
    }
}
