package uk.nhs.workforce.awards.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * The collections the model's multi-instance activities and candidate lists iterate, read from the
 * round's tables so no large list has to live in a process variable.
 */
@Component("lceaRoundCollections")
public class RoundCollections {

    private final RoundRepository rounds;
    private final Register register;

    public RoundCollections(RoundRepository rounds, Register register) {
        this.rounds = rounds;
        this.register = register;
    }

    /** The applications to score, one committee scoring sub-process each. */
    public List<String> applications(DelegateExecution execution) {
        return rounds.applications(execution.getProcessInstanceId()).stream()
                .map(RoundRepository.StoredApplication::applicationId).toList();
    }

    /** Every member of the awards committee scores every application (issue 5 step 4). */
    public List<String> committee(DelegateExecution execution) {
        Object members = execution.getVariable("committeeMembers");
        return members == null || members.toString().isBlank() ? List.of()
                : Arrays.stream(members.toString().split(",")).map(String::trim).toList();
    }

    /** Consultants with a login who may apply (or appeal) themselves; medical staffing acts for the rest. */
    public List<String> consultantUsers(DelegateExecution execution) {
        int awardYear = ((Number) execution.getVariable("awardYear")).intValue();
        List<String> users = new ArrayList<>();
        for (Consultant c : register.consultantsOf((String) execution.getVariable("employerCode"))) {
            if (c.userId() != null && !c.userId().isBlank() && RoundEligibility.assess(c, awardYear).eligible()) {
                users.add(c.userId());
            }
        }
        return users;
    }
}
