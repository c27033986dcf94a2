package uk.nhs.workforce.rosters;

/** A row of the executives roster (CONTRACT §3, G 23–34). */
public record Executive(
        String employeeId,
        String name,
        Sex sex,
        EthnicGroup ethnicGroup,
        String userId,
        String organisationCode,
        ExecutiveRole role,
        Portfolio portfolio,
        boolean substantive,
        boolean secondedOut,
        String regionalPool,
        boolean jointLaPost,
        boolean laHealthExperience,
        boolean atRisk) {
}
