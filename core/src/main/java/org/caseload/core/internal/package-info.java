/** The runtime's implementation; not part of the public API. */
package org.caseload.core.internal;
