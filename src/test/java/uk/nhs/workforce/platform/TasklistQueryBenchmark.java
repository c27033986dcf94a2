package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.testsupport.ScaleDatabases;
import uk.nhs.workforce.testsupport.ScaleDatabases.Database;

/**
 * Tasklist at national scale: a committee member with 10,000 open group tasks (and 1,000 open tasks of
 * another group they must not see), every instance in a tenant, candidates given TASK_WORK: the calls
 * Tasklist makes for a page (each filter's count, the list of the chosen filter, 15 rows, newest first)
 * over the engine REST API as that user. Prints p50/p95 per call on H2 (a file, as the default run) and on
 * PostgreSQL, with the "My tasks" filter (no rows) as the trivial baseline of the same path.
 * Not a timed test: {@code mvn -Pbenchmark test -Dtest=TasklistQueryBenchmark} ({@code -Dbench.tasks=N}).
 */
class TasklistQueryBenchmark {

    static final String TENANT = "TR-BENCH";
    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int OTHER_GROUP_TASKS = TASKS / 10;
    private static final int CALLS = Integer.getInteger("bench.calls", 200);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What arrives at merge, replicated here so that the figures hold after it: candidates get TASK_WORK
     * (not UPDATE), and every process instance has a tenant, with the engine's tenant check on.
     */
    static final Map<String, Object> MERGED_SETTINGS = Map.of(
            "camunda.bpm.generic-properties.properties.defaultUserPermissionNameForTask", "TASK_WORK",
            "camunda.bpm.generic-properties.properties.tenantCheckEnabled", "true",
            // measured first without, then with the indexes, in the same run
            "app.tasklist.query-indexes", "false");

    @Configuration
    static class EveryInstanceInTheBenchTenant {
        @Bean
        ProcessEnginePlugin benchTenantIdProvider() {
            return new AbstractProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    configuration.setTenantIdProvider(new TenantIdProvider() {
                        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
                            return TENANT;
                        }

                        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
                            return TENANT;
                        }

                        public String provideTenantIdForHistoricDecisionInstance(
                                TenantIdProviderHistoricDecisionInstanceContext ctx) {
                            return TENANT;
                        }
                    });
                }
            };
        }
    }

    @Test
    void onH2() throws Exception {
        try (Database db = ScaleDatabases.h2File()) {
            run(db, false);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Database db = ScaleDatabases.postgres(true)) {
            run(db, true);
        }
    }

    private void run(Database db, boolean postgres) throws Exception {
        try (ConfigurableApplicationContext node = ScaleDatabases.startNode(db, MERGED_SETTINGS,
                EveryInstanceInTheBenchTenant.class)) {
            ProcessEngine engine = node.getBean(ProcessEngine.class);
            long t = System.nanoTime();
            setUp(engine);
            long setUpMs = (System.nanoTime() - t) / 1_000_000;
            if (postgres) {
                // as autovacuum would after a bulk load: the statistics the planner then works with
                node.getBean(JdbcTemplate.class).execute("ANALYZE");
            }
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            Client committee = new Client(port, "bench.committee");
            Client staffing = new Client(port, "bench.staffing");

            Map<String, String> filters = new LinkedHashMap<>();
            for (var f : JSON.readTree(committee.get("/engine-rest/filter?resourceType=Task&maxResults=50"))) {
                filters.put(f.get("name").asText(), f.get("id").asText());
            }
            // what each sees: their own group's tasks, never the other group's (TASK_WORK on their own only)
            assertThat(count(committee.get("/engine-rest/filter/" + filters.get("My group tasks") + "/count"))).isEqualTo(TASKS);
            assertThat(count(committee.get("/engine-rest/task/count"))).isEqualTo(TASKS);
            assertThat(count(staffing.get("/engine-rest/task/count"))).isEqualTo(OTHER_GROUP_TASKS);

            System.out.printf("%nTasklistQueryBenchmark on %s: %d open group tasks for awards-committee, %d for"
                    + " medical-staffing, all in tenant %s (set-up %d ms); %d calls each%n",
                    db.name(), TASKS, OTHER_GROUP_TASKS, TENANT, setUpMs, CALLS);
            System.out.printf(" without the task query indexes (load %s):%n", ScaleDatabases.load());
            // few calls: without the indexes a call may take seconds
            measure(committee, filters, 10);
            node.getBean(TaskQueryIndexes.class).create();
            System.out.printf(" with the task query indexes (load %s):%n", ScaleDatabases.load());
            measure(committee, filters, CALLS);
            System.out.printf("  load after %s; %d cores%n%n", ScaleDatabases.load(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static void measure(Client committee, Map<String, String> filters, int calls) throws Exception {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String list = "/engine-rest/filter/" + f.getValue() + "/list?firstResult=0&maxResults=15";
            String countPath = "/engine-rest/filter/" + f.getValue() + "/count";
            long[] listMs = committee.time(calls, () -> committee.postHal(list,
                    "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
            long[] countMs = committee.time(calls, () -> committee.get(countPath));
            System.out.printf("  %-16s list p50 %4d ms  p95 %4d ms | count p50 %4d ms  p95 %4d ms (%s rows)%n",
                    f.getKey(), pct(listMs, 50), pct(listMs, 95), pct(countMs, 50), pct(countMs, 95),
                    count(committee.get(countPath)));
        }
    }

    private static void setUp(ProcessEngine engine) throws Exception {
        IdentityService identity = engine.getIdentityService();
        identity.saveTenant(identity.newTenant(TENANT));
        for (String[] u : new String[][] {{"bench.committee", "awards-committee"}, {"bench.staffing", "medical-staffing"}}) {
            User user = identity.newUser(u[0]);
            user.setPassword(u[0]);
            identity.saveUser(user);
            identity.createMembership(u[0], u[1]);
            identity.createTenantUserMembership(TENANT, u[0]);
        }
        engine.getRepositoryService().createDeployment()
                .addModelInstance("bench-review.bpmn", Bpmn.createExecutableProcess("bench-review").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Review").name("Review").camundaCandidateGroups("awards-committee")
                        .endEvent().done())
                .addModelInstance("bench-staffing.bpmn", Bpmn.createExecutableProcess("bench-staffing")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Staffing").name("Staffing")
                        .camundaCandidateGroups("medical-staffing").endEvent().done())
                .deploy();
        start(engine, "bench-review", TASKS);
        start(engine, "bench-staffing", OTHER_GROUP_TASKS);
    }

    private static void start(ProcessEngine engine, String key, int count) throws Exception {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < 2; th++) {
            futures.add(threads.submit(() -> {
                int from;
                while ((from = next.getAndAdd(250)) < count) {
                    int n = Math.min(250, count - from);
                    cfg.getCommandExecutorTxRequired().execute(ctx -> {
                        for (int i = 0; i < n; i++) {
                            engine.getRuntimeService().startProcessInstanceByKey(key);
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        threads.shutdown();
    }

    private static long count(String json) throws Exception {
        return JSON.readTree(json).get("count").asLong();
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    interface Call {
        String run() throws Exception;
    }

    static final class Client {
        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;
        private final String auth;

        Client(int port, String user) {
            this.port = port;
            this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        }

        String postHal(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Accept", "application/hal+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = http.send(request.header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(r.statusCode() + " " + r.body());
            }
            return r.body();
        }

        long[] time(int calls, Call call) throws Exception {
            for (int i = 0; i < Math.min(20, calls / 5 + 1); i++) {
                call.run();
            }
            long[] ms = new long[calls];
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                call.run();
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            return ms;
        }
    }
}
