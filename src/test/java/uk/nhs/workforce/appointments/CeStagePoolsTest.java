package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.workforce.appointments.PoolFixture.ids;
import static uk.nhs.workforce.rosters.ExecutiveRole.ASSOCIATE_DIRECTOR;
import static uk.nhs.workforce.rosters.ExecutiveRole.CHIEF_EXECUTIVE;
import static uk.nhs.workforce.rosters.ExecutiveRole.DIRECTOR;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Portfolio;

class CeStagePoolsTest {

    private PoolFixture f;

    @BeforeEach
    void roster() {
        f = new PoolFixture()
                .add("E01", "P1", CHIEF_EXECUTIVE)
                .add("E02", "CT1", CHIEF_EXECUTIVE)
                .add("E03", "P2", CHIEF_EXECUTIVE)
                .add("E04", "P3", CHIEF_EXECUTIVE)
                .add("E05", "P9", CHIEF_EXECUTIVE)               // other region
                .add("E06", "P1", CHIEF_EXECUTIVE, null, false, false, null) // interim, not substantive
                .add("E07", "P2", CHIEF_EXECUTIVE, null, true, true, null)   // seconded out
                .add("E10", "S1", CHIEF_EXECUTIVE)
                .add("E11", "S1", DIRECTOR, Portfolio.FINANCE, true, false, null)
                .add("E12", "S1", ASSOCIATE_DIRECTOR, Portfolio.NURSING, true, false, null)
                .add("E13", "S1", DIRECTOR, Portfolio.MEDICAL, false, false, null)
                .add("E20", "ALB", CHIEF_EXECUTIVE, null, true, false, "R1")
                .add("E21", "ALB", CHIEF_EXECUTIVE, null, true, false, "R2")
                .add("E22", "ALB", CHIEF_EXECUTIVE, null, true, false, null)
                .add("E23", "ALB", DIRECTOR, Portfolio.FINANCE, true, false, "R1")
                .add("E30", "S2", CHIEF_EXECUTIVE)
                .add("E31", "P1", DIRECTOR, Portfolio.FINANCE, true, false, null);
    }

    @Test
    @DisplayName("G 23 CLUSTER_FIRST stage 1: substantive PCT and care-trust CEs of the cluster only")
    void clusterFirstStage1() {
        assertThat(ids(CeStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E01", "E02");
    }

    @Test
    @DisplayName("G 24 a CE seconded out of their substantive role is pooled at stage 1")
    void secondedOutAtStage1() {
        assertThat(ids(CeStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN2"), f.roster(), Set.of())))
                .containsExactly("E03", "E07");
    }

    @Test
    @DisplayName("G 23 non-substantive (interim) CEs are never pooled")
    void nonSubstantiveExcluded() {
        assertThat(ids(CeStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .doesNotContain("E06");
        assertThat(ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .doesNotContain("E06", "E13");
    }

    @Test
    @DisplayName("G 23 REGION_FIRST stage 1: the PCT CEs of the cluster's sub-region")
    void regionFirstStage1SubRegion() {
        assertThat(ids(CeStagePools.stage1(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E01", "E02", "E03", "E07");
    }

    @Test
    @DisplayName("G 23 REGION_FIRST stage 1: the whole region's PCT CEs where the cluster has no sub-region")
    void regionFirstStage1WholeRegion() {
        f.organisations.replaceAll(o -> o.regionCode() != null && o.regionCode().equals("R1") && o.type().isPct()
                ? new Organisation(o.code(), o.name(), o.type(), "R1", null, o.clusterCode(), null, o.localAuthorities())
                : o);
        assertThat(ids(CeStagePools.stage1(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E01", "E02", "E03", "E04", "E07");
        assertThat(ids(CeStagePools.stage2(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E10", "E11", "E20");
    }

    @Test
    @DisplayName("G 23 CLUSTER_FIRST stage 2: region PCT CEs, SHA CE, SHA Directors, ALB CEs who elected the region")
    void clusterFirstStage2() {
        assertThat(ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E01", "E02", "E03", "E04", "E07", "E10", "E11", "E20");
    }

    @Test
    @DisplayName("G 23 REGION_FIRST stage 2: SHA CE, SHA Directors, opted-in ALB CEs and the region's other PCT CEs")
    void regionFirstStage2() {
        assertThat(ids(CeStagePools.stage2(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("E04", "E10", "E11", "E20");
    }

    @Test
    @DisplayName("G 23 ALB CEs are pooled only for the region whose pool they elected")
    void albPoolElection() {
        List<String> r1 = ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of()));
        List<String> r2 = ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CX"), f.roster(), Set.of()));
        assertThat(r1).contains("E20").doesNotContain("E21", "E22", "E23");
        assertThat(r2).contains("E21", "E30", "E05").doesNotContain("E20", "E22", "E10");
    }

    @Test
    @DisplayName("G 23 SHA Associate Directors are not in the CE pool")
    void associateDirectorsNotInCePool() {
        assertThat(ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .doesNotContain("E12", "E31");
    }

    @Test
    @DisplayName("CONTRACT §4: someone already appointed in this process is not pooled again")
    void appointedNotPooledAgain() {
        assertThat(ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of("E10", "E01"))))
                .doesNotContain("E10", "E01");
    }

    @Test
    @DisplayName("CONTRACT §4: a pool lists each person once, ascending by employee id")
    void onceEachAscending() {
        // an SHA CE who also elected an ALB pool is still one person: duplicate rows collapse
        f.add("E10", "S1", uk.nhs.workforce.rosters.ExecutiveRole.CHIEF_EXECUTIVE);
        List<String> pool = ids(CeStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of()));
        assertThat(pool).doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("G 23 stage 3 is open competition: no pool")
    void stage3NoPool() {
        assertThat(CeStagePools.forStage(3, PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())).isEmpty();
    }

    @Test
    @DisplayName("An unknown cluster is refused, naming clusterCode")
    void unknownCluster() {
        assertThatThrownBy(() -> f.footprint("NOPE")).hasMessageContaining("clusterCode").hasMessageContaining("NOPE");
    }

    @Test
    @DisplayName("A cluster code naming only a non-PCT organisation is not a cluster")
    void clusterOfNonPct() {
        f.organisations.add(PoolFixture.org("LA9", OrganisationType.LOCAL_AUTHORITY, "R1", null, "ODD"));
        assertThatThrownBy(() -> f.footprint("ODD")).hasMessageContaining("clusterCode");
    }
}
