package uk.nhs.workforce.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.nhs.workforce.platform.IdentityBootstrap;

/** Base for tests over HTTP: the whole application on a random port, in-memory database, no demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected IdentityBootstrap identityBootstrap;

    /**
     * The password of every user a test makes with {@link #createUser}: it passes Camunda's password policy,
     * which is on in every profile. The demo accounts (app.demo.enabled) keep their documented password, the user id.
     */
    protected static final String TEST_PASSWORD = "Kestrel-Lantern-42!";

    private static final Set<String> TEST_USERS = ConcurrentHashMap.newKeySet();

    private final HttpClient client = HttpClient.newHttpClient();

    /** A user with {@link #TEST_PASSWORD}, member of the groups; requests as this user log in with it. */
    protected void createUser(String id, String firstName, String lastName, Set<String> groups) {
        identityBootstrap.ensureUser(id, TEST_PASSWORD, firstName, lastName, groups);
        TEST_USERS.add(id);
    }

    /**
     * Logins (without a password) for the user_id of every demo roster row, as the default run creates them
     * before loading the rosters: a roster user_id must name an existing user.
     */
    protected void createDemoRosterLogins() {
        var identity = processEngine.getIdentityService();
        for (String kind : new String[] { "executives", "board-members", "consultants" }) {
            String csv;
            try {
                csv = new org.springframework.core.io.ClassPathResource("demo/" + kind + ".csv")
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            java.util.List<String> lines = csv.lines().toList();
            int column = java.util.List.of(lines.get(0).split(",")).indexOf("user_id");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String userId = cells.length > column ? cells[column].trim() : "";
                if (!userId.isEmpty() && identity.createUserQuery().userId(userId).count() == 0) {
                    identity.saveUser(identity.newUser(userId));
                }
            }
        }
    }

    /** The password a request as this user sends: {@link #TEST_PASSWORD} for test users, the user id for demo accounts. */
    protected static String passwordOf(String user) {
        return TEST_USERS.contains(user) ? TEST_PASSWORD : user;
    }

    protected HttpResponse<String> put(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    protected HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    protected HttpResponse<String> post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    protected HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + passwordOf(user)).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
