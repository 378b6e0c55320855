// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseload.help.KeyboardShortcut;
import org.caseload.help.Platform;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;

/**
 * The product's keyboard shortcuts and each organization's remapped and disabled ones, checked
 * when they are registered: two shortcuts whose scopes overlap may not press the same keys on any
 * platform ({@code Mod+K} and {@code Ctrl+K} are the same keys on Windows). Immutable and
 * thread-safe once built.
 */
final class ShortcutRegistry {

    private final List<Shortcut> product;
    private final Map<String, List<Shortcut>> byOrganization;

    private ShortcutRegistry(List<Shortcut> product, Map<String, List<Shortcut>> byOrganization) {
        this.product = product;
        this.byOrganization = byOrganization;
    }

    /**
     * Registers the product's shortcuts, then applies each organization's changes.
     *
     * @throws ConfigurationException when a combination cannot be parsed, an action is defined
     *         twice or lacks an English description, a change names an unknown action, or two
     *         shortcuts conflict; the message names both actions. Every problem is reported at once
     */
    static ShortcutRegistry of(List<ShortcutDefinition> definitions, List<ShortcutOverride> overrides) {
        Map<String, Shortcut> product = new LinkedHashMap<>();
        Problems problems = new Problems();
        for (ShortcutDefinition definition : definitions) {
            problems.check(() -> register(product, definition));
        }
        Map<String, Map<String, Shortcut>> organizations = new HashMap<>();
        for (ShortcutOverride change : overrides) {
            problems.check(() -> apply(product, organizations, change));
        }
        problems.throwIfAny("the keyboard shortcuts");
        Map<String, List<Shortcut>> byOrganization = new HashMap<>();
        organizations.forEach((organization, effective) ->
                byOrganization.put(organization, inProductOrder(product, effective)));
        return new ShortcutRegistry(List.copyOf(product.values()), Map.copyOf(byOrganization));
    }

    private static void register(Map<String, Shortcut> product, ShortcutDefinition definition) {
        Shortcut shortcut = new Shortcut(definition.actionId(),
                parse(definition.keys(), "action " + definition.actionId()), definition.screenId(),
                definition.descriptions());
        if (!shortcut.descriptions().containsKey(Locale.ENGLISH)) {
            throw new ConfigurationException("keyboard shortcut of action " + shortcut.actionId()
                    + " has no English description");
        }
        if (product.containsKey(shortcut.actionId())) {
            throw new ConfigurationException("action " + shortcut.actionId() + " has two keyboard shortcuts");
        }
        requireNoConflict(product.values(), shortcut, "");
        product.put(shortcut.actionId(), shortcut);
    }

    private static void apply(Map<String, Shortcut> product, Map<String, Map<String, Shortcut>> organizations,
                              ShortcutOverride change) {
        String organization = change.organizationId();
        Map<String, Shortcut> effective = organizations.computeIfAbsent(organization,
                id -> new LinkedHashMap<>(product));
        Shortcut current = product.get(change.actionId());
        if (current == null) {
            throw new ConfigurationException("organization " + organization + " changes the keyboard shortcut "
                    + "of action " + change.actionId() + ", which has none");
        }
        effective.remove(change.actionId());
        if (!change.disables()) {
            Shortcut remapped = current.remappedTo(parse(change.keys(),
                    "organization " + organization + ", action " + change.actionId()));
            requireNoConflict(effective.values(), remapped, "organization " + organization + ": ");
            effective.put(remapped.actionId(), remapped);
        }
    }

    /** The shortcuts of the organization that work on the screen, labelled for the user. */
    List<KeyboardShortcut> active(String organizationId, String screenId, Platform platform, Locale locale) {
        List<KeyboardShortcut> active = new ArrayList<>();
        for (Shortcut shortcut : byOrganization.getOrDefault(organizationId, product)) {
            if (shortcut.worksOn(screenId)) {
                active.add(shortcut.forUser(platform, locale));
            }
        }
        return active;
    }

    private static KeyCombination parse(String keys, String owner) {
        try {
            return KeyCombination.parse(keys);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("keyboard shortcut of " + owner + ": " + e.getMessage(), e);
        }
    }

    private static void requireNoConflict(Iterable<Shortcut> registered, Shortcut candidate, String where) {
        for (Shortcut existing : registered) {
            if (!existing.overlaps(candidate)) {
                continue;
            }
            for (Platform platform : Platform.values()) {
                if (existing.keys().on(platform).equals(candidate.keys().on(platform))) {
                    throw new ConfigurationException(where + "keyboard shortcut " + candidate.describe()
                            + " conflicts with " + existing.describe() + ": both are "
                            + candidate.keys().label(platform) + " on " + platform);
                }
            }
        }
    }

    /** Keeps the product's order, remapped shortcuts in their place. */
    private static List<Shortcut> inProductOrder(Map<String, Shortcut> product, Map<String, Shortcut> effective) {
        return product.keySet().stream().filter(effective::containsKey).map(effective::get).toList();
    }
}
