package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Sex;

class PayAndTeamRulesTest {

    private final PayRules pay = new PayRules(new BigDecimal("142500"));

    @Test
    @DisplayName("G 35 a salary exceeding £142,500 needs HM Treasury approval; exactly £142,500 does not")
    void treasuryThreshold() {
        assertThat(pay.needsTreasuryApproval(new BigDecimal("142500.01"))).isTrue();
        assertThat(pay.needsTreasuryApproval(new BigDecimal("142500"))).isFalse();
        assertThat(pay.needsTreasuryApproval(new BigDecimal("120000"))).isFalse();
    }

    @Test
    @DisplayName("G 35 the threshold is a setting")
    void thresholdIsASetting() {
        assertThat(new PayRules(new BigDecimal("150000")).needsTreasuryApproval(new BigDecimal("145000"))).isFalse();
        assertThatThrownBy(() -> pay.needsTreasuryApproval(BigDecimal.ZERO)).hasMessageContaining("proposedSalary");
    }

    private static Appointee appointee(String id, Sex sex, EthnicGroup eg, boolean laExperience) {
        return new Appointee("X", id, "Name " + id, "Org", sex, eg, laExperience, false, 1);
    }

    @Test
    @DisplayName("A 3.3 a cluster with a care trust needs someone in the team with local authority health experience")
    void careTrustGap() {
        PoolFixture f = new PoolFixture();
        var gap = CareTrustExperienceCheck.check(f.footprint("CN"), List.of(appointee("a", Sex.F, EthnicGroup.WHITE, false)));
        assertThat(gap.gap()).isTrue();
        assertThat(gap.careTrusts()).containsExactly("CT1 name");
        assertThat(gap.localAuthorities()).containsExactly("LA1");
        var met = CareTrustExperienceCheck.check(f.footprint("CN"), List.of(appointee("a", Sex.F, EthnicGroup.WHITE, false),
                appointee("b", Sex.M, EthnicGroup.ASIAN, true)));
        assertThat(met.gap()).isFalse();
        assertThat(met.experiencedMembers()).containsExactly("Name b");
    }

    @Test
    @DisplayName("A 3.3 a cluster without a care trust has no such requirement")
    void noCareTrust() {
        assertThat(CareTrustExperienceCheck.check(new PoolFixture().footprint("CS"), List.of()).gap()).isFalse();
    }

    @Test
    @DisplayName("G 39 the equality report counts each group by sex and ethnic group; BME is MIXED, ASIAN, BLACK, OTHER")
    void equalityReport() {
        var pooled = List.of(new EqualityReport.Person("1", Sex.F, EthnicGroup.BLACK),
                new EqualityReport.Person("2", Sex.M, EthnicGroup.WHITE),
                new EqualityReport.Person("3", Sex.F, EthnicGroup.WHITE),
                new EqualityReport.Person("4", Sex.M, EthnicGroup.NOT_STATED));
        var appointed = List.of(new EqualityReport.Person("2", Sex.M, EthnicGroup.WHITE));
        EqualityReport r = EqualityReport.of(pooled, appointed);
        assertThat(r.pooled().total()).isEqualTo(4);
        assertThat(r.pooled().bySex()).containsEntry(Sex.F, 2).containsEntry(Sex.M, 2).containsEntry(Sex.NOT_STATED, 0);
        assertThat(r.pooled().byEthnicGroup()).containsEntry(EthnicGroup.BLACK, 1).containsEntry(EthnicGroup.WHITE, 2);
        assertThat(r.pooled().womenShare()).isEqualTo(0.5);
        assertThat(r.pooled().bmeShare()).isEqualTo(0.25);
        assertThat(r.appointed().womenShare()).isZero();
        assertThat(r.womenRepresentationLessened()).isTrue();
        assertThat(r.bmeRepresentationLessened()).isTrue();
        EqualityReport fair = EqualityReport.of(pooled, List.of(pooled.get(0)));
        assertThat(fair.womenRepresentationLessened()).isFalse();
        assertThat(fair.bmeRepresentationLessened()).isFalse();
    }

    private static Executive exec(String id, boolean joint) {
        return new Executive(id, "Name " + id, Sex.F, EthnicGroup.WHITE, null, "P1", ExecutiveRole.DIRECTOR,
                uk.nhs.workforce.rosters.Portfolio.FINANCE, true, false, null, joint, false, true);
    }

    @Test
    @DisplayName("G 30 every at-risk CE or Director not appointed is displaced; joint LA posts are flagged (G 31)")
    void displaced() {
        var people = DisplacedStaff.displaced(List.of(exec("b", true), exec("a", false), exec("c", false)), Set.of("c"),
                code -> code + " name");
        assertThat(people).extracting(DisplacedStaff.Person::employeeId).containsExactly("a", "b");
        assertThat(people.get(1).jointLaPost()).isTrue();
        assertThat(people.get(0).organisation()).isEqualTo("P1 name");
    }

    @Test
    @DisplayName("G 30 redundancy is last: alternatives explored and a reason are required")
    void redundancyLast() {
        var person = new DisplacedStaff.Person("a", "A", "P1", "Director", false);
        assertThat(DisplacedStaff.problems(person, "REDUNDANCY", false, null, null)).hasSize(2)
                .anyMatch(p -> p.startsWith("alternativesExplored")).anyMatch(p -> p.startsWith("redundancyReason"));
        assertThat(DisplacedStaff.problems(person, "REDUNDANCY", true, "No suitable role", null)).isEmpty();
        assertThat(DisplacedStaff.problems(person, "REMAINS_IN_PCT_ROLE", false, null, null)).isEmpty();
        assertThat(DisplacedStaff.problems(person, "NONSENSE", false, null, null)).singleElement().asString()
                .startsWith("displacedOutcome");
    }

    @Test
    @DisplayName("G 31 joint PCT/LA posts need a recorded joint review")
    void jointPosts() {
        var joint = new DisplacedStaff.Person("b", "B", "P1", "Chief Executive", true);
        assertThat(DisplacedStaff.problems(joint, "REMAINS_IN_PCT_ROLE", false, null, null)).singleElement().asString()
                .startsWith("jointReviewNotes");
        assertThat(DisplacedStaff.problems(joint, "REMAINS_IN_PCT_ROLE", false, null, "Agreed with LA1")).isEmpty();
    }

    @Test
    @DisplayName("CONTRACT §4 start inputs: posts must include the mandatory four of G 6, each refusal names the variable")
    void startInputs() {
        var ok = AppointmentRequest.of("CN", "REGION_FIRST", List.of("FINANCE", " COMMISSIONING", "MEDICAL", "NURSING", "OTHER"),
                null);
        assertThat(ok.directorPostsText()).isEqualTo("FINANCE,COMMISSIONING,MEDICAL,NURSING,OTHER");
        assertThat(ok.establishedArrangements()).isFalse();
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST", List.of("FINANCE", "COMMISSIONING", "MEDICAL"),
                null)).hasMessageStartingWith("directorPosts").hasMessageContaining("NURSING");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "BOTH", List.of("FINANCE"), null))
                .hasMessageStartingWith("poolingOption");
        assertThatThrownBy(() -> AppointmentRequest.of(" ", "CLUSTER_FIRST", List.of("FINANCE"), null))
                .hasMessageStartingWith("clusterCode");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST", List.of("FINANCE", "HR"), null))
                .hasMessageStartingWith("directorPosts").hasMessageContaining("HR");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST",
                List.of("FINANCE", "COMMISSIONING", "MEDICAL", "NURSING"), "yes"))
                .hasMessageStartingWith("establishedArrangements");
    }

    @Test
    @DisplayName("G 39 'lessened' is measured against those who held the senior posts before, not against the pools")
    void lessenedAgainstPreviousPostHolders() {
        var before = List.of(new EqualityReport.Person("1", Sex.F, EthnicGroup.WHITE),
                new EqualityReport.Person("2", Sex.M, EthnicGroup.WHITE));
        var pooled = List.of(new EqualityReport.Person("3", Sex.F, EthnicGroup.BLACK),
                new EqualityReport.Person("4", Sex.F, EthnicGroup.ASIAN), before.get(0), before.get(1));
        var appointed = List.of(new EqualityReport.Person("1", Sex.F, EthnicGroup.WHITE),
                new EqualityReport.Person("2", Sex.M, EthnicGroup.WHITE));
        EqualityReport r = EqualityReport.of("DRAFT", before, pooled, List.of(pooled.get(0)), appointed);
        // the pool is 75% women and 50% BME, but the posts were held by one woman and no BME person
        assertThat(r.womenRepresentationLessened()).isFalse();
        assertThat(r.bmeRepresentationLessened()).isFalse();
        assertThat(r.shortlisted().total()).isEqualTo(1);
        assertThat(r.status()).isEqualTo("DRAFT");
        EqualityReport fewer = EqualityReport.of("FINAL", before, pooled, List.of(), List.of(before.get(1)));
        assertThat(fewer.womenRepresentationLessened()).isTrue();
    }

    @Test
    @DisplayName("G 30 outcomes: remains in PCT role, redeployed, secondment and other need details where they say where; pending is allowed")
    void fullOutcomes() {
        var person = new DisplacedStaff.Person("a", "A", "P1", "Director", false);
        assertThat(DisplacedStaff.problems(person, "REMAINS_IN_PCT_ROLE", false, null, null, null)).isEmpty();
        assertThat(DisplacedStaff.problems(person, "PENDING", false, null, null, null)).isEmpty();
        assertThat(DisplacedStaff.problems(person, "REDEPLOYED", false, null, null, null)).singleElement().asString()
                .startsWith("outcomeDetails");
        assertThat(DisplacedStaff.problems(person, "OTHER", false, null, null, "Career break")).isEmpty();
        assertThat(DisplacedStaff.problems(person, "APPOINTED", false, null, null, null)).singleElement().asString()
                .startsWith("displacedOutcome");
    }

    @Test
    @DisplayName("G 31 a joint PCT/LA post holder gets a joint review whether or not appointed; other winners are not displaced")
    void jointReviewEitherWay() {
        var people = DisplacedStaff.needingOutcome(List.of(exec("a", false), exec("b", true), exec("c", false)),
                java.util.Map.of("b", "Chief Executive of cluster CN", "c", "Director of Finance of cluster CS"),
                code -> code + " name");
        assertThat(people).extracting(DisplacedStaff.Person::employeeId).containsExactly("a", "b");
        assertThat(people.get(1).appointedTo()).isEqualTo("Chief Executive of cluster CN");
        assertThat(DisplacedStaff.problems(people.get(1), "APPOINTED", false, null, null, null)).singleElement().asString()
                .startsWith("jointReviewNotes");
        assertThat(DisplacedStaff.problems(people.get(1), "APPOINTED", false, null, "Joint post kept", null)).isEmpty();
    }
}
