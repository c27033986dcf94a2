package uk.nhs.workforce.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes for Tasklist's task queries when there are many open tasks (docs/performance.md). Camunda's
 * task query with authorization checks finds a user's candidate-group tasks through
 * {@code ACT_RU_IDENTITYLINK} and then, for every task, the authorization rows whose resource is the task,
 * its process definition or '*' ({@code ACT_RU_AUTHORIZATION}, one row per task from the candidate's
 * default task permission). These two indexes hold every column those two steps read, so each step is an
 * index lookup without reading the table; on PostgreSQL, statistics on the permission bit tests (see
 * {@link #POSTGRES_STATISTICS}). Created at start-up, idempotently, because Camunda creates its own
 * tables after the application's Flyway migrations have run; switched off with
 * {@code app.tasklist.query-indexes: false}.
 */
@Component
public class TaskQueryIndexes {

    private static final Logger log = LoggerFactory.getLogger(TaskQueryIndexes.class);

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS APP_IDX_IDL_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
            "CREATE INDEX IF NOT EXISTS APP_IDX_IDL_USER_TASK ON ACT_RU_IDENTITYLINK (USER_ID_, TYPE_, TASK_ID_)");

    /**
     * PostgreSQL estimates the permission bit tests ({@code PERMS_ & 2 = 2}: READ on a task, {@code & 64}:
     * READ_TASK on a process definition) at a fraction of a percent of the rows, when every per-task row
     * matches; with that estimate it joins every task with every authorization row (seconds at 10,000
     * tasks). Statistics on the two expressions give it the true share, and it looks each task's
     * authorization up by its index instead.
     */
    static final List<String> POSTGRES_STATISTICS = List.of(
            "CREATE STATISTICS IF NOT EXISTS APP_STAT_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION",
            "CREATE STATISTICS IF NOT EXISTS APP_STAT_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean enabled;

    public TaskQueryIndexes(JdbcTemplate jdbc, DataSource dataSource,
            @Value("${app.tasklist.query-indexes:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Creates the indexes where missing; on PostgreSQL also refreshes the planner's statistics of the tables. */
    public void create() {
        INDEXES.forEach(jdbc::execute);
        if (isPostgres()) {
            for (String statistics : POSTGRES_STATISTICS) {
                try {
                    jdbc.execute(statistics);
                } catch (org.springframework.dao.DataAccessException e) {
                    // expression statistics need PostgreSQL 14 or later; the indexes still apply
                    log.warn("Could not create planner statistics ({}): {}", statistics, e.getMessage());
                }
            }
            jdbc.execute("ANALYZE ACT_RU_IDENTITYLINK");
            jdbc.execute("ANALYZE ACT_RU_AUTHORIZATION");
        }
        log.info("Task query indexes in place");
    }

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
