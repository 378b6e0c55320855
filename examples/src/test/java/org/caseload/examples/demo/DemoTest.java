package org.caseload.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo tells the whole thin slice, end to end. */
class DemoTest {

    @Test
    void walksTheWholeSliceEndToEndInMemory() {
        assertTellsTheWholeStory(tell(new InMemoryStorage()));
    }

    @Test
    void walksTheWholeSliceEndToEndOnEmbeddedH2(@TempDir Path folder) {
        try (JdbcStorage storage = JdbcStorage.embedded(folder)) {
            assertTellsTheWholeStory(tell(storage));
        }
    }

    private static String tell(Storage storage) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Demo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(storage);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertTellsTheWholeStory(String story) {
        assertThat(story)
                .contains("A search for \"garcia maria\" finds 1 client: María García (score 1.0)")
                .contains("searches \"garcia maria\": 0 matches")
                .contains("was not found")
                .contains("Demandez une pièce d'identité").contains("[ORGANIZATION, fr]")
                .contains("sees the product default: \"The date of birth as the client gives it;")
                .contains("is SUBMITTED")
                .contains("the ticket is ESCALATED, 1 message left for the vendor")
                .contains("The vendor's desk receives ticket")
                .contains("reads a VENDOR note from Tier 1 support: \"Known issue")
                .contains("dana client.register SUCCEEDED client");
    }
}
