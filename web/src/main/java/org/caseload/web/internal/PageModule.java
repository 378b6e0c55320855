// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

/**
 * A group of pages: its routes and navigation links. A new group is one class implementing this
 * and one line in {@link PageModules#all(Services, SignIn)} (docs/web.md "Adding a page").
 */
public interface PageModule {

    /** Adds the group's routes and navigation links. */
    void routes(Routes routes);
}
