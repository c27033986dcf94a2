package uk.nhs.workforce.boards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Sex;

/** Fixture boards for the rule tests. */
final class Boards {

    private Boards() {
    }

    static Organisation pct(String code, long population) {
        return new Organisation(code, code + " PCT", OrganisationType.PCT, "XR", null, "XC",
                BigDecimal.valueOf(population), List.of());
    }

    static Organisation careTrust(String code, long population, String... localAuthorities) {
        return new Organisation(code, code + " Care Trust", OrganisationType.CARE_TRUST, "XR", null, "XC",
                BigDecimal.valueOf(population), List.of(localAuthorities));
    }

    static BoardMember member(String org, String personId, BoardRole role, AppraisalRating rating) {
        return member(org, personId, role, rating, null);
    }

    static BoardMember member(String org, String personId, BoardRole role, AppraisalRating rating, String la) {
        return new BoardMember(org + "/" + personId, personId, "Name " + personId, Sex.F, EthnicGroup.WHITE, null, org,
                role, la, rating, LocalDate.of(2013, 3, 31));
    }

    /** A board with a chair and {@code neds} non-executives (the first a vice-chair), all rated GOOD. */
    static List<BoardMember> board(String org, int neds) {
        List<BoardMember> members = new ArrayList<>();
        members.add(member(org, org + "-C", BoardRole.CHAIR, AppraisalRating.GOOD));
        for (int i = 1; i <= neds; i++) {
            members.add(member(org, org + "-N" + i, i == 1 ? BoardRole.VICE_CHAIR : BoardRole.NON_EXECUTIVE,
                    AppraisalRating.GOOD));
        }
        return members;
    }

    static List<BoardSeat> seats(List<BoardMember> members) {
        return members.stream().map(CompositionDrafter::seatOf).toList();
    }
}
