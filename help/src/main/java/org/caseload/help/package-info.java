// SPDX-License-Identifier: Apache-2.0
/**
 * Contextual help: {@link org.caseload.help.HelpService} answers tool tips, Help menus and
 * keyboard shortcuts for the current user, and its {@link org.caseload.help.KnowledgeBase} reads,
 * searches and collects feedback on articles. Create it with {@link org.caseload.help.Help#create},
 * from content such as {@link org.caseload.help.HelpContent#fromClasspath}.
 */
package org.caseload.help;
