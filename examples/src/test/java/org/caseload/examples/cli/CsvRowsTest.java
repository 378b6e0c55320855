// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedFieldsDoubledQuotesAndLineBreaksInsideQuotesWithTheLineEachRowStartsOn() throws IOException {
        List<CsvRows.Row> rows = rows("\uFEFFa,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,\n");

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 5);
        assertThat(rows.get(0).values()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).values()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(rows.get(2).values()).containsExactly("2", "two\nlines", "");
        assertThat(rows.get(3).values()).containsExactly("3", "", "");
    }

    @Test
    void reportsBrokenQuotingAndGoesOnAtTheNextLine() throws IOException {
        List<CsvRows.Row> rows = rows("a,b\n1,x\"y\n2,\"z\"w\n3,ok\n4,\"never closed\n");

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(1).problem()).isEqualTo("a quote inside an unquoted field 2");
        assertThat(rows.get(2).problem()).isEqualTo("text follows a closing quote in field 2");
        assertThat(rows.get(3).values()).containsExactly("3", "ok");
        assertThat(rows.get(4).problem()).isEqualTo("a quoted field is not closed before the end of the file (line 5)");
    }

    @Test
    void quotesAFieldOnlyWhenItNeedsIt() {
        assertThat(CsvRows.field("first_name=agree;last_name=partial")).isEqualTo("first_name=agree;last_name=partial");
        assertThat(CsvRows.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRows.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    private static List<CsvRows.Row> rows(String text) throws IOException {
        List<CsvRows.Row> rows = new ArrayList<>();
        try (CsvRows csv = new CsvRows(new StringReader(text))) {
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
