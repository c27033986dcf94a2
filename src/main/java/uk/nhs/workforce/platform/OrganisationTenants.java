package uk.nhs.workforce.platform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.RosterImportHook;
import uk.nhs.workforce.rosters.RosterKind;

/**
 * Organisations as Camunda tenants (CONTRACT §2a), kept in step with the rosters: the one place that
 * makes tenants and the memberships the rosters give.
 * <ul>
 * <li>every SHA and NHS trust, and every organisation named as a consultant's employer, is a tenant
 * (id = code, name = name), created or renamed by the import that brings it;</li>
 * <li>{@code national-oversight}, {@code hm-treasury} and {@code appointments-commission} are member
 * groups of every SHA tenant, so their members see every region, also users added to those groups later;</li>
 * <li>a roster person with a {@code user_id} is a member of their organisation's tenant: a consultant
 * of the employer, an executive or board member of the SHA of their organisation's region. When a row
 * moves the person, the membership the roster gave moves with it; memberships granted by hand in
 * Camunda Admin are never removed (the roster's own are recorded in {@code roster_tenant_membership}).</li>
 * </ul>
 * It runs inside the import's transaction, so a refused or failed import changes no tenant either.
 */
@Component
public class OrganisationTenants implements RosterImportHook {

    private static final Logger log = LoggerFactory.getLogger(OrganisationTenants.class);

    /** groups whose members are members of every SHA tenant (CONTRACT §2a) */
    public static final List<String> NATIONAL_GROUPS =
            List.of(Groups.NATIONAL_OVERSIGHT, Groups.HM_TREASURY, Groups.APPOINTMENTS_COMMISSION);

    private static final String TENANT_ORGANISATIONS = """
            SELECT code, name, type FROM organisation
            WHERE type IN ('SHA', 'NHS_TRUST') OR code IN (SELECT DISTINCT employer_code FROM consultant)
            """;

    /** (user, tenant) pairs the rosters give, for users that exist in Camunda */
    private static final String ROSTER_MEMBERSHIPS = """
            SELECT c.user_id, c.employer_code FROM consultant c
            WHERE c.user_id IS NOT NULL
            UNION
            SELECT e.user_id, s.code FROM executive e
            JOIN organisation o ON o.code = e.organisation_code
            JOIN organisation s ON s.type = 'SHA' AND s.region_code = o.region_code
            WHERE e.user_id IS NOT NULL
            UNION
            SELECT b.user_id, s.code FROM board_member b
            JOIN organisation o ON o.code = b.organisation_code
            JOIN organisation s ON s.type = 'SHA' AND s.region_code = o.region_code
            WHERE b.user_id IS NOT NULL
            """;

    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    public OrganisationTenants(IdentityService identity, JdbcTemplate jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public void imported(RosterKind kind) {
        synchronise();
    }

    /** Brings tenants and roster memberships in step with the rosters; idempotent (also run at every start). */
    public void synchronise() {
        Set<String> shaTenants = synchroniseTenants();
        synchroniseNationalGroups(shaTenants);
        synchroniseMemberships();
    }

    /**
     * Makes the user a member of the tenant, as an administrator would in Camunda Admin (not recorded as
     * the roster's, so no roster row takes it away); idempotent. For the demo users and test fixtures.
     */
    public void grant(String userId, String tenantId) {
        if (identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
            identity.createTenantUserMembership(tenantId, userId);
        }
    }

    private Set<String> synchroniseTenants() {
        Map<String, Tenant> existing = new HashMap<>();
        identity.createTenantQuery().list().forEach(t -> existing.put(t.getId(), t));
        Set<String> shas = new HashSet<>();
        jdbc.query(TENANT_ORGANISATIONS, rs -> {
            String code = rs.getString(1);
            String name = rs.getString(2);
            if ("SHA".equals(rs.getString(3))) {
                shas.add(code);
            }
            Tenant tenant = existing.get(code);
            if (tenant == null) {
                tenant = identity.newTenant(code);
                tenant.setName(name);
                identity.saveTenant(tenant);
                log.info("Created tenant {} ({})", code, name);
            } else if (!name.equals(tenant.getName())) {
                tenant.setName(name);
                identity.saveTenant(tenant);
                log.info("Renamed tenant {} to {}", code, name);
            }
        });
        return shas;
    }

    private void synchroniseNationalGroups(Set<String> shaTenants) {
        for (String group : NATIONAL_GROUPS) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                continue; // made by IdentityBootstrap at start, before any roster import
            }
            Set<String> memberOf = new HashSet<>();
            identity.createTenantQuery().groupMember(group).list().forEach(t -> memberOf.add(t.getId()));
            for (String sha : shaTenants) {
                if (!memberOf.contains(sha)) {
                    identity.createTenantGroupMembership(sha, group);
                }
            }
        }
    }

    private void synchroniseMemberships() {
        // a user_id the identity does not (yet) know gets its membership at the next synchronisation
        Set<List<String>> wanted = pairs("SELECT m.user_id, m.employer_code FROM (" + ROSTER_MEMBERSHIPS
                + ") m WHERE m.user_id IN (SELECT ID_ FROM ACT_ID_USER)");
        Set<List<String>> recorded = pairs("SELECT user_id, tenant_id FROM roster_tenant_membership");
        Set<List<String>> direct = pairs("SELECT USER_ID_, TENANT_ID_ FROM ACT_ID_TENANT_MEMBER WHERE USER_ID_ IS NOT NULL");
        for (List<String> p : wanted) {
            if (!direct.contains(p)) {
                identity.createTenantUserMembership(p.get(1), p.get(0));
                if (!recorded.contains(p)) {
                    jdbc.update("INSERT INTO roster_tenant_membership (user_id, tenant_id) VALUES (?, ?)", p.get(0), p.get(1));
                }
                log.info("User {} is a member of tenant {} (roster)", p.get(0), p.get(1));
            }
        }
        for (List<String> p : recorded) {
            if (!wanted.contains(p)) {
                if (direct.contains(p)) {
                    identity.deleteTenantUserMembership(p.get(1), p.get(0));
                    log.info("User {} is no longer a member of tenant {} (roster)", p.get(0), p.get(1));
                }
                jdbc.update("DELETE FROM roster_tenant_membership WHERE user_id = ? AND tenant_id = ?", p.get(0), p.get(1));
            }
        }
    }

    private Set<List<String>> pairs(String sql) {
        Set<List<String>> pairs = new HashSet<>();
        jdbc.query(sql, rs -> {
            pairs.add(List.of(rs.getString(1), rs.getString(2)));
        });
        return pairs;
    }
}
