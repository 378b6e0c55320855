/**
 * The Caseload runtime: {@link org.caseload.core.Caseload} and its builder, the permissions a host
 * grants, and the {@link org.caseload.core.Kernel} that domain modules build their services on.
 */
package org.caseload.core;
