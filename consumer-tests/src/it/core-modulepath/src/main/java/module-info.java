// SPDX-License-Identifier: Apache-2.0
module host {
    requires org.caseload.core;
}
