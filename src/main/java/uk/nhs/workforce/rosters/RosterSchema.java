package uk.nhs.workforce.rosters;

import static uk.nhs.workforce.rosters.RosterColumn.bool;
import static uk.nhs.workforce.rosters.RosterColumn.codes;
import static uk.nhs.workforce.rosters.RosterColumn.date;
import static uk.nhs.workforce.rosters.RosterColumn.decimal;
import static uk.nhs.workforce.rosters.RosterColumn.integer;
import static uk.nhs.workforce.rosters.RosterColumn.oneOf;
import static uk.nhs.workforce.rosters.RosterColumn.optional;
import static uk.nhs.workforce.rosters.RosterColumn.required;
import static uk.nhs.workforce.rosters.RosterColumn.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each roster file (CONTRACT §3) and the rules that tie one cell to another in a row.
 * Organisation references are checked by the importer, which knows the stored organisations.
 */
record RosterSchema(RosterKind kind, String table, String key, List<RosterColumn> columns,
                    List<String> organisationReferences) {

    /** A row's cross-column rule: given the parsed row and the type of each known organisation, its errors. */
    List<RowProblem> rowRules(Map<String, Object> row, Map<String, OrganisationType> organisationTypes) {
        List<RowProblem> problems = new ArrayList<>();
        switch (kind) {
            case ORGANISATIONS -> {
                OrganisationType type = OrganisationType.valueOf((String) row.get("type"));
                if (row.get("region_code") == null && type != OrganisationType.ALB) {
                    problems.add(new RowProblem("region_code", "a " + type + " needs its region"));
                }
                if (type.isPct() && row.get("cluster_code") == null) {
                    problems.add(new RowProblem("cluster_code", "a " + type + " needs its cluster"));
                }
                if (type.isPct() && row.get("weighted_population") == null) {
                    problems.add(new RowProblem("weighted_population", "a " + type + " needs its weighted population (A 5.6)"));
                }
                Object las = row.get("local_authorities");
                if (type.isCareTrust() && las == null) {
                    problems.add(new RowProblem("local_authorities", "a " + type + " needs its related local authorities"));
                }
                if (!type.isCareTrust() && las != null) {
                    problems.add(new RowProblem("local_authorities", "only care trusts have related local authorities"));
                }
                if (las != null) {
                    for (String la : RosterRowMappers.splitCodes((String) las)) {
                        OrganisationType laType = organisationTypes.get(la);
                        if (laType != null && laType != OrganisationType.LOCAL_AUTHORITY) {
                            problems.add(new RowProblem("local_authorities", la + " is a " + laType + ", not a LOCAL_AUTHORITY"));
                        }
                    }
                }
            }
            case EXECUTIVES -> {
                if ("DIRECTOR".equals(row.get("role")) && row.get("portfolio") == null) {
                    problems.add(new RowProblem("portfolio", "a DIRECTOR needs a portfolio"));
                }
                OrganisationType employer = organisationTypes.get((String) row.get("organisation_code"));
                if (employer != null && !(employer.isPct() || employer == OrganisationType.SHA || employer == OrganisationType.ALB)) {
                    problems.add(new RowProblem("organisation_code", "executives are employed by a PCT, care trust, SHA or ALB, not a " + employer));
                }
                if (row.get("regional_pool") != null && employer != null && employer != OrganisationType.ALB) {
                    problems.add(new RowProblem("regional_pool", "only ALB staff elect a regional pool"));
                }
            }
            case BOARD_MEMBERS -> {
                OrganisationType board = organisationTypes.get((String) row.get("organisation_code"));
                if (board != null && !board.isPct()) {
                    problems.add(new RowProblem("organisation_code", "board appointments are to PCT boards, not a " + board));
                }
                Object la = row.get("nominated_by_la");
                if (la != null) {
                    OrganisationType laType = organisationTypes.get((String) la);
                    if (laType != null && laType != OrganisationType.LOCAL_AUTHORITY) {
                        problems.add(new RowProblem("nominated_by_la", la + " is a " + laType + ", not a LOCAL_AUTHORITY"));
                    }
                }
            }
            case CONSULTANTS -> {
                if (row.get("lcea_level") != null && row.get("lcea_last_point_date") == null) {
                    problems.add(new RowProblem("lcea_last_point_date", "an Existing LCEA needs the date of its last point"));
                }
                if (row.get("ncea") != null && row.get("ncea_renewal_due") == null) {
                    problems.add(new RowProblem("ncea_renewal_due", "an NCEA needs its renewal date"));
                }
            }
        }
        return problems;
    }

    record RowProblem(String column, String message) {
    }

    Optional<RosterColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static RosterSchema of(RosterKind kind) {
        return switch (kind) {
            case ORGANISATIONS -> new RosterSchema(kind, "organisation", "code", List.of(
                    required("code", text(20)),
                    required("name", text(200)),
                    required("type", oneOf(OrganisationType.class)),
                    optional("region_code", text(20)),
                    optional("sub_region_code", text(20)),
                    optional("cluster_code", text(20)),
                    // the column holds DECIMAL(14, 2); a weighted population beyond a billion is a typo
                    optional("weighted_population", decimal(BigDecimal.ZERO, new BigDecimal("1000000000"), 2)),
                    optional("local_authorities", codes())),
                    List.of("local_authorities"));
            case EXECUTIVES -> new RosterSchema(kind, "executive", "employee_id", List.of(
                    required("employee_id", text(40)),
                    required("name", text(200)),
                    required("sex", oneOf(Sex.class)),
                    required("ethnic_group", oneOf(EthnicGroup.class)),
                    RosterColumn.userId(),
                    required("organisation_code", text(20)),
                    required("role", oneOf(ExecutiveRole.class)),
                    optional("portfolio", oneOf(Portfolio.class)),
                    required("substantive", bool()),
                    required("seconded_out", bool()),
                    optional("regional_pool", text(20)),
                    required("joint_la_post", bool()),
                    required("la_health_experience", bool())),
                    List.of("organisation_code"));
            case BOARD_MEMBERS -> new RosterSchema(kind, "board_member", "member_id", List.of(
                    required("member_id", text(40)),
                    required("person_id", text(40)),
                    required("name", text(200)),
                    required("sex", oneOf(Sex.class)),
                    required("ethnic_group", oneOf(EthnicGroup.class)),
                    RosterColumn.userId(),
                    required("organisation_code", text(20)),
                    required("role", oneOf(BoardRole.class)),
                    optional("nominated_by_la", text(20)),
                    required("appraisal_rating", oneOf(AppraisalRating.class)),
                    required("term_end", date())),
                    List.of("organisation_code", "nominated_by_la"));
            case CONSULTANTS -> new RosterSchema(kind, "consultant", "employee_id", List.of(
                    required("employee_id", text(40)),
                    required("name", text(200)),
                    required("sex", oneOf(Sex.class)),
                    required("ethnic_group", oneOf(EthnicGroup.class)),
                    required("employer_code", text(20)),
                    required("specialty", text(100)),
                    required("consultant_since", RosterColumn.pastDate()),
                    required("fte", decimal(new BigDecimal("0.1"), BigDecimal.ONE, 2)),
                    required("substantive", bool()),
                    optional("lcea_level", integer(1, 9)),
                    optional("lcea_last_point_date", date()),
                    optional("ncea", oneOf(NceaLevel.class)),
                    optional("ncea_renewal_due", date()),
                    required("distinction_award", bool()),
                    RosterColumn.userId(),
                    RosterColumn.leftOn()),
                    List.of("employer_code"));
        };
    }
}
