/** The ticketing module's implementation; not part of the public API. */
package org.caseload.ticketing.internal;
