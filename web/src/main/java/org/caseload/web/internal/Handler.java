// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

/** Answers one request of a route. A CaseloadException it throws becomes the matching error page. */
@FunctionalInterface
public interface Handler {

    /** The page or redirect for this request. */
    Reply handle(WebRequest request) throws Exception;
}
