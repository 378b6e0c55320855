// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them: fields optionally in double quotes, a
 * doubled quote inside quotes standing for one, line breaks (LF or CRLF) inside quotes kept. Each
 * row knows the line it starts on, so that a problem can be reported by line number. A row whose
 * quoting is broken is returned with the problem instead of values, and reading goes on at the
 * next line. Not thread-safe.
 */
final class CsvRows implements CsvRowSource {

    private final BufferedReader in;
    private int lineNumber;

    CsvRows(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    /**
     * One row: its first line number, and either its values or what is wrong with it.
     *
     * @param line    the line the row starts on, from 1
     * @param values  the fields, unquoted; empty when {@code problem} is set
     * @param problem what is wrong with the row's quoting, without its content; null when it is well formed
     */
    record Row(int line, List<String> values, String problem) {
        boolean malformed() {
            return problem != null;
        }
    }

    @Override
    public Row next() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        int start = ++lineNumber;
        if (start == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    values.add(field.toString());
                    return new Row(start, List.copyOf(values), null);
                }
                String continuation = in.readLine();
                if (continuation == null) {
                    return new Row(start, List.of(), "a quoted field is not closed before the end of the file (line "
                            + lineNumber + ")");
                }
                lineNumber++;
                field.append('\n');
                line = continuation;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    afterClosingQuote = true;
                }
            } else if (c == ',') {
                values.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
            } else if (afterClosingQuote) {
                return new Row(start, List.of(), "text follows a closing quote in field " + (values.size() + 1));
            } else if (c == '"') {
                if (field.length() > 0) {
                    return new Row(start, List.of(), "a quote inside an unquoted field " + (values.size() + 1));
                }
                quoted = true;
            } else {
                field.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The value as one RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
