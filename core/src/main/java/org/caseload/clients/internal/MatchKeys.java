package org.caseload.clients.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The match keys stored with a client, by which stores retrieve search candidates. */
final class MatchKeys {

    private static final String NAME_PREFIX = "name:";

    private MatchKeys() {
    }

    /** A key for every token of every name part. */
    static Set<String> forNames(String... nameParts) {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(nameParts).forEach(part -> Names.tokens(part).forEach(token -> keys.add(NAME_PREFIX + token)));
        return keys;
    }

    /** The key a search token is looked up by. */
    static String forToken(String token) {
        return NAME_PREFIX + token;
    }
}
