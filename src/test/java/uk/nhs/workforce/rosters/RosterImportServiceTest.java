package uk.nhs.workforce.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

/** Roster uploads (CONTRACT §3): whole-file validation, upsert by key, idempotent re-upload. */
class RosterImportServiceTest extends ProcessEngineTest {

    static final String ORGS = """
            code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
            RIT-SHA,Test SHA,SHA,RIT,,,,
            RIT-LA1,Council One,LOCAL_AUTHORITY,RIT,,,,
            RIT-LA2,"Council Two, Borough of",LOCAL_AUTHORITY,RIT,,,,
            RIT-PCT,Test PCT,PCT,RIT,RIT-N,RIT-CL,120000.5,
            RIT-CT,Test Care Trust,CARE_TRUST,RIT,RIT-N,RIT-CL,90000,RIT-LA1;RIT-LA2
            """;

    @Autowired
    RosterImportService imports;

    @Autowired
    Register register;

    @AfterEach
    void removeRows() {
        jdbcTemplate.update("DELETE FROM consultant WHERE employee_id LIKE 'RIT-%'");
        jdbcTemplate.update("DELETE FROM executive WHERE employee_id LIKE 'RIT-%'");
        jdbcTemplate.update("DELETE FROM board_member WHERE member_id LIKE 'RIT-%'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code LIKE 'RIT-%'");
    }

    @Test
    @DisplayName("a valid file is inserted; the same file again changes nothing; a changed row counts as updated")
    void upsertIsIdempotent() {
        assertThat(imports.importCsv(RosterKind.ORGANISATIONS, ORGS)).isEqualTo(new ImportResult(5, 0));
        assertThat(imports.importCsv(RosterKind.ORGANISATIONS, ORGS)).isEqualTo(new ImportResult(0, 0));

        String changed = ORGS.replace("Test PCT,PCT", "Renamed PCT,PCT");
        assertThat(imports.importCsv(RosterKind.ORGANISATIONS, changed)).isEqualTo(new ImportResult(0, 1));

        Organisation ct = register.organisation("RIT-CT").orElseThrow();
        assertThat(ct.localAuthorities()).containsExactly("RIT-LA1", "RIT-LA2");
        assertThat(register.organisation("RIT-LA2").orElseThrow().name()).isEqualTo("Council Two, Borough of");
        assertThat(register.organisation("RIT-PCT").orElseThrow().name()).isEqualTo("Renamed PCT");
    }

    @Test
    @DisplayName("columns may come in any order; user_id may be left out")
    void columnsInAnyOrder() {
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS);
        String executives = """
                name,employee_id,sex,ethnic_group,organisation_code,role,portfolio,substantive,seconded_out,regional_pool,joint_la_post,la_health_experience
                Jo Test,RIT-E1,F,WHITE,RIT-PCT,DIRECTOR,FINANCE,true,false,,false,true
                """;
        assertThat(imports.importCsv(RosterKind.EXECUTIVES, executives)).isEqualTo(new ImportResult(1, 0));
        Executive e = register.executive("RIT-E1").orElseThrow();
        assertThat(e.portfolio()).isEqualTo(Portfolio.FINANCE);
        assertThat(e.laHealthExperience()).isTrue();
        assertThat(e.userId()).isNull();
    }

    @Test
    @DisplayName("every bad row is named with its line and column, and nothing of the file is stored")
    void badRowsNamedNothingStored() {
        String file = """
                code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
                RIT-OK,Fine PCT,PCT,RIT,,RIT-CL,1000,
                RIT-X1,Bad type,HOSPITAL,RIT,,,,
                RIT-X2,,PCT,RIT,,RIT-CL,abc,
                RIT-X3,Care trust with unknown council,CARE_TRUST,RIT,,RIT-CL,5,RIT-NOPE
                RIT-OK,Duplicate,PCT,RIT,,RIT-CL,1000,
                """;
        assertThatThrownBy(() -> imports.importCsv(RosterKind.ORGANISATIONS, file))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "type"),
                                org.assertj.core.groups.Tuple.tuple(4L, "name"),
                                org.assertj.core.groups.Tuple.tuple(4L, "weighted_population"),
                                org.assertj.core.groups.Tuple.tuple(5L, "local_authorities"),
                                org.assertj.core.groups.Tuple.tuple(6L, "code")));
        assertThat(register.organisation("RIT-OK")).isEmpty();
    }

    @Test
    @DisplayName("an organisation referred to must exist already or in the same file")
    void organisationReferences() {
        String boardMembers = """
                member_id,person_id,name,sex,ethnic_group,user_id,organisation_code,role,nominated_by_la,appraisal_rating,term_end
                RIT-M1,RIT-P1,Pat,F,WHITE,,RIT-PCT,CHAIR,,GOOD,2013-03-31
                """;
        assertThatThrownBy(() -> imports.importCsv(RosterKind.BOARD_MEMBERS, boardMembers))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new RowError(2, "organisation_code", "unknown organisation 'RIT-PCT'")));
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS);
        assertThat(imports.importCsv(RosterKind.BOARD_MEMBERS, boardMembers)).isEqualTo(new ImportResult(1, 0));
    }

    @Test
    @DisplayName("S30 7: consultants' left_on is optional as a column and as a value; a bad date is refused naming it")
    void consultantLeftOn() {
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS.replace("RIT-SHA,Test SHA,SHA", "RIT-SHA,Test trust,NHS_TRUST"));
        String header = "employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,substantive,"
                + "lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award";
        assertThat(imports.importCsv(RosterKind.CONSULTANTS, header + "\nRIT-L1,Dr L,F,WHITE,RIT-SHA,Cardiology,"
                + "2010-01-01,1.0,true,,,,,false\n")).isEqualTo(new ImportResult(1, 0));
        assertThat(register.consultant("RIT-L1").orElseThrow().leftOn()).isNull();
        assertThatThrownBy(() -> imports.importCsv(RosterKind.CONSULTANTS, header + ",left_on\nRIT-L1,Dr L,F,WHITE,"
                + "RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,30/06/2021\n"))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::column).containsExactly("left_on"));
        assertThat(imports.importCsv(RosterKind.CONSULTANTS, header + ",left_on\nRIT-L1,Dr L,F,WHITE,RIT-SHA,Cardiology,"
                + "2010-01-01,1.0,true,,,,,false,2021-06-30\n")).isEqualTo(new ImportResult(0, 1));
        assertThat(register.consultant("RIT-L1").orElseThrow().leftOn()).isEqualTo(java.time.LocalDate.of(2021, 6, 30));
    }

    @Test
    @DisplayName("consultants: fte 0.1–1.0, lcea_level 1–9, ISO dates, booleans true/false")
    void consultantCells() {
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS.replace("RIT-SHA,Test SHA,SHA", "RIT-SHA,Test trust,NHS_TRUST"));
        String file = """
                employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id
                RIT-C1,Dr A,F,WHITE,RIT-SHA,Cardiology,2010-01-01,0.05,true,,,,,false,
                RIT-C2,Dr B,M,ASIAN,RIT-SHA,Cardiology,01/02/2010,1.0,yes,10,2015-04-01,,,false,
                RIT-C3,Dr C,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,0.5,true,3,2015-04-01,GOLD,2022-01-01,false,cons.c3
                """;
        assertThatThrownBy(() -> imports.importCsv(RosterKind.CONSULTANTS, file))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "fte"),
                                org.assertj.core.groups.Tuple.tuple(3L, "consultant_since"),
                                org.assertj.core.groups.Tuple.tuple(3L, "substantive"),
                                org.assertj.core.groups.Tuple.tuple(3L, "lcea_level"),
                                org.assertj.core.groups.Tuple.tuple(4L, "user_id")));
        assertThat(register.consultant("RIT-C3")).isEmpty();
    }

    @Test
    @DisplayName("a header with an unknown or a missing column, or an empty file, is refused on line 1")
    void header() {
        assertThatThrownBy(() -> imports.importCsv(RosterKind.ORGANISATIONS, ""))
                .isInstanceOfSatisfying(RosterValidationException.class,
                        e -> assertThat(e.errors()).singleElement().extracting(RowError::line).isEqualTo(1L));
        String extra = ORGS.replaceFirst("local_authorities", "local_authorities,colour");
        assertThatThrownBy(() -> imports.importCsv(RosterKind.ORGANISATIONS, extra))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new RowError(1, "colour", "unknown column for organisations")));
        String missing = "code,name\nRIT-A,A\n";
        assertThatThrownBy(() -> imports.importCsv(RosterKind.ORGANISATIONS, missing))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::column).contains("type", "region_code", "local_authorities"));
        assertThat(register.allOrganisations()).extracting(Organisation::code).doesNotContain("RIT-A");
    }

    static final String CONSULTANT_HEADER = "employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,"
            + "fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id\n";

    @Test
    @DisplayName("clean text in: control and bidi-override characters, dates outside 1900–2100, consultant_since in the future, "
            + "fte with three decimals and a weighted population of 1E+20 are refused naming line and column")
    void cleanTextIn() {
        String orgs = ORGS + "RIT-BIG,Big PCT,PCT,RIT,RIT-N,RIT-CL,1E+20,\n";
        assertThatThrownBy(() -> imports.importCsv(RosterKind.ORGANISATIONS, orgs))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "weighted_population")));
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS.replace("RIT-SHA,Test SHA,SHA", "RIT-SHA,Test trust,NHS_TRUST"));
        String file = CONSULTANT_HEADER
                + "RIT-C1,Dr \u0007Bell,F,WHITE,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,\n"
                + "RIT-C2,Dr \u202Etxet,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,\n"
                + "RIT-C3,Dr C,M,ASIAN,RIT-SHA,Cardiology,9999-12-31,1.0,true,,,,,false,\n"
                + "RIT-C4,Dr D,M,ASIAN,RIT-SHA,Cardiology,2099-01-01,1.0,true,,,,,false,\n"
                + "RIT-C5,Dr E,M,ASIAN,RIT-SHA,Cardiology,1899-12-31,1.0,true,,,,,false,\n"
                + "RIT-C6,Dr F,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,0.105,true,,,,,false,\n"
                + "RIT-C7,Dr G,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,0.50,true,3,0215-04-01,,,false,\n";
        assertThatThrownBy(() -> imports.importCsv(RosterKind.CONSULTANTS, file))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "name"),
                                org.assertj.core.groups.Tuple.tuple(3L, "name"),
                                org.assertj.core.groups.Tuple.tuple(4L, "consultant_since"),
                                org.assertj.core.groups.Tuple.tuple(5L, "consultant_since"),
                                org.assertj.core.groups.Tuple.tuple(6L, "consultant_since"),
                                org.assertj.core.groups.Tuple.tuple(7L, "fte"),
                                org.assertj.core.groups.Tuple.tuple(8L, "lcea_last_point_date")));
        assertThat(register.consultant("RIT-C7")).isEmpty();
    }

    @Test
    @DisplayName("a roster user_id must be an existing login and not an administrator: hr.hughes-like typos, admin and no.such.user are refused")
    void userIdsNameRealPeople() {
        imports.importCsv(RosterKind.ORGANISATIONS, ORGS.replace("RIT-SHA,Test SHA,SHA", "RIT-SHA,Test trust,NHS_TRUST"));
        var identity = processEngine.getIdentityService();
        identity.saveUser(identity.newUser("rit.admin"));
        identity.saveUser(identity.newUser("rit.cons"));
        if (identity.createGroupQuery().groupId("camunda-admin").count() == 0) {
            var g = identity.newGroup("camunda-admin");
            identity.saveGroup(g);
        }
        identity.createMembership("rit.admin", "camunda-admin");
        try {
            String file = CONSULTANT_HEADER
                    + "RIT-C1,Dr A,F,WHITE,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,rit.admin\n"
                    + "RIT-C2,Dr B,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,no.such.user\n"
                    + "RIT-C3,Dr C,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,rit.cons\n";
            assertThatThrownBy(() -> imports.importCsv(RosterKind.CONSULTANTS, file))
                    .isInstanceOfSatisfying(RosterValidationException.class, e -> assertThat(e.errors())
                            .extracting(RowError::line, RowError::column)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "user_id"),
                                    org.assertj.core.groups.Tuple.tuple(3L, "user_id")));
            assertThat(imports.importCsv(RosterKind.CONSULTANTS, CONSULTANT_HEADER
                    + "RIT-C3,Dr C,M,ASIAN,RIT-SHA,Cardiology,2010-01-01,1.0,true,,,,,false,rit.cons\n"))
                    .isEqualTo(new ImportResult(1, 0));
        } finally {
            identity.deleteUser("rit.admin");
            identity.deleteUser("rit.cons");
        }
    }

    @Test
    @DisplayName("a refused roster lists at most the first 1,000 errors, and how many there are in all")
    void errorsAreCapped() {
        StringBuilder file = new StringBuilder(CONSULTANT_HEADER);
        for (int i = 0; i < 1500; i++) {
            file.append("RIT-X").append(i).append(",Dr X,F,WHITE,NOWHERE,Cardiology,2010-01-01,1.0,true,,,,,false,\n");
        }
        assertThatThrownBy(() -> imports.importCsv(RosterKind.CONSULTANTS, file.toString()))
                .isInstanceOfSatisfying(RosterValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(1000);
                    assertThat(e.total()).isEqualTo(1500);
                    assertThat(e.errors().get(0).line()).isEqualTo(2L);
                });
    }

    @Test
    @DisplayName("the demo rosters shipped with the application are valid and load twice without change")
    void demoRostersAreValid() throws Exception {
        boolean presentBefore = register.organisation("PCT-ASH").isPresent();
        // roster user ids must name existing logins: the demo's, as the default run creates them first
        List<String> created = new java.util.ArrayList<>();
        for (String kind : List.of("executives", "board-members", "consultants")) {
            String csv = new org.springframework.core.io.ClassPathResource("demo/" + kind + ".csv")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            int column = List.of(lines.get(0).split(",")).indexOf("user_id");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String userId = cells.length > column ? cells[column].trim() : "";
                if (!userId.isEmpty() && processEngine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
                    processEngine.getIdentityService().saveUser(processEngine.getIdentityService().newUser(userId));
                    created.add(userId);
                }
            }
        }
        List<RosterKind> order = List.of(RosterKind.ORGANISATIONS, RosterKind.EXECUTIVES, RosterKind.BOARD_MEMBERS,
                RosterKind.CONSULTANTS);
        for (RosterKind kind : order) {
            String csv = new org.springframework.core.io.ClassPathResource("demo/" + kind.urlName() + ".csv")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            imports.importCsv(kind, csv);
            assertThat(imports.importCsv(kind, csv)).isEqualTo(new ImportResult(0, 0));
        }
        assertThat(register.clusterOrganisations("CL-NORTH")).extracting(Organisation::code)
                .containsExactly("CT-CAR", "PCT-ASH", "PCT-BEL");
        if (!presentBefore) {
            jdbcTemplate.update("DELETE FROM consultant WHERE employer_code IN ('TR-NBH','TR-WES')");
            jdbcTemplate.update("DELETE FROM board_member WHERE member_id LIKE 'BM-%'");
            jdbcTemplate.update("DELETE FROM executive WHERE employee_id LIKE 'E-%'");
            jdbcTemplate.update("DELETE FROM organisation WHERE type <> 'LOCAL_AUTHORITY' AND code IN "
                    + "('PCT-ASH','PCT-BEL','CT-CAR','PCT-EAS','PCT-FEN','ALB-NHSI','TR-NBH','TR-WES','SHA-NB')");
            jdbcTemplate.update("DELETE FROM organisation WHERE code IN ('LA-CAR','LA-DUN')");
        }
        created.forEach(processEngine.getIdentityService()::deleteUser);
    }
}
