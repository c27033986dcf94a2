package uk.nhs.workforce.rosters;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the consultants roster (CONTRACT §3, Schedule 30). */
public record Consultant(
        String employeeId,
        String name,
        Sex sex,
        EthnicGroup ethnicGroup,
        String employerCode,
        String specialty,
        LocalDate consultantSince,
        BigDecimal fte,
        boolean substantive,
        Integer lceaLevel,
        LocalDate lceaLastPointDate,
        NceaLevel ncea,
        LocalDate nceaRenewalDue,
        boolean distinctionAward,
        String userId) {
}
