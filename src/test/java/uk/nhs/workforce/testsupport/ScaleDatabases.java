package uk.nhs.workforce.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.nhs.workforce.Application;

/**
 * Databases and application nodes for the scale benchmarks and the two-node test: an H2 file database
 * as in the default run, or PostgreSQL (the server named by {@code -Dpostgres.it.url}, else the local
 * PostgreSQL 15 on 127.0.0.1:5432 in a database made for the run and dropped after it, else an embedded one).
 */
public final class ScaleDatabases {

    /** A database for one benchmark or test: its Spring properties; closing it drops what was made for it. */
    public interface Database extends AutoCloseable {
        Map<String, Object> properties();

        String name();

        @Override
        void close();
    }

    private ScaleDatabases() {
    }

    public static Database h2File() {
        String url = "jdbc:h2:file:./target/scale/h2-" + UUID.randomUUID() + "/workforce;AUTO_SERVER=FALSE";
        Map<String, Object> p = Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                "spring.datasource.password", "");
        return new Database() {
            public Map<String, Object> properties() {
                return p;
            }

            public String name() {
                return "H2 (file, as the default run)";
            }

            public void close() {
            }
        };
    }

    /**
     * PostgreSQL: {@code -Dpostgres.it.url} when given (CI's fresh database), else a new database on the
     * local server when one answers (with {@code preferLocalServer}), else an embedded PostgreSQL.
     */
    public static Database postgres(boolean preferLocalServer) throws IOException {
        String given = System.getProperty("postgres.it.url", "");
        if (!given.isBlank()) {
            return pg(given, "PostgreSQL (" + given + ")", () -> { });
        }
        if (preferLocalServer) {
            String db = "scale_" + Long.toHexString(System.nanoTime());
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
                return pg("jdbc:postgresql://127.0.0.1:5432/" + db, "PostgreSQL server 127.0.0.1:5432 (database " + db + ")",
                        () -> {
                            try (Connection d = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                                    "postgres", ""); Statement ds = d.createStatement()) {
                                ds.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                            } catch (SQLException e) {
                                System.err.println("could not drop " + db + ": " + e.getMessage());
                            }
                        });
            } catch (SQLException noLocalServer) {
                // fall through to the embedded one
            }
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        return pg(embedded.getJdbcUrl("postgres", "postgres"), "PostgreSQL (embedded)", () -> {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        });
    }

    private static Database pg(String url, String name, Runnable drop) {
        // as the postgres profile (application-postgres.yml) sets it
        Map<String, Object> p = Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                "spring.datasource.password", "", "spring.datasource.driver-class-name", "org.postgresql.Driver",
                "spring.datasource.hikari.connection-init-sql", "SET plan_cache_mode = force_custom_plan");
        return new Database() {
            public Map<String, Object> properties() {
                return p;
            }

            public String name() {
                return name;
            }

            public void close() {
                drop.run();
            }
        };
    }

    /**
     * Starts the whole application on the database with the job executor on (the test profile turns it
     * off), on a free port, with the given extra properties.
     */
    public static ConfigurableApplicationContext startNode(Database db, Map<String, Object> extra,
            Class<?>... extraSources) {
        Map<String, Object> properties = new HashMap<>(db.properties());
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        properties.putAll(extra);
        return new SpringApplicationBuilder(Application.class).sources(extraSources).profiles("test")
                .run(args(properties));
    }

    /** The properties as command-line arguments, so they win over the test profile. */
    public static String[] args(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** The 1-, 5- and 15-minute load averages of this machine, for the record next to a figure. */
    public static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
