package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.appointments.PoolFixture.ids;
import static uk.nhs.workforce.rosters.ExecutiveRole.ASSOCIATE_DIRECTOR;
import static uk.nhs.workforce.rosters.ExecutiveRole.CHIEF_EXECUTIVE;
import static uk.nhs.workforce.rosters.ExecutiveRole.DIRECTOR;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.Portfolio;

class DirectorStagePoolsTest {

    private PoolFixture f;

    @BeforeEach
    void roster() {
        f = new PoolFixture()
                .add("E01", "P1", CHIEF_EXECUTIVE)
                .add("E02", "CT1", CHIEF_EXECUTIVE)
                .add("E03", "P2", CHIEF_EXECUTIVE)
                .add("E04", "P3", CHIEF_EXECUTIVE)
                .add("D01", "P1", DIRECTOR, Portfolio.FINANCE, true, false, null)
                .add("D02", "CT1", DIRECTOR, Portfolio.NURSING, true, true, null)   // seconded out
                .add("D03", "P2", DIRECTOR, Portfolio.MEDICAL, true, false, null)
                .add("D04", "P3", DIRECTOR, Portfolio.COMMISSIONING, true, false, null)
                .add("D05", "P1", DIRECTOR, Portfolio.OTHER, false, false, null)    // interim
                .add("D09", "P9", DIRECTOR, Portfolio.FINANCE, true, false, null)   // other region
                .add("A01", "S1", ASSOCIATE_DIRECTOR, Portfolio.FINANCE, true, false, null)
                .add("A02", "S1", ASSOCIATE_DIRECTOR, Portfolio.NURSING, false, false, null)
                .add("S01", "S1", DIRECTOR, Portfolio.FINANCE, true, false, null)
                .add("B01", "ALB", DIRECTOR, Portfolio.MEDICAL, true, false, "R1")
                .add("B02", "ALB", DIRECTOR, Portfolio.MEDICAL, true, false, "R2")
                .add("B03", "ALB", CHIEF_EXECUTIVE, null, true, false, "R1");
    }

    @Test
    @DisplayName("G 27 CLUSTER_FIRST stage 1: the cluster's substantive PCT Directors and its CEs unsuccessful at CE stage 1")
    void clusterFirstStage1() {
        // E01 was appointed CE, E02 unsuccessful
        assertThat(ids(DirectorStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(),
                Set.of("E01", "E02"), Set.of("E01"))))
                .containsExactly("D01", "D02", "E02");
    }

    @Test
    @DisplayName("G 27 CEs not in the CE stage 1 pool are not unsuccessful stage 1 CEs")
    void onlyStage1CesJoin() {
        // CE appointed from stage 2: the stage 1 pool was E01, E02 – both unsuccessful; E03 never pooled here
        assertThat(ids(DirectorStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(),
                Set.of("E01", "E02"), Set.of("B03"))))
                .containsExactly("D01", "D02", "E01", "E02");
    }

    @Test
    @DisplayName("G 28 a Director seconded out of their substantive role is pooled at stage 1; interim Directors are not")
    void secondedOutAndInterim() {
        var pool = ids(DirectorStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of(), Set.of()));
        assertThat(pool).contains("D02").doesNotContain("D05");
    }

    @Test
    @DisplayName("G 27 REGION_FIRST stage 1: PCT Directors and unsuccessful stage 1 CEs of the cluster's sub-region")
    void regionFirstStage1() {
        assertThat(ids(DirectorStagePools.stage1(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(),
                Set.of("E01", "E02", "E03"), Set.of("E03"))))
                .containsExactly("D01", "D02", "D03", "E01", "E02");
    }

    @Test
    @DisplayName("G 27 CLUSTER_FIRST stage 2: the region's PCT Directors, SHA Associate Directors, opted-in ALB Directors")
    void clusterFirstStage2() {
        assertThat(ids(DirectorStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("A01", "B01", "D01", "D02", "D03", "D04");
    }

    @Test
    @DisplayName("G 27 REGION_FIRST stage 2: SHA Associate Directors and opted-in ALB Directors only")
    void regionFirstStage2() {
        assertThat(ids(DirectorStagePools.stage2(PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of())))
                .containsExactly("A01", "B01");
    }

    @Test
    @DisplayName("G 27 ALB Directors are pooled only for the region they opted for; SHA Directors and ALB CEs are not Director-pool staff")
    void albElectionAndShaDirectors() {
        var pool = ids(DirectorStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(), Set.of()));
        assertThat(pool).doesNotContain("B02", "S01", "B03", "D09");
    }

    @Test
    @DisplayName("CONTRACT §4: Directors already appointed to another post, and the CE, are not pooled again")
    void noOnePooledTwice() {
        var pool = ids(DirectorStagePools.stage1(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(),
                Set.of("E01", "E02"), Set.of("E01", "D01")));
        assertThat(pool).containsExactly("D02", "E02");
        assertThat(ids(DirectorStagePools.stage2(PoolingOption.CLUSTER_FIRST, f.footprint("CN"), f.roster(),
                Set.of("D01", "A01")))).doesNotContain("D01", "A01").doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("G 27 stage 3 is open competition: no pool")
    void stage3() {
        assertThat(DirectorStagePools.forStage(3, PoolingOption.REGION_FIRST, f.footprint("CN"), f.roster(), Set.of(), Set.of())).isEmpty();
    }
}
