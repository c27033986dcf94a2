package uk.nhs.workforce.platform;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.nhs.workforce.testsupport.RestartScenario;

/**
 * The same restart scenario on PostgreSQL: the server named by {@code -Dpostgres.it.url} (as .ci/run
 * does with a fresh database on the local PostgreSQL 15), or else a PostgreSQL started inside the test.
 */
class RestartPostgresIT {

    @Test
    @DisplayName("rosters and an instance waiting on a five-year timer survive a restart on PostgreSQL")
    void survivesRestart() throws IOException {
        String url = System.getProperty("postgres.it.url", "");
        if (!url.isBlank()) {
            RestartScenario.run(postgres(url));
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            RestartScenario.run(postgres(postgres.getJdbcUrl("postgres", "postgres")));
        }
    }

    private static Map<String, Object> postgres(String url) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.datasource.driver-class-name", "org.postgresql.Driver");
    }
}
