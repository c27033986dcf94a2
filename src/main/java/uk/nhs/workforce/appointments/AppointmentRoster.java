package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Register;

/** What the appointment process reads from the rosters, and the one roster change it makes (G 34). */
@Repository
public class AppointmentRoster {

    private final Register register;
    private final NamedParameterJdbcTemplate jdbc;

    public AppointmentRoster(Register register, NamedParameterJdbcTemplate jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    /** @throws IllegalArgumentException naming clusterCode when the cluster is unknown */
    public Footprint footprint(String clusterCode) {
        return Footprint.of(clusterCode, register.clusterOrganisations(clusterCode));
    }

    public PoolRoster poolRoster() {
        return PoolRoster.of(register.allOrganisations(), register.allExecutives());
    }

    public List<BoardMember> constituentBoards(Footprint footprint) {
        return register.boardMembersOf(footprint.constituentCodes());
    }

    public PanelRules panelRules(Footprint footprint) {
        return new PanelRules(footprint, poolRoster(), constituentBoards(footprint));
    }

    public String organisationName(String code) {
        return register.organisation(code).map(Organisation::name).orElse(code);
    }

    public java.util.Optional<Executive> executive(String employeeId) {
        return register.executive(employeeId);
    }

    /** G 34: declares the given CEs and Directors "at risk" on the executives roster. */
    public void markAtRisk(Collection<String> employeeIds) {
        if (!employeeIds.isEmpty()) {
            jdbc.update("UPDATE executive SET at_risk = TRUE WHERE employee_id IN (:ids)", Map.of("ids", employeeIds));
        }
    }
}
