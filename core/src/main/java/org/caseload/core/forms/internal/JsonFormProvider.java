// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormProvider;

/**
 * The form definitions of a bundle, read once when it is loaded: its {@code forms.json} index
 * names, per organization, the definition files that organization uses. Immutable and thread-safe.
 */
public final class JsonFormProvider implements FormProvider {

    static final String INDEX = "forms.json";

    /** Versions of each form of each organization: organization, form id, version. */
    private final Map<String, Map<String, NavigableMap<Integer, FormDefinition>>> forms;

    private JsonFormProvider(Map<String, Map<String, NavigableMap<Integer, FormDefinition>>> forms) {
        this.forms = forms;
    }

    /** Reads a bundle in a classpath folder, through {@code loader}. */
    public static FormProvider onClasspath(String folder, ClassLoader loader) {
        return load(FormBundle.onClasspath(folder, loader));
    }

    /** Reads a bundle in a folder of the file system. */
    public static FormProvider inFolder(Path folder) {
        return load(FormBundle.inFolder(folder));
    }

    private static FormProvider load(FormBundle bundle) {
        Map<String, List<String>> index = read(bundle, INDEX, JsonFormProvider::readIndex);
        Map<String, FormDefinition> byPath = new HashMap<>();
        Map<String, Map<String, NavigableMap<Integer, FormDefinition>>> forms = new HashMap<>();
        Map<String, String> pathOfVersion = new HashMap<>();
        index.forEach((organizationId, paths) -> {
            Map<String, NavigableMap<Integer, FormDefinition>> ofOrganization = new HashMap<>();
            for (String path : paths) {
                FormDefinition form = byPath.computeIfAbsent(path,
                        p -> read(bundle, p, file -> FormDefinitionReader.read(file)));
                String key = organizationId + "\u0000" + form.id() + "\u0000" + form.version();
                String other = pathOfVersion.putIfAbsent(key, path);
                if (other != null) {
                    throw new ConfigurationException(bundle.describe(path) + " and " + bundle.describe(other)
                            + " both define version " + form.version() + " of form \"" + form.id()
                            + "\" for organization \"" + organizationId + "\"");
                }
                ofOrganization.computeIfAbsent(form.id(), id -> new TreeMap<>()).put(form.version(), form);
            }
            forms.put(organizationId, Map.copyOf(ofOrganization));
        });
        return new JsonFormProvider(Map.copyOf(forms));
    }

    @Override
    public List<FormDefinition> forms(String organizationId) {
        return new TreeMap<>(forms.getOrDefault(organizationId, Map.of())).values().stream()
                .map(versions -> versions.lastEntry().getValue())
                .toList();
    }

    @Override
    public Optional<FormDefinition> form(String organizationId, String formId, int version) {
        return Optional.ofNullable(forms.getOrDefault(organizationId, Map.of()).get(formId))
                .map(versions -> versions.get(version));
    }

    private static <T> T read(FormBundle bundle, String path, JsonFormFile.Reader<T> reader) {
        String name = bundle.describe(path);
        Optional<InputStream> content;
        try {
            content = bundle.open(path);
        } catch (IOException e) {
            throw new ConfigurationException(name + " could not be read: " + e.getMessage(), e);
        }
        return JsonFormFile.read(name, content.orElseThrow(() -> new ConfigurationException(name
                + " does not exist" + (INDEX.equals(path) ? ": a form bundle starts with its index" : ""))), reader);
    }

    /** {@code {"organization-id": ["intake.json", ...], ...}}: relative paths, inside the bundle. */
    private static Map<String, List<String>> readIndex(JsonFormFile file) throws IOException {
        file.next();
        file.require(JsonToken.START_OBJECT,
                "the index must be an object naming, per organization id, an array of definition files");
        Map<String, List<String>> index = new HashMap<>();
        while (file.next() == JsonToken.FIELD_NAME) {
            String organizationId = file.memberName();
            file.next();
            JsonLocation at = file.location();
            JsonFormFile.Member member = file.readMember(organizationId);
            if (organizationId.isBlank() || !member.value().isArray()) {
                throw file.fail(at, "organization \"" + organizationId + "\" must map to an array of file paths");
            }
            List<String> paths = new ArrayList<>();
            member.value().forEach(path -> {
                if (!path.isTextual() || !isInsideBundle(path.asText())) {
                    throw file.fail(at, "organization \"" + organizationId + "\" lists " + path
                            + ", which is not a relative path inside the bundle");
                }
                paths.add(path.asText());
            });
            index.put(organizationId, List.copyOf(paths));
        }
        return index;
    }

    private static boolean isInsideBundle(String path) {
        return !path.isBlank() && !path.startsWith("/") && !path.contains("\\")
                && !List.of(path.split("/")).contains("..");
    }
}
