package uk.nhs.workforce.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.NceaLevel;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Register;
import uk.nhs.workforce.rosters.Sex;

class StartFormChoicesTest {

    private static Organisation org(String code, String name, OrganisationType type, String region, String cluster) {
        return new Organisation(code, name, type, region, null, cluster, null, List.of());
    }

    private static Consultant holder(String id, String name, String employer, Integer lcea, NceaLevel ncea) {
        return new Consultant(id, name, Sex.F, EthnicGroup.WHITE, employer, "Cardiology", LocalDate.of(2005, 1, 1),
                BigDecimal.ONE, true, lcea, lcea == null ? null : LocalDate.of(2017, 4, 1), ncea, null, false, null);
    }

    private final Register register = new Register(null) {
        @Override
        public List<Organisation> allOrganisations() {
            return List.of(org("SHA-NB", "Northbridge SHA", OrganisationType.SHA, "NB", null),
                    org("SHA-WE", "Westland SHA", OrganisationType.SHA, "WE", null),
                    org("PCT-ASH", "Ashford PCT", OrganisationType.PCT, "NB", "CL-NORTH"),
                    org("CT-CAR", "Carrow Care Trust", OrganisationType.CARE_TRUST, "NB", "CL-NORTH"),
                    org("PCT-WES", "Westfield PCT", OrganisationType.PCT, "WE", "CL-WEST"),
                    org("TR-NBH", "Northbridge Hospitals NHS Trust", OrganisationType.NHS_TRUST, "NB", null),
                    org("TR-WES", "Westland Hospitals NHS Trust", OrganisationType.NHS_TRUST, "WE", null));
        }

        @Override
        public List<String> employersWithConsultants() {
            return List.of("TR-NBH", "TR-WES");
        }

        @Override
        public List<Consultant> consultantsOf(String employerCode) {
            return employerCode.equals("TR-NBH")
                    ? List.of(StartFormChoicesTest.holder("C-001", "Dr Amelia Hart", "TR-NBH", null, null),
                            StartFormChoicesTest.holder("C-018", "Dr Rosa Alvarez", "TR-NBH", 3, null),
                            StartFormChoicesTest.holder("C-025", "Dr Yusuf Ali", "TR-NBH", null, NceaLevel.SILVER))
                    : List.of(StartFormChoicesTest.holder("C-W01", "Dr Wendy West", "TR-WES", 2, null));
        }
    };

    private final StartFormChoices choices = new StartFormChoices(register);

    @Test
    @DisplayName("G 19: clusters are offered by their PCTs, PCT boards and employers by name, with the code sent")
    void everythingForAnAdministrator() {
        assertThat(choices.choices("clusterCode", "cluster-executive-appointment", null)).containsExactly(
                new StartFormChoices.Choice("CL-NORTH: Ashford PCT, Carrow Care Trust", "CL-NORTH"),
                new StartFormChoices.Choice("CL-WEST: Westfield PCT", "CL-WEST"));
        assertThat(choices.choices("organisationCode", "board-vacancy", null)).extracting(StartFormChoices.Choice::value)
                .containsExactly("PCT-ASH", "CT-CAR", "PCT-WES");
        assertThat(choices.choices("employerCode", "lcea-annual-round", null))
                .contains(new StartFormChoices.Choice("Northbridge Hospitals NHS Trust (TR-NBH)", "TR-NBH"));
        assertThat(choices.choices("awardYear", "lcea-annual-round", null)).isEmpty();
    }

    @Test
    @DisplayName("S30 15, 22: a review offers Existing LCEA holders, a reversion NCEA holders")
    void awardHoldersPerProcess() {
        assertThat(choices.choices("employeeId", "existing-lcea-review", null)).extracting(StartFormChoices.Choice::value)
                .containsExactly("C-018", "C-W01");
        assertThat(choices.choices("employeeId", "ncea-renewal-reversion", null))
                .containsExactly(new StartFormChoices.Choice("Dr Yusuf Ali (C-025), Northbridge Hospitals NHS Trust, NCEA SILVER", "C-025"));
    }

    @Test
    @DisplayName("A member of tenants is offered only theirs: employers by code, clusters and boards by their region's SHA")
    void limitedToTheUsersTenants() {
        Set<String> northbridge = Set.of("SHA-NB", "TR-NBH");
        assertThat(choices.choices("clusterCode", "ned-rationalisation", northbridge)).extracting(StartFormChoices.Choice::value)
                .containsExactly("CL-NORTH");
        assertThat(choices.choices("employerCode", "lcea-annual-round", Set.of("TR-WES"))).extracting(StartFormChoices.Choice::value)
                .containsExactly("TR-WES");
        assertThat(choices.choices("employeeId", "existing-lcea-review", northbridge)).extracting(StartFormChoices.Choice::value)
                .containsExactly("C-018");
        assertThat(StartFormChoices.limitTo(List.of("TR-NBH"), List.of("camunda-admin"))).isNull();
        assertThat(StartFormChoices.limitTo(List.of(), List.of("medical-staffing"))).isNull();
        assertThat(StartFormChoices.limitTo(List.of("TR-NBH"), List.of("medical-staffing"))).containsExactly("TR-NBH");
    }
}
