package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.OrganisationType;

/** The select options of the panel forms: SHA executives, SHA Directors, constituent Chairs and Vice-Chairs. */
final class PanelChoices {

    private PanelChoices() {
    }

    static void set(DelegateExecution execution, Footprint footprint, PoolRoster roster, List<BoardMember> boards) {
        List<Executive> sha = roster.executives().stream()
                .filter(e -> roster.organisationOf(e) != null && roster.organisationOf(e).type() == OrganisationType.SHA
                        && footprint.inRegion(roster.organisationOf(e)))
                .toList();
        execution.setVariable("shaExecutiveOptions", VariableValues.json(CandidateList.options(sha, roster)));
        execution.setVariable("shaDirectorOptions", VariableValues.json(CandidateList.options(
                sha.stream().filter(e -> e.role() == ExecutiveRole.DIRECTOR).toList(), roster)));
        List<Map<String, String>> chairs = new ArrayList<>();
        boards.stream()
                .filter(b -> b.role() == BoardRole.CHAIR || b.role() == BoardRole.VICE_CHAIR)
                .forEach(b -> {
                    if (chairs.stream().noneMatch(o -> o.get("value").equals(b.personId()))) {
                        String org = footprint.constituents().stream().filter(o -> o.code().equals(b.organisationCode()))
                                .map(o -> o.name()).findFirst().orElse(b.organisationCode());
                        chairs.add(CandidateList.option(b.name() + " – " + (b.role() == BoardRole.CHAIR ? "Chair" : "Vice-Chair")
                                + ", " + org, b.personId()));
                    }
                });
        execution.setVariable("chairOptions", VariableValues.json(chairs));
    }
}
