package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.awards.round.Consultants.consultant;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

class SpendingEqualityReportTest {

    @Test
    @DisplayName("S30 9, 14: eligible consultants, applications, awards and amounts by group with each group's award rate against the whole")
    void equalityLines() {
        List<ReportSubject> subjects = List.of(
                new ReportSubject(consultant("A").person(Sex.F, EthnicGroup.ASIAN, "Cardiology").build(), true, true,
                        new BigDecimal("3000")),
                new ReportSubject(consultant("B").person(Sex.M, EthnicGroup.WHITE, "Cardiology").fte("0.6").build(), true,
                        false, BigDecimal.ZERO),
                new ReportSubject(consultant("C").person(Sex.F, EthnicGroup.WHITE, "Renal, adult").build(), true, true,
                        new BigDecimal("3000")),
                new ReportSubject(consultant("D").person(Sex.M, EthnicGroup.BLACK, "Cardiology").build(), true, false,
                        BigDecimal.ZERO),
                new ReportSubject(consultant("E").build(), false, false, BigDecimal.ZERO));
        AllocationResult allocation = new AllocationResult(List.of(), new BigDecimal("6000"), new BigDecimal("6000"),
                BigDecimal.ZERO, BigDecimal.ZERO, "rule");
        SpendingEqualityReport r = SpendingEqualityReport.of("TR", 2019, new BigDecimal("5500"), new BigDecimal("500"),
                CommittedSpend.NONE, allocation, subjects);
        SpendingEqualityReport.Line all = r.lines().get(0);
        assertThat(all.applications()).isEqualTo(4);
        // S30 9: who was eligible, applicant or not
        assertThat(all.eligible()).isEqualTo(5);
        assertThat(all.awardRate()).isEqualByComparingTo("0.5");
        SpendingEqualityReport.Line women = r.lines().stream()
                .filter(l -> l.characteristic().equals("sex") && l.group().equals("female")).findFirst().orElseThrow();
        assertThat(women.awards()).isEqualTo(2);
        assertThat(women.eligible()).isEqualTo(3);
        assertThat(women.amount()).isEqualByComparingTo("6000");
        assertThat(women.relativeRate()).isEqualByComparingTo("2.00");
        SpendingEqualityReport.Line partTime = r.lines().stream().filter(l -> l.group().equals("part-time")).findFirst()
                .orElseThrow();
        assertThat(partTime.relativeRate()).isEqualByComparingTo("0.00");
        assertThat(r.toCsv()).contains("equality,specialty,\"Renal, adult\",1,1,3000.00,1.0000,2.00,1")
                .contains("spending,pot for new awards,,,,6000.00,,");
        assertThat(r.toMarkdown()).contains("| sex | female | 3 | 2 | 2 |");
    }
}
