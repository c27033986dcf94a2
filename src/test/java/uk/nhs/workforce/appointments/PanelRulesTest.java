package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.rosters.ExecutiveRole.CHIEF_EXECUTIVE;
import static uk.nhs.workforce.rosters.ExecutiveRole.DIRECTOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Portfolio;
import uk.nhs.workforce.rosters.Sex;

class PanelRulesTest {

    private PanelRules rules;

    @BeforeEach
    void panelRoster() {
        PoolFixture f = new PoolFixture()
                .add("SHACE", "S1", CHIEF_EXECUTIVE)
                .add("SHAFD", "S1", DIRECTOR, Portfolio.FINANCE, true, false, null)
                .add("SHAND", "S1", DIRECTOR, Portfolio.NURSING, true, false, null)
                .add("PCTCE", "P1", CHIEF_EXECUTIVE)
                .add("OTHERSHA", "S2", CHIEF_EXECUTIVE);
        List<BoardMember> boards = List.of(
                seat("m1", "chairP1", "P1", BoardRole.CHAIR),
                seat("m2", "viceP1", "P1", BoardRole.VICE_CHAIR),
                seat("m3", "chairCT1", "CT1", BoardRole.CHAIR),
                seat("m4", "viceCT1", "CT1", BoardRole.VICE_CHAIR),
                seat("m5", "nedP1", "P1", BoardRole.NON_EXECUTIVE));
        rules = new PanelRules(f.footprint("CN"), f.roster(), boards);
    }

    private static BoardMember seat(String member, String person, String org, BoardRole role) {
        return new BoardMember(member, person, "Name " + person, Sex.M, EthnicGroup.WHITE, person + ".user", org, role,
                null, AppraisalRating.GOOD, LocalDate.of(2030, 1, 1));
    }

    @Test
    @DisplayName("G 25 a panel of the SHA CE, a further assessor and every constituent PCT Chair is lawful")
    void lawfulCePanel() {
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("chairP1", "chairCT1"), null))).isEmpty();
    }

    @Test
    @DisplayName("G 25 a Vice-Chair may represent their Chair")
    void viceChairRepresents() {
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("chairP1", "viceCT1"), null))).isEmpty();
    }

    @Test
    @DisplayName("G 25 a board with neither Chair nor Vice-Chair on the panel needs a reason and another constituent Chair named to represent it")
    void missingChairNeedsRepresentative() {
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("chairP1"), " ")))
                .hasSize(2).allMatch(p -> p.contains("CT1 name") && p.contains("G 25"));
        // a reason alone is not enough: G 25 allows only another constituent Chair to represent them
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("chairP1"),
                "Chair of CT1 on leave"))).singleElement().asString().startsWith("Representation");
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("chairP1"),
                "Chair of CT1 on leave", Map.of("CT1", "chairP1")))).isEmpty();
        // a Vice-Chair may stand in for their own Chair, not represent another PCT
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("viceP1"),
                "Chair of CT1 on leave", Map.of("CT1", "viceP1")))).singleElement().asString().contains("not the Chair");
    }

    @Test
    @DisplayName("G 25 no one assesses a pool they are in: the SHA CE pooled at stage 2 is refused naming both; a deputy outside the pools is not")
    void noOneJudgesTheirOwnPool() {
        var pooled = PanelIndependence.pools("Chief Executive", List.of("PCTCE"), List.of("SHACE", "SHAFD"));
        assertThat(PanelIndependence.refusal(Map.of("assessorId", "SHACE"), pooled, Map.of(), id -> "Name " + id))
                .get().asString().startsWith("assessorId: Name SHACE").contains("Chief Executive stage-2 pool")
                .contains("nominated deputy");
        assertThat(PanelIndependence.refusal(Map.of("assessorId", "SHAND"), pooled, Map.of(), id -> id)).isEmpty();
        assertThat(PanelIndependence.refusal(Map.of("furtherAssessorId", "SHAND"), pooled,
                Map.of("SHAND", List.of("PCTCE")), id -> "Name " + id)).get().asString()
                .contains("conflict of interest with Name PCTCE").contains("substitute");
    }

    @Test
    @DisplayName("G 25 the assessor must be the SHA CE, or an SHA executive recorded as their nominated deputy")
    void assessor() {
        assertThat(rules.ceProblems(new CePanel("PCTCE", false, "SHAFD", List.of("chairP1", "chairCT1"), null)))
                .singleElement().asString().startsWith("Assessor");
        assertThat(rules.ceProblems(new CePanel("SHAND", false, "SHAFD", List.of("chairP1", "chairCT1"), null)))
                .singleElement().asString().startsWith("Assessor");
        assertThat(rules.ceProblems(new CePanel("SHAND", true, "SHAFD", List.of("chairP1", "chairCT1"), null))).isEmpty();
        assertThat(rules.ceProblems(new CePanel("OTHERSHA", false, "SHAFD", List.of("chairP1", "chairCT1"), null)))
                .singleElement().asString().startsWith("Assessor");
    }

    @Test
    @DisplayName("G 25 a further assessor, different from the assessor, is required")
    void furtherAssessor() {
        assertThat(rules.ceProblems(new CePanel("SHACE", false, null, List.of("chairP1", "chairCT1"), null)))
                .singleElement().asString().startsWith("Further assessor");
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHACE", List.of("chairP1", "chairCT1"), null)))
                .singleElement().asString().startsWith("Further assessor");
    }

    @Test
    @DisplayName("G 25 a non-executive who is not Chair or Vice-Chair cannot represent a PCT Chair")
    void nedCannotRepresent() {
        assertThat(rules.ceProblems(new CePanel("SHACE", false, "SHAFD", List.of("nedP1", "chairCT1"), null)))
                .hasSize(3).anyMatch(p -> p.contains("nedP1"));
    }

    @Test
    @DisplayName("Panel ids naming nobody on the rosters are reported as unknown")
    void unknownMembers() {
        assertThat(rules.unknownMembers(List.of("SHACE", "chairP1", "ghost"))).containsExactly("ghost");
        assertThat(rules.member("chairP1")).get().extracting(PanelMember::userId).isEqualTo("chairP1.user");
    }

    @Test
    @DisplayName("G 29 a Director panel of a PCT Chair, the cluster CE, the appropriate SHA Director and another assessor is lawful")
    void lawfulDirectorPanel() {
        assertThat(rules.directorProblems(new DirectorPanel("chairP1", "PCTCE", "SHAFD", "SHACE"), Portfolio.FINANCE, "PCTCE"))
                .isEmpty();
        assertThat(rules.directorProblems(new DirectorPanel("viceCT1", "PCTCE", "SHAND", "SHACE"), Portfolio.NURSING, "PCTCE"))
                .isEmpty();
    }

    @Test
    @DisplayName("G 29 the appropriate SHA Director is the SHA's Director of the post's portfolio where there is one")
    void appropriateShaDirector() {
        assertThat(rules.directorProblems(new DirectorPanel("chairP1", "PCTCE", "SHAND", "SHACE"), Portfolio.FINANCE, "PCTCE"))
                .singleElement().asString().contains("Name SHAFD");
        // no SHA Medical Director: any SHA Director is appropriate
        assertThat(rules.directorProblems(new DirectorPanel("chairP1", "PCTCE", "SHAND", "SHACE"), Portfolio.MEDICAL, "PCTCE"))
                .isEmpty();
    }

    @Test
    @DisplayName("G 29 the cluster CE must be the one appointed; the chair a constituent Chair; the other assessor distinct")
    void directorPanelProblems() {
        assertThat(rules.directorProblems(new DirectorPanel("nedP1", "SHACE", "PCTCE", "SHAFD"), Portfolio.MEDICAL, "PCTCE"))
                .hasSize(3);
        assertThat(rules.directorProblems(new DirectorPanel("chairP1", "PCTCE", "SHAFD", "SHAFD"), Portfolio.FINANCE, "PCTCE"))
                .singleElement().asString().startsWith("Other assessor");
    }
}
