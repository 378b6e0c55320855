package org.caseload.help.internal;

import java.util.Optional;
import org.caseload.core.Kernel;
import org.caseload.core.Operation;
import org.caseload.core.Permission;
import org.caseload.help.HelpService;
import org.caseload.help.ToolTip;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.ui.HelpContentSource;

/** The help service over a runtime's {@link Kernel} and the content indexed when it was created. */
public final class DefaultHelpService implements HelpService {

    private static final Operation TOOL_TIP = new Operation("help.tooltip", Permission.HELP_READ);
    private static final String RECORD_TYPE = "tooltip";

    private final Kernel kernel;
    private final ToolTipIndex toolTips;

    private DefaultHelpService(Kernel kernel, ToolTipIndex toolTips) {
        this.kernel = kernel;
        this.toolTips = toolTips;
    }

    /**
     * Reads the content once and indexes it.
     *
     * @throws org.caseload.spi.error.ConfigurationException when the content cannot be read or
     *         holds two tips for the same key
     */
    public static HelpService over(Kernel kernel, HelpContentSource content) {
        return new DefaultHelpService(kernel, ToolTipIndex.of(content.toolTips()));
    }

    @Override
    public Optional<ToolTip> toolTip(String screenId, String fieldId) {
        return kernel.call(TOOL_TIP, new ToolTipRequest(screenId, fieldId), context -> {
            Principal user = context.principal();
            Optional<ToolTip> tip = toolTips.find(user.organizationId(), user.locale(), screenId, fieldId);
            context.auditRecord(RECORD_TYPE, screenId + "/" + fieldId);
            context.auditDetail(tip.map(found -> found.source() + " " + found.locale().toLanguageTag())
                    .orElse("no tool tip"));
            return tip;
        });
    }
}
