package uk.nhs.workforce.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.RosterAccessRefused;
import uk.nhs.workforce.rosters.RosterImportHook;
import uk.nhs.workforce.rosters.RosterKind;
import uk.nhs.workforce.rosters.RowError;

/**
 * Who may upload which roster rows (CONTRACT §2a): a non-administrator only consultants of employers
 * whose tenant they are a member of, and executives, board members and organisations only of regions
 * whose SHA's tenant they are a member of. A row outside them (as it is stored now or as the file would
 * leave it) refuses the whole file with 403, naming every such line. An organisations row sent exactly as
 * it is stored changes nothing and passes, so a national organisations file may be re-sent. Imports made by the application
 * itself (demo data at start-up) have no caller and are not checked.
 */
@Component
public class RosterUploadAccess implements RosterImportHook {

    private final TenantAccess access;
    private final JdbcTemplate jdbc;

    public RosterUploadAccess(TenantAccess access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public void checkUpload(RosterKind kind, List<Row> rows) {
        Authentication caller = access.caller();
        if (caller == null || TenantAccess.isAdministrator(caller)) {
            return;
        }
        Set<String> tenants = access.tenantsOf(caller.getName());
        Map<String, String> regionOf = new HashMap<>();
        Map<String, String> shaOfRegion = new HashMap<>();
        jdbc.query("SELECT code, region_code, type FROM organisation", rs -> {
            regionOf.put(rs.getString(1), rs.getString(2));
            if ("SHA".equals(rs.getString(3)) && rs.getString(2) != null) {
                shaOfRegion.put(rs.getString(2), rs.getString(1));
            }
        });
        // where each row's person is now (one read, not one per row: files may hold tens of thousands)
        Map<String, String> storedAt = new HashMap<>();
        String owners = switch (kind) {
            case CONSULTANTS -> "SELECT employee_id, employer_code FROM consultant";
            case EXECUTIVES -> "SELECT employee_id, organisation_code FROM executive";
            case BOARD_MEMBERS -> "SELECT member_id, organisation_code FROM board_member";
            case ORGANISATIONS -> null;
        };
        if (owners != null) {
            jdbc.query(owners, rs -> {
                storedAt.put(rs.getString(1), rs.getString(2));
            });
        }
        List<RowError> refused = new ArrayList<>();
        for (Row row : rows) {
            String problem = switch (kind) {
                case CONSULTANTS -> consultant(row, tenants, storedAt.get((String) row.values().get("employee_id")));
                case EXECUTIVES -> person(row, storedAt.get((String) row.values().get("employee_id")), tenants, regionOf, shaOfRegion);
                case BOARD_MEMBERS -> person(row, storedAt.get((String) row.values().get("member_id")), tenants, regionOf, shaOfRegion);
                case ORGANISATIONS -> organisation(row, tenants, regionOf, shaOfRegion);
            };
            if (problem != null) {
                refused.add(new RowError(row.line(), columnOf(kind), problem));
            }
        }
        if (!refused.isEmpty()) {
            throw new RosterAccessRefused(refused);
        }
    }

    private static String columnOf(RosterKind kind) {
        return switch (kind) {
            case CONSULTANTS -> "employer_code";
            case ORGANISATIONS -> "region_code";
            default -> "organisation_code";
        };
    }

    private static String consultant(Row row, Set<String> tenants, String storedEmployer) {
        String employer = (String) row.values().get("employer_code");
        if (!tenants.contains(employer)) {
            return "you are not a member of the employer " + employer + "'s tenant: only its members upload its consultants";
        }
        if (storedEmployer != null && !tenants.contains(storedEmployer)) {
            return "consultant " + row.values().get("employee_id") + " is employed by " + storedEmployer
                    + ", whose tenant you are not a member of";
        }
        return null;
    }

    private static String person(Row row, String storedOrganisation, Set<String> tenants, Map<String, String> regionOf,
                                 Map<String, String> shaOfRegion) {
        String organisation = (String) row.values().get("organisation_code");
        String region = regionOf.get(organisation);
        if (region == null && row.values().get("regional_pool") != null) {
            region = (String) row.values().get("regional_pool"); // ALB staff who elected a region's pool (G 23)
        }
        String problem = outsideRegion(organisation, region, tenants, shaOfRegion, false);
        if (problem != null) {
            return problem;
        }
        return storedOrganisation == null ? null
                : outsideRegion(storedOrganisation, regionOf.get(storedOrganisation), tenants, shaOfRegion, true);
    }

    private String organisation(Row row, Set<String> tenants, Map<String, String> regionOf,
                                Map<String, String> shaOfRegion) {
        String code = (String) row.values().get("code");
        if (unchanged(row)) {
            return null; // re-sending a row as it is stored changes nothing of another region
        }
        String region = (String) row.values().get("region_code");
        // a region without an SHA yet is nobody's tenant: its organisations (and its new SHA) may be set up
        if (region != null && shaOfRegion.containsKey(region) && !tenants.contains(shaOfRegion.get(region))) {
            return code + " is in region " + region + ", whose SHA " + shaOfRegion.get(region)
                    + " you are not a member of";
        }
        String storedRegion = regionOf.get(code);
        if (storedRegion != null && shaOfRegion.containsKey(storedRegion) && !tenants.contains(shaOfRegion.get(storedRegion))) {
            return code + " is now in region " + storedRegion + ", whose SHA " + shaOfRegion.get(storedRegion)
                    + " you are not a member of";
        }
        return null;
    }

    private boolean unchanged(Row row) {
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT * FROM organisation WHERE code = ?", row.values().get("code"));
        if (stored.isEmpty()) {
            return false;
        }
        Map<String, Object> current = new HashMap<>();
        stored.get(0).forEach((column, value) -> current.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return row.values().entrySet().stream().allMatch(e -> same(e.getValue(), current.get(e.getKey())));
    }

    private static boolean same(Object uploaded, Object stored) {
        if (uploaded == null || stored == null) {
            return uploaded == stored;
        }
        if (uploaded instanceof Number || stored instanceof Number) {
            return new java.math.BigDecimal(uploaded.toString()).compareTo(new java.math.BigDecimal(stored.toString())) == 0;
        }
        return uploaded.toString().equals(stored.toString());
    }

    private static String outsideRegion(String organisation, String region, Set<String> tenants,
                                        Map<String, String> shaOfRegion, boolean stored) {
        String sha = region == null ? null : shaOfRegion.get(region);
        if (sha == null) {
            return (stored ? "the stored row's organisation " : "") + organisation
                    + " is in no SHA's region: only an administrator uploads its people";
        }
        if (!tenants.contains(sha)) {
            return (stored ? "this person is now at " : "") + organisation + " in region " + region + ", whose SHA "
                    + sha + " you are not a member of";
        }
        return null;
    }
}
