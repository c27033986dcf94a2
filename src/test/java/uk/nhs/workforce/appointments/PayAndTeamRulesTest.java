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
    @DisplayName("G 39 the equality report compares the sex and ethnic make-up of pools and appointees")
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
        assertThat(DisplacedStaff.problems(person, "COMMISSIONING_SUPPORT", false, null, null)).isEmpty();
        assertThat(DisplacedStaff.problems(person, "NONSENSE", false, null, null)).singleElement().asString()
                .startsWith("displacedOutcome");
    }

    @Test
    @DisplayName("G 31 joint PCT/LA posts need a recorded joint review; only they can be retained as joint posts")
    void jointPosts() {
        var joint = new DisplacedStaff.Person("b", "B", "P1", "Chief Executive", true);
        var plain = new DisplacedStaff.Person("a", "A", "P1", "Director", false);
        assertThat(DisplacedStaff.problems(joint, "JOINT_POST_RETAINED", false, null, null)).singleElement().asString()
                .startsWith("jointReviewNotes");
        assertThat(DisplacedStaff.problems(joint, "JOINT_POST_RETAINED", false, null, "Agreed with LA1")).isEmpty();
        assertThat(DisplacedStaff.problems(plain, "JOINT_POST_RETAINED", false, null, null)).singleElement().asString()
                .startsWith("displacedOutcome");
    }

    @Test
    @DisplayName("CONTRACT §4 start inputs: posts must include the mandatory four of G 6, each refusal names the variable")
    void startInputs() {
        var ok = AppointmentRequest.of("CN", "REGION_FIRST", List.of("FINANCE", " COMMISSIONING", "MEDICAL", "NURSING", "OTHER"),
                null, null, true);
        assertThat(ok.directorPostsText()).isEqualTo("FINANCE,COMMISSIONING,MEDICAL,NURSING,OTHER");
        assertThat(ok.notRevisited()).isFalse();
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST", List.of("FINANCE", "COMMISSIONING", "MEDICAL"),
                null, null, null)).hasMessageStartingWith("directorPosts").hasMessageContaining("NURSING");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "BOTH", List.of("FINANCE"), null, null, null))
                .hasMessageStartingWith("poolingOption");
        assertThatThrownBy(() -> AppointmentRequest.of(" ", "CLUSTER_FIRST", List.of("FINANCE"), null, null, null))
                .hasMessageStartingWith("clusterCode");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST", List.of("FINANCE", "HR"), null, null, null))
                .hasMessageStartingWith("directorPosts").hasMessageContaining("HR");
        assertThatThrownBy(() -> AppointmentRequest.of("CN", "CLUSTER_FIRST",
                List.of("FINANCE", "COMMISSIONING", "MEDICAL", "NURSING"), "yes", null, null))
                .hasMessageStartingWith("establishedArrangements");
    }

    @Test
    @DisplayName("G 20 established arrangements are not revisited unless the SHA and NHS CE agreed further change")
    void establishedArrangements() {
        var posts = List.of("FINANCE", "COMMISSIONING", "MEDICAL", "NURSING");
        assertThat(AppointmentRequest.of("CN", "CLUSTER_FIRST", posts, true, null, null).notRevisited()).isTrue();
        assertThat(AppointmentRequest.of("CN", "CLUSTER_FIRST", posts, true, true, null).notRevisited()).isFalse();
        assertThat(AppointmentRequest.of("CN", "CLUSTER_FIRST", posts, "false", null, null).notRevisited()).isFalse();
    }
}
