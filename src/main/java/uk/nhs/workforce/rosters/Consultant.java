package uk.nhs.workforce.rosters;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the consultants roster (CONTRACT §3, Schedule 30); {@code leftOn} is the S30 7 leaving date, null while employed. */
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
        String userId,
        LocalDate leftOn) {

    /** A row without a leaving date (CONTRACT §3: {@code left_on} may be left out). */
    public Consultant(String employeeId, String name, Sex sex, EthnicGroup ethnicGroup, String employerCode,
            String specialty, LocalDate consultantSince, BigDecimal fte, boolean substantive, Integer lceaLevel,
            LocalDate lceaLastPointDate, NceaLevel ncea, LocalDate nceaRenewalDue, boolean distinctionAward,
            String userId) {
        this(employeeId, name, sex, ethnicGroup, employerCode, specialty, consultantSince, fte, substantive, lceaLevel,
                lceaLastPointDate, ncea, nceaRenewalDue, distinctionAward, userId, null);
    }
}
