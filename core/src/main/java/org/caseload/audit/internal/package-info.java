/** The audit service's implementation; not part of the public API. */
package org.caseload.audit.internal;
