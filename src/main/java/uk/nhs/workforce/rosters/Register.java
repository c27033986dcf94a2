package uk.nhs.workforce.rosters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read access to the rosters for the feature packages: organisations, executives, board members and
 * consultants as the last upload (and the processes' own updates) left them. Features that change a
 * roster row do so through their own small repositories.
 */
@Repository
public class Register {

    private final NamedParameterJdbcTemplate jdbc;

    public Register(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> organisation(String code) {
        return jdbc.query("SELECT * FROM organisation WHERE code = :code", Map.of("code", code),
                RosterRowMappers.ORGANISATION).stream().findFirst();
    }

    public List<Organisation> allOrganisations() {
        return jdbc.query("SELECT * FROM organisation ORDER BY code", RosterRowMappers.ORGANISATION);
    }

    /** The organisations (PCTs and care trusts) of a cluster, ordered by code. */
    public List<Organisation> clusterOrganisations(String clusterCode) {
        return jdbc.query("SELECT * FROM organisation WHERE cluster_code = :c ORDER BY code",
                Map.of("c", clusterCode), RosterRowMappers.ORGANISATION);
    }

    public List<Organisation> regionOrganisations(String regionCode) {
        return jdbc.query("SELECT * FROM organisation WHERE region_code = :r ORDER BY code",
                Map.of("r", regionCode), RosterRowMappers.ORGANISATION);
    }

    public List<Executive> allExecutives() {
        return jdbc.query("SELECT * FROM executive ORDER BY employee_id", RosterRowMappers.EXECUTIVE);
    }

    public Optional<Executive> executive(String employeeId) {
        return jdbc.query("SELECT * FROM executive WHERE employee_id = :id", Map.of("id", employeeId),
                RosterRowMappers.EXECUTIVE).stream().findFirst();
    }

    public List<Executive> executivesOf(Collection<String> organisationCodes) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM executive WHERE organisation_code IN (:codes) ORDER BY employee_id",
                Map.of("codes", organisationCodes), RosterRowMappers.EXECUTIVE);
    }

    public List<BoardMember> boardMembersOf(Collection<String> organisationCodes) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM board_member WHERE organisation_code IN (:codes) ORDER BY member_id",
                Map.of("codes", organisationCodes), RosterRowMappers.BOARD_MEMBER);
    }

    public Optional<Consultant> consultant(String employeeId) {
        return jdbc.query("SELECT * FROM consultant WHERE employee_id = :id", Map.of("id", employeeId),
                RosterRowMappers.CONSULTANT).stream().findFirst();
    }

    public List<Consultant> consultantsOf(String employerCode) {
        return jdbc.query("SELECT * FROM consultant WHERE employer_code = :e ORDER BY employee_id",
                Map.of("e", employerCode), RosterRowMappers.CONSULTANT);
    }

    /** The employee ids of an employer's consultants, ordered: how bulk work is split into chunks. */
    public List<String> consultantIdsOf(String employerCode) {
        return jdbc.queryForList("SELECT employee_id FROM consultant WHERE employer_code = :e ORDER BY employee_id",
                Map.of("e", employerCode), String.class);
    }

    /** An employer's consultants whose employee id lies between two ids (inclusive), ordered: one chunk of bulk work. */
    public List<Consultant> consultantsOf(String employerCode, String firstEmployeeId, String lastEmployeeId) {
        return jdbc.query("SELECT * FROM consultant WHERE employer_code = :e AND employee_id BETWEEN :f AND :l"
                + " ORDER BY employee_id", Map.of("e", employerCode, "f", firstEmployeeId, "l", lastEmployeeId),
                RosterRowMappers.CONSULTANT);
    }

    /** Employers that have at least one consultant, ordered by code. */
    public List<String> employersWithConsultants() {
        return jdbc.getJdbcOperations().queryForList(
                "SELECT DISTINCT employer_code FROM consultant ORDER BY employer_code", String.class);
    }
}
