package uk.nhs.workforce.platform;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.workforce.testsupport.RestartScenario;

/** The default run keeps its work in a file database: rosters, instances and timers survive a restart. */
class FileDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("rosters and an instance waiting on a five-year timer survive a restart on the H2 file database")
    void survivesRestart() {
        RestartScenario.run(Map.of("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("workforce")));
    }
}
