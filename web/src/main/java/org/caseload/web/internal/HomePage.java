// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

/**
 * The start page: the first page of the navigation the signed-in user may open (the client search
 * for a case worker, the desk for a vendor's agent), or a page saying there is none.
 */
final class HomePage implements PageModule {

    @Override
    public void routes(Routes routes) {
        // The navigation is complete once every module has added its links: read it per request.
        routes.get("/", request -> routes.navigation().stream()
                .filter(link -> link.permission() == null || request.can(link.permission()))
                .findFirst()
                .<Reply>map(link -> Reply.redirect(link.href()))
                .orElseGet(() -> Reply.view("home.jte", "home", "Caseload")));
    }
}
