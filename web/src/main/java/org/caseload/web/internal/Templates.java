// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The templates, compiled to classes at build time (jte-maven-plugin): none is compiled at run time. */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.caseload.web.internal.templates");

    /** The page the template renders with these parameters, whole, so that a failure shows no half page. */
    String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }
}
