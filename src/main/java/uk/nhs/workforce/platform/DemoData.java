package uk.nhs.workforce.platform;

import static uk.nhs.workforce.platform.Groups.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.ImportResult;
import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;

/**
 * The default run's demo: one user per group (password = user id), a login for every roster person
 * who has a {@code user_id}, and the Northbridge rosters. Rosters are loaded once, into an empty
 * register, so that what the processes change in them survives a restart.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String id, String firstName, String lastName, Set<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Ada", "Admin", Set.of(CAMUNDA_ADMIN)),
            new DemoUser("hr.hughes", "Harriet", "Hughes", Set.of(SHA_HR)),
            new DemoUser("oversight.owen", "Owen", "Oversight", Set.of(NATIONAL_OVERSIGHT)),
            new DemoUser("treasury.tate", "Tom", "Tate", Set.of(HM_TREASURY)),
            new DemoUser("commission.cole", "Cora", "Cole", Set.of(APPOINTMENTS_COMMISSION)),
            new DemoUser("secretary.sam", "Sam", "Secretary", Set.of(PCT_BOARD_SECRETARY)),
            new DemoUser("staffing.sara", "Sara", "Staffing", Set.of(MEDICAL_STAFFING)),
            new DemoUser("committee.chris", "Chris", "Chair (awards committee)", Set.of(AWARDS_COMMITTEE)),
            new DemoUser("committee.kim", "Kim", "Committee", Set.of(AWARDS_COMMITTEE)),
            new DemoUser("committee.lee", "Lee", "Committee", Set.of(AWARDS_COMMITTEE)),
            new DemoUser("jlnc.jo", "Jo", "JLNC", Set.of(JLNC)),
            new DemoUser("appeals.amy", "Amy", "Appeals", Set.of(APPEALS_PANEL)),
            // the second employer (Westmoor) and the second region (Southvale): isolation seen by logging in as each
            new DemoUser("staffing.wendy", "Wendy", "Walsh (medical staffing, Westmoor)", Set.of(MEDICAL_STAFFING)),
            new DemoUser("committee.will", "Will", "Webb (awards committee, Westmoor)", Set.of(AWARDS_COMMITTEE)),
            new DemoUser("hr.vance", "Val", "Vance (SHA HR, Southvale)", Set.of(SHA_HR)),
            new DemoUser("secretary.sol", "Sol", "Secretary (Southvale)", Set.of(PCT_BOARD_SECRETARY)));

    /**
     * The tenants (organisation codes) each demo user is made a member of, as an administrator would in
     * Camunda Admin (CONTRACT §2a). Roster people get theirs from the rosters; the national groups are
     * members of every SHA through their group; admin sees everything.
     */
    static final Map<String, List<String>> TENANTS = Map.ofEntries(
            Map.entry("hr.hughes", List.of("SHA-NB")),
            Map.entry("secretary.sam", List.of("SHA-NB")),
            Map.entry("staffing.sara", List.of("TR-NBH")),
            Map.entry("committee.chris", List.of("TR-NBH")),
            Map.entry("committee.kim", List.of("TR-NBH")),
            Map.entry("committee.lee", List.of("TR-NBH")),
            Map.entry("jlnc.jo", List.of("TR-NBH")),
            Map.entry("appeals.amy", List.of("TR-NBH")),
            Map.entry("staffing.wendy", List.of("TR-WES")),
            Map.entry("committee.will", List.of("TR-WES")),
            Map.entry("hr.vance", List.of("SHA-SV")),
            Map.entry("secretary.sol", List.of("SHA-SV")));

    private static final List<RosterKind> LOAD_ORDER = List.of(
            RosterKind.ORGANISATIONS, RosterKind.EXECUTIVES, RosterKind.BOARD_MEMBERS, RosterKind.CONSULTANTS);

    private final boolean enabled;
    private final IdentityBootstrap identity;
    private final RosterImportService rosters;
    private final JdbcTemplate jdbc;
    private final OrganisationTenants tenants;

    public DemoData(@Value("${app.demo.enabled:false}") boolean enabled, Environment environment,
                    IdentityBootstrap identity, RosterImportService rosters, JdbcTemplate jdbc,
                    OrganisationTenants tenants) {
        // demo credentials never reach a production database, whatever else is configured
        this.enabled = enabled && !environment.acceptsProfiles(Profiles.of("prod"));
        this.identity = identity;
        this.rosters = rosters;
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        USERS.forEach(u -> identity.ensureDemoUser(u.id(), u.firstName(), u.lastName(), u.groups()));
        Integer organisations = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
        if (organisations != null && organisations == 0) {
            // a roster user_id must name an existing login: the demo people's logins come first
            for (RosterKind kind : LOAD_ORDER) {
                demoLogins(read("demo/" + kind.urlName() + ".csv")).forEach((userId, name) -> ensureLogin(userId, name));
            }
            for (RosterKind kind : LOAD_ORDER) {
                ImportResult result = rosters.importCsv(kind, read("demo/" + kind.urlName() + ".csv"));
                log.info("Demo {} roster loaded: {} rows", kind.urlName(), result.inserted());
            }
        }
        jdbc.query("""
                SELECT user_id, name FROM executive WHERE user_id IS NOT NULL
                UNION SELECT user_id, name FROM board_member WHERE user_id IS NOT NULL
                UNION SELECT user_id, name FROM consultant WHERE user_id IS NOT NULL
                """, rs -> {
            ensureLogin(rs.getString(1), rs.getString(2));
        });
        tenants.synchronise(); // the roster people's logins exist now: their memberships follow
        TENANTS.forEach((user, codes) -> codes.stream()
                .filter(code -> jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = ?", Integer.class, code) > 0)
                .forEach(code -> tenants.grant(user, code)));
    }

    private void ensureLogin(String userId, String name) {
        int space = name.lastIndexOf(' ');
        identity.ensureDemoUser(userId, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1), Set.of());
    }

    /** user_id → name of the rows of a demo roster that have a login. */
    private static Map<String, String> demoLogins(String csv) {
        Map<String, String> logins = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            if (!parser.getHeaderMap().containsKey("user_id")) {
                return logins;
            }
            for (CSVRecord row : parser) {
                String userId = row.get("user_id").trim();
                if (!userId.isEmpty()) {
                    logins.put(userId, row.get("name").trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logins;
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo roster " + path + " is missing from the build", e);
        }
    }
}
