package org.caseload.spi.ui;

import java.util.List;

/**
 * Supplies help content: the product defaults and each organization's overrides.
 * <b>Implemented by</b> the help module's content bundles ({@code HelpContent.fromClasspath}) or
 * by a host that keeps help content elsewhere.
 *
 * <p>Contract: thread-safe; called when the help service is created (content is read once);
 * never returns null. A source that cannot read its content throws a
 * {@link org.caseload.spi.error.ConfigurationException} naming the file or place that failed.
 */
public interface HelpContentSource {

    /** Every tool tip, at every level and in every locale. */
    List<ToolTipEntry> toolTips();
}
