// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms;

import java.nio.file.Path;
import org.caseload.core.forms.internal.JsonFormProvider;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.forms.FormProvider;

/**
 * Organizations' custom forms kept as JSON files, on the classpath or in a folder, read into a
 * {@link FormProvider} for {@code Caseload.builder().forms(...)}. Both read the same layout, so a
 * bundle can move between the two unchanged:
 *
 * <pre>
 * forms.json        the index: per organization id, the definition files it uses
 * intake-v1.json    one version of one form (any name, any sub-folder)
 * intake-v2.json
 * </pre>
 *
 * <h2>{@code forms.json}</h2>
 * <pre>{@code
 * {"shelter-north": ["intake-v1.json", "intake-v2.json"], "food-bank": ["shared/contact.json"]}
 * }</pre>
 * Paths are relative to the bundle and stay inside it. The index exists because a classpath
 * folder cannot be listed. Two files of one organization may not define the same version of a form.
 *
 * <h2>A definition file</h2>
 * <pre>{@code
 * {
 *   "id": "intake", "version": 2, "title": "Shelter intake",
 *   "fields": [
 *     {"id": "employed", "type": "boolean", "label": "Employed", "required": true},
 *     {"id": "income", "type": "number", "label": "Monthly income", "min": 0, "max": 100000,
 *      "requiredIf": {"field": "employed", "equals": true}},
 *     {"id": "employer", "type": "text", "label": "Employer", "maxLength": 100,
 *      "showIf": {"field": "employed", "equals": true}},
 *     {"id": "sleptAt", "type": "single_choice", "label": "Slept last night at",
 *      "options": [{"value": "shelter", "label": "A shelter"}, {"value": "street", "label": "The street"}],
 *      "default": "shelter"},
 *     {"id": "caseNumber", "type": "text", "label": "Case number", "pattern": "[A-Z]{2}-[0-9]{4}",
 *      "sensitive": true},
 *     {"id": "moveInDate", "type": "date", "label": "Moved in", "min": "2020-01-01",
 *      "showIf": {"field": "sleptAt", "in": ["shelter"]}}
 *   ]
 * }
 * }</pre>
 * Every field needs {@code id}, {@code type} ({@code text}, {@code number}, {@code date},
 * {@code boolean}, {@code single_choice}, {@code multiple_choice}) and {@code label}; the rest is
 * optional: {@code required}; {@code minLength}, {@code maxLength} and {@code pattern} (a Java
 * regular expression the whole text matches) for text; {@code min} and {@code max} for numbers and
 * (as {@code yyyy-mm-dd}) dates; {@code options} for choices; {@code default}, a value of the
 * field's kind (an array of option values for a multiple choice); and {@code showIf} and
 * {@code requiredIf}, rules over a field before this one that hold when its value {@code equals}
 * one value or is {@code in} a list (for a multiple choice, when that option is chosen); and
 * {@code sensitive}, true for a field whose values are stored encrypted. A field
 * that is not shown takes no value; a shown field left empty takes its default when the form is
 * entered. No other member is allowed.
 *
 * <h2>Errors</h2>
 * Every file is read once, when the provider is created. A missing index or listed file, a file
 * that is not JSON, a member that is missing, unknown or of the wrong kind, or a field whose parts
 * contradict each other fails with a {@link ConfigurationException} naming the file, the line and
 * column, and the field at fault. The provider is immutable and thread-safe.
 */
public final class JsonForms {

    private JsonForms() {
    }

    /**
     * The forms of a bundle in a classpath folder, such as {@code "forms/"}, found through the
     * calling thread's context class loader, or this library's class loader when it has none.
     *
     * @throws ConfigurationException when the folder is null or the bundle is malformed
     */
    public static FormProvider fromClasspath(String folder) {
        if (folder == null) {
            throw new ConfigurationException("folder must not be null: name a classpath folder such as \"forms/\"");
        }
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        return JsonFormProvider.onClasspath(folder,
                contextLoader != null ? contextLoader : JsonForms.class.getClassLoader());
    }

    /**
     * The forms of a bundle in a folder of the file system.
     *
     * @throws ConfigurationException when the folder is null or the bundle is malformed
     */
    public static FormProvider fromFolder(Path folder) {
        if (folder == null) {
            throw new ConfigurationException("folder must not be null: name the folder that holds forms.json");
        }
        return JsonFormProvider.inFolder(folder);
    }
}
