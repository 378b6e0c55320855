// SPDX-License-Identifier: Apache-2.0
/**
 * Code lists of the U.S. HUD HMIS Data Standards (FY2024 edition) that stored records carry. Each
 * constant keeps its published code in {@code code()}, so that exports and reports are exact, and
 * {@code fromCode} reads a code back. Lists whose responses include HUD's reasons for missing data
 * (8, 9, 99) implement {@link org.caseload.spi.hud.HudCode}.
 */
package org.caseload.spi.hud;
