// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.HostParts;
import org.caseload.core.internal.ServiceGuard;

import org.caseload.core.Caseload;
import org.caseload.help.internal.DefaultHelpService;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.HelpContentSource;

/**
 * Creates the {@link HelpService} of a {@link Caseload} runtime.
 *
 * <pre>{@code
 * HelpService help = Help.create(caseload, HelpContent.fromClasspath("help/"));
 * }</pre>
 */
public final class Help {

    private Help() {
    }

    /**
     * A help service over the runtime's kernel. The content is read once, here, checked and
     * indexed (tool tips in hash maps, articles in an in-memory Lucene index); later changes to the
     * content are not seen. The service is thread-safe.
     *
     * @param caseload the runtime whose identity, storage and audit the service uses; required
     * @param content  the tool tips, articles, shortcuts and screen guides; required
     * @throws ConfigurationException when an argument is null, when the content cannot be read, or
     *         when it is inconsistent: two tips for the same place, a malformed article (the message
     *         names its file), two shortcuts on the same keys in overlapping scopes (the message names
     *         both actions), a guide that names a missing article
     */
    public static HelpService create(Caseload caseload, HelpContentSource content) {
        if (caseload == null) {
            throw new ConfigurationException("caseload must not be null");
        }
        if (content == null) {
            throw new ConfigurationException("content must not be null: pass a HelpContentSource such as "
                    + "HelpContent.fromClasspath(\"help/\")");
        }
        return ServiceGuard.guard(HelpService.class,
                DefaultHelpService.over(KernelAccess.of(caseload), HostParts.guard(content)));
    }
}
