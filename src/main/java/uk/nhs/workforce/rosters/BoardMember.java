package uk.nhs.workforce.rosters;

import java.time.LocalDate;

/** One appointment to one PCT board (CONTRACT §3, Appendix A). A person may hold several. */
public record BoardMember(
        String memberId,
        String personId,
        String name,
        Sex sex,
        EthnicGroup ethnicGroup,
        String userId,
        String organisationCode,
        BoardRole role,
        String nominatedByLa,
        AppraisalRating appraisalRating,
        LocalDate termEnd) {
}
