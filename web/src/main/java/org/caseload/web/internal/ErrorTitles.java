// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

/** The title of the error page of an HTTP status, in words a user reads. */
final class ErrorTitles {

    private ErrorTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "The request could not be accepted";
            case 401 -> "Sign in needed";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Not available";
            case 409 -> "Changed meanwhile";
            case 413, 414, 431 -> "The request is too long";
            default -> status >= 400 && status < 500 ? "The request could not be accepted" : "Something went wrong";
        };
    }
}
