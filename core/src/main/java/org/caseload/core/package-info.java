// SPDX-License-Identifier: Apache-2.0
/**
 * The Caseload runtime: {@link org.caseload.core.Caseload} and its builder, the permissions a host
 * grants, and the kernel that domain modules build their services on.
 */
package org.caseload.core;

import org.caseload.core.internal.Kernel;
