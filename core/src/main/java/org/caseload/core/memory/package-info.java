// SPDX-License-Identifier: Apache-2.0
/** {@link org.caseload.core.memory.InMemoryStorage}: a complete storage held in the JVM's memory. */
package org.caseload.core.memory;
