// SPDX-License-Identifier: Apache-2.0
/**
 * Custom forms: {@link org.caseload.core.forms.JsonForms} reads organizations' form definitions
 * from JSON files into a {@link org.caseload.spi.forms.FormProvider} for the runtime's builder.
 */
package org.caseload.core.forms;
