// SPDX-License-Identifier: Apache-2.0
package host;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * The README's embedding sample as a host writes it. Run with {@code classpath} or {@code module}:
 * it fails (and so fails the consumer's build) unless it finds the client it registered and
 * Caseload ran the way it was asked to, with its internal packages closed on the module path.
 */
public final class EmbeddingSample {

    private EmbeddingSample() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        check(args[0], registerAndFind(new InMemoryStorage(), new EphemeralKeyProvider()));
    }

    static List<ClientMatch> registerAndFind(Storage storage, KeyProvider keys) {
        Principal caseworker = new Principal("u-17", "Dana Reyes", "shelter-north",
                Set.of("intake"), Set.of("client.read", "client.write"), Locale.US);

        try (Caseload caseload = Caseload.builder()
                .storage(storage)
                .identity(() -> Optional.of(caseworker))
                .keyProvider(keys)
                .build()) {
            caseload.clients().register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));
            return caseload.clients().search(ClientSearch.byName("garcia maria"));
        }
    }

    /** @param path {@code classpath} or {@code module}: how the consumer's build launched this */
    static void check(String path, List<ClientMatch> found) throws ReflectiveOperationException {
        if (found.size() != 1) {
            throw new IllegalStateException("the search should find the one client registered, found " + found.size());
        }
        Module caseload = Caseload.class.getModule();
        Method kernelAccess = Class.forName("org.caseload.core.internal.KernelAccess").getMethod("of", Caseload.class);
        boolean internalReachable = kernelAccess.canAccess(null);
        String ran = caseload.isNamed() ? "module " + caseload.getName() : "classpath";
        System.out.println("sample found 1 client; caseload ran on " + ran + "; its kernel is "
                + (internalReachable ? "reachable" : "closed"));
        boolean expected = path.equals("module")
                ? "org.caseload.core".equals(caseload.getName()) && !internalReachable
                : !caseload.isNamed();
        if (!expected) {
            throw new IllegalStateException("expected to run on " + path);
        }
    }
}
