// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

/**
 * The user's operating system, which decides how a keyboard shortcut is labelled: the
 * {@code Mod} modifier is Ctrl on Windows and Linux and Cmd (⌘) on macOS. The host knows it (from
 * the browser's user agent, or the desktop it runs on) and passes it in.
 */
public enum Platform {
    WINDOWS,
    LINUX,
    MAC_OS
}
