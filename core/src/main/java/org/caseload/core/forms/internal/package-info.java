// SPDX-License-Identifier: Apache-2.0
/**
 * Custom forms' implementation: reading JSON definitions, completing and checking entered values,
 * and the constraints that check them inside commands. Not part of the public API; the domain
 * services of core use it for every record that carries form values.
 */
package org.caseload.core.forms.internal;
