// SPDX-License-Identifier: Apache-2.0
/**
 * Record linkage: {@code MatchEngine} and the subjects, fields, models and pairs it works with. The
 * implementation ({@code org.caseload.linkage.internal}) is hidden.
 */
module org.caseload.linkage {
    requires org.apache.commons.codec;
    requires org.apache.commons.text;

    exports org.caseload.linkage;
}
