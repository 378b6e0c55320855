package org.caseload.help.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ToolTipEntry;

/**
 * Help content read from a bundle of JSON files: the product's {@code tooltips.json}, the
 * {@code organizations.json} index, and each listed organization's
 * {@code organizations/<id>/tooltips.json}. The layout and formats are documented on
 * {@code org.caseload.help.HelpContent}. Immutable and thread-safe; reads the files on every
 * {@link #toolTips()} call.
 */
public final class JsonHelpBundle implements HelpContentSource {

    private static final String TOOL_TIPS = "tooltips.json";
    private static final String ORGANIZATIONS = "organizations.json";

    private final BundleFiles files;

    private JsonHelpBundle(BundleFiles files) {
        this.files = files;
    }

    /** A bundle in a classpath folder such as {@code help/}, found through {@code loader}. */
    public static HelpContentSource onClasspath(String folder, ClassLoader loader) {
        return new JsonHelpBundle(new ClasspathBundleFiles(folder, loader));
    }

    /** A bundle in a folder of a file system. */
    public static HelpContentSource inFolder(Path folder) {
        return new JsonHelpBundle(new FolderBundleFiles(folder));
    }

    /**
     * Every tip of the bundle: the product defaults, then each listed organization's overrides.
     *
     * @throws ConfigurationException when the product defaults are missing, or a file cannot be
     *         read or does not fit its format
     */
    @Override
    public List<ToolTipEntry> toolTips() {
        List<ToolTipEntry> entries = new ArrayList<>(read(TOOL_TIPS, file -> ToolTipFileReader.read(file, null))
                .orElseThrow(() -> new ConfigurationException(files.describe(TOOL_TIPS)
                        + " is missing: a help bundle needs the product's default tool tips")));
        List<String> organizations = read(ORGANIZATIONS, OrganizationIndexReader::read).orElse(List.of());
        for (String organizationId : organizations) {
            read("organizations/" + organizationId + "/" + TOOL_TIPS,
                    file -> ToolTipFileReader.read(file, organizationId))
                    .ifPresent(entries::addAll);
        }
        return List.copyOf(entries);
    }

    /** The file at this path, read in its format; empty when the bundle has no such file. */
    private <T> Optional<T> read(String path, JsonFile.Reader<T> reader) {
        String name = files.describe(path);
        try {
            return files.open(path).map(content -> JsonFile.read(name, content, reader));
        } catch (IOException e) {
            throw new ConfigurationException(name + " could not be opened: " + e.getMessage(), e);
        }
    }
}
