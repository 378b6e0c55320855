// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * One entry of a {@link HelpMenu}: a stable {@link #id()} the host wires, a {@link #label()} in
 * the user's locale, and what the entry leads to. The ticket entries carry only the
 * {@link TicketKind}: the host opens its ticket form with it (the help module knows nothing of
 * ticketing). Implementations are immutable records; no component is null.
 */
public sealed interface HelpMenuItem {

    /** The stable id of the entry, such as {@code documentation} or {@code report-issue}. */
    String id();

    /** The label shown to the user, in their locale. */
    String label();

    /** "View the Documentation": the guide's article for this screen. */
    record Documentation(String label, String articleId) implements HelpMenuItem {
        public Documentation {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(articleId, "articleId");
        }

        @Override
        public String id() {
            return "documentation";
        }
    }

    /** "Watch a Video": the training video of this screen. */
    record Video(String label, URI url) implements HelpMenuItem {
        public Video {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String id() {
            return "video";
        }
    }

    /** "Tool Documentation": the design tools' article, offered only to users with design rights. */
    record ToolDocumentation(String label, String articleId) implements HelpMenuItem {
        public ToolDocumentation {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(articleId, "articleId");
        }

        @Override
        public String id() {
            return "tool-documentation";
        }
    }

    /** "Keyboard Shortcuts": those that work on this screen, labelled for the user's platform. */
    record KeyboardShortcuts(String label, List<KeyboardShortcut> shortcuts) implements HelpMenuItem {
        public KeyboardShortcuts {
            Objects.requireNonNull(label, "label");
            shortcuts = List.copyOf(shortcuts);
        }

        @Override
        public String id() {
            return "keyboard-shortcuts";
        }
    }

    /** "Report an issue", "Ask a question" or "Make a suggestion": a new ticket of this kind. */
    record NewTicket(String label, TicketKind kind) implements HelpMenuItem {
        public NewTicket {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String id() {
            return idOf(kind);
        }

        /** The id of the entry for this kind of ticket: {@code report-issue}, {@code ask-question} or {@code make-suggestion}. */
        public static String idOf(TicketKind kind) {
            return switch (kind) {
                case ISSUE -> "report-issue";
                case QUESTION -> "ask-question";
                case SUGGESTION -> "make-suggestion";
            };
        }
    }
}
