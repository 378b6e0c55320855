// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.core.internal.memory.UndoFirst;
import org.caseload.spi.storage.help.SuggestionCount;
import org.caseload.spi.storage.help.SuggestionEvent;
import org.caseload.spi.storage.help.SuggestionEventKind;
import org.caseload.spi.storage.help.SuggestionEventStore;

/** Events of suggested articles, in the order they were appended; accessed only under the storage's lock. */
final class MemorySuggestionEventStore {

    /** One line of the counts: a ticket kind and an event kind, in the order counts are listed. */
    private record Line(String ticketKind, String kind) implements Comparable<Line> {
        private static final Comparator<Line> ORDER = Comparator.comparing(Line::ticketKind)
                .thenComparing(Line::kind);

        @Override
        public int compareTo(Line other) {
            return ORDER.compare(this, other);
        }
    }

    private final Map<String, SuggestionEvent> events = new LinkedHashMap<>();

    SuggestionEventStore bind(List<Runnable> undoLog) {
        return new SuggestionEventStore() {
            @Override
            public void append(SuggestionEvent event) {
                UndoFirst.insert(undoLog, events, event.id(), event, "a suggestion event");
            }

            @Override
            public List<SuggestionEvent> events(String organizationId, String suggestionId) {
                return events.values().stream()
                        .filter(event -> event.organizationId().equals(organizationId)
                                && event.suggestionId().equals(suggestionId))
                        .sorted(Comparator.comparing(SuggestionEvent::occurredAt).thenComparing(SuggestionEvent::id))
                        .toList();
            }

            @Override
            public List<SuggestionCount> counts(String organizationId, Instant from, Instant to) {
                Map<Line, Set<String>> suggestions = new TreeMap<>();
                for (SuggestionEvent event : events.values()) {
                    if (event.organizationId().equals(organizationId) && !event.occurredAt().isBefore(from)
                            && event.occurredAt().isBefore(to)) {
                        suggestions.computeIfAbsent(new Line(event.ticketKind(), event.kind().name()),
                                line -> new HashSet<>()).add(event.suggestionId());
                    }
                }
                List<SuggestionCount> counts = new ArrayList<>(suggestions.size());
                suggestions.forEach((line, ids) -> counts.add(new SuggestionCount(line.ticketKind(),
                        SuggestionEventKind.valueOf(line.kind()), ids.size())));
                return counts;
            }
        };
    }
}
