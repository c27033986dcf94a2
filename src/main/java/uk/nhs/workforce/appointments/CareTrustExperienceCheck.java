package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.List;

import uk.nhs.workforce.rosters.Organisation;

/**
 * Appendix A 3.3: where a cluster includes a care trust (or care trust plus), its single executive
 * team must contain someone with experience of the health-related functions of the local
 * authority or authorities that care trust covers.
 */
public final class CareTrustExperienceCheck {

    private CareTrustExperienceCheck() {
    }

    public record Result(List<String> careTrusts, List<String> localAuthorities, List<String> experiencedMembers) {
        /** A gap: there is a care trust and nobody in the team has the experience. */
        public boolean gap() {
            return !careTrusts.isEmpty() && experiencedMembers.isEmpty();
        }
    }

    public static Result check(Footprint footprint, Collection<Appointee> executiveTeam) {
        List<Organisation> careTrusts = footprint.constituents().stream().filter(o -> o.type().isCareTrust()).toList();
        List<String> las = careTrusts.stream().flatMap(o -> o.localAuthorities().stream()).distinct().sorted().toList();
        List<String> experienced = careTrusts.isEmpty() ? List.of()
                : executiveTeam.stream().filter(Appointee::laHealthExperience).map(Appointee::name).toList();
        return new Result(careTrusts.stream().map(Organisation::name).toList(), las, experienced);
    }
}
