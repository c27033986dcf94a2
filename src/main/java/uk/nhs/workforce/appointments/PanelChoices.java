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
        // assessors may come from outside the SHA (an ALB executive, say) where the SHA's own are pooled
        List<Executive> assessors = new ArrayList<>(sha);
        roster.executives().stream()
                .filter(e -> roster.organisationOf(e) != null && roster.organisationOf(e).type() == OrganisationType.ALB)
                .forEach(assessors::add);
        execution.setVariable("assessorOptions", VariableValues.json(CandidateList.options(assessors, roster)));
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
        // G 25: a PCT whose own Chair and Vice-Chair cannot sit may be represented by another constituent Chair
        List<Map<String, String>> representations = new ArrayList<>();
        for (var pct : footprint.constituents()) {
            boards.stream().filter(b -> b.role() == BoardRole.CHAIR && !b.organisationCode().equals(pct.code()))
                    .forEach(b -> representations.add(CandidateList.option(pct.name() + " represented by " + b.name()
                            + " (Chair, " + footprint.constituents().stream().filter(o -> o.code().equals(b.organisationCode()))
                            .map(o -> o.name()).findFirst().orElse(b.organisationCode()) + ")",
                            pct.code() + "|" + b.personId())));
        }
        execution.setVariable("representationOptions", VariableValues.json(representations));
    }
}
