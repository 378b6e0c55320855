package org.caseload.help;

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
     * A help service over the runtime's kernel. The content is read once, here, and indexed so
     * that each lookup costs a few hash probes; later changes to the content are not seen. The
     * service is thread-safe.
     *
     * @param caseload the runtime whose identity, storage and audit the service uses; required
     * @param content  the tool tips; required
     * @throws ConfigurationException when an argument is null, when the content cannot be read, or
     *         when it holds two tips for the same organization, screen, field and locale
     */
    public static HelpService create(Caseload caseload, HelpContentSource content) {
        if (caseload == null) {
            throw new ConfigurationException("caseload must not be null");
        }
        if (content == null) {
            throw new ConfigurationException("content must not be null: pass a HelpContentSource such as "
                    + "HelpContent.fromClasspath(\"help/\")");
        }
        return DefaultHelpService.over(caseload.kernel(), content);
    }
}
