// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHeadingsTest {

    @Test
    void everyHeadingGoesOneLevelDownSoThePageKeepsItsOnlyH1() {
        assertThat(ArticleHeadings.demoted("<h1 id=\"a\">Title</h1><p>&lt;h1&gt; as text</p><h2>Part</h2><h6>Deep</h6>"))
                .isEqualTo("<h2 id=\"a\">Title</h2><p>&lt;h1&gt; as text</p><h3>Part</h3><h6>Deep</h6>");
    }
}
