/**
 * Contextual help: {@link org.caseload.help.HelpService} answers tool tips for the current user,
 * resolved from an organization's overrides and the product defaults in the user's locale.
 * Create it with {@link org.caseload.help.Help#create}, from content such as
 * {@link org.caseload.help.HelpContent#fromClasspath}.
 */
package org.caseload.help;
