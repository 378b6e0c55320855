package org.caseload.clients.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.caseload.spi.storage.ClientIdentity;

/** The match keys stored with a client, by which stores retrieve search candidates. */
final class MatchKeys {

    private static final String NAME_PREFIX = "name:";

    private MatchKeys() {
    }

    /** A key for every token of every part of the client's name and aliases. */
    static Set<String> of(ClientIdentity identity) {
        Set<String> keys = new LinkedHashSet<>();
        nameTokens(identity).forEach(token -> keys.add(NAME_PREFIX + token));
        return keys;
    }

    /** The tokens of the client's name and aliases, as search scores them. */
    static Set<String> nameTokens(ClientIdentity identity) {
        Set<String> tokens = new LinkedHashSet<>();
        Stream.concat(Stream.of(identity.name()), identity.aliases().stream())
                .flatMap(name -> Stream.of(name.first(), name.middle(), name.last()))
                .forEach(part -> tokens.addAll(Names.tokens(part)));
        return tokens;
    }

    /** The key a search token is looked up by. */
    static String forToken(String token) {
        return NAME_PREFIX + token;
    }
}
