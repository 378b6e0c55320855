// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.caseload.clients.Address;
import org.caseload.clients.ClientDetails;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.junit.jupiter.api.Test;

class FebrlFormatTest {

    private static final List<String> HEADER = List.of("rec_id", " given_name", " surname", " street_number",
            " address_1", " address_2", " suburb", " postcode", " state", " date_of_birth", " soc_sec_id");

    @Test
    void takesTheIdentifierAsAnotherSystemsIdAndTheAddressAsTheCurrentOne() throws RejectedRow {
        SourceRecord record = map("rec-122-org, lachlan, berry, 69, giblin street, killarney, bittern, 4814, qld, "
                + "19990219, 7364009");

        ClientDetails details = record.details();
        assertThat(record.sourceId()).isEqualTo("rec-122-org");
        assertThat(details.firstName()).isEqualTo("lachlan");
        assertThat(details.lastName()).isEqualTo("berry");
        assertThat(details.nameQuality()).isEqualTo(NameDataQuality.FULL);
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1999, 2, 19));
        assertThat(details.otherId()).isEqualTo("7364009");
        assertThat(details.ssn()).isNull();
        assertThat(details.ssnQuality()).isEqualTo(SsnDataQuality.DATA_NOT_COLLECTED);
        assertThat(details.contact().address())
                .isEqualTo(new Address("69 giblin street", "killarney", "bittern", "qld", "4814"));
        assertThat(record.notes()).isEmpty();
    }

    @Test
    void leavesEmptyPartsOutAndDropsADateThatIsNoDate() throws RejectedRow {
        SourceRecord record = map("rec-223-dup-0, , waller, , , , , , , 19081309, ");

        ClientDetails details = record.details();
        assertThat(details.firstName()).isNull();
        assertThat(details.nameQuality()).isEqualTo(NameDataQuality.PARTIAL);
        assertThat(details.dateOfBirth()).isNull();
        assertThat(details.otherId()).isNull();
        assertThat(details.contact().address()).isNull();
        assertThat(record.notes()).containsExactly("date_of_birth is not a calendar date (yyyymmdd): dropped");
    }

    private static SourceRecord map(String line) throws RejectedRow {
        return new FebrlFormat().mapper(HEADER).map(2, Arrays.asList(line.split(",", -1)));
    }
}
