// SPDX-License-Identifier: Apache-2.0
package host;

import org.caseload.core.EphemeralKeyProvider;
import org.caseload.jdbc.JdbcStorage;

/** The same sample on caseload-jdbc with the H2 driver the host brings. */
public final class JdbcEmbeddingSample {

    private JdbcEmbeddingSample() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        try (JdbcStorage storage = JdbcStorage.inMemory("consumer")) {
            EmbeddingSample.check(args[0], EmbeddingSample.registerAndFind(storage, new EphemeralKeyProvider()));
        }
    }
}
