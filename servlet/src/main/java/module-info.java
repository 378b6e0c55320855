// SPDX-License-Identifier: Apache-2.0
/**
 * The support channel's receiving endpoint ({@code org.caseload.http.SupportEndpoint}) as a Jakarta
 * Servlet, for a host that runs a servlet container. The container provides the Servlet API.
 */
module org.caseload.servlet {
    requires transitive org.caseload.http;
    // SupportEndpointServlet extends HttpServlet; the container provides the API at run time.
    requires transitive jakarta.servlet;

    exports org.caseload.servlet;
}
