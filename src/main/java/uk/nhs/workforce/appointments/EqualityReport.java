package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/**
 * G 39: "every effort being made not to lessen the representation of people of protected
 * characteristics such as BME people and women in senior roles". Compares, by sex and ethnic group,
 * the people who held the senior posts before (the cluster's PCT and care-trust CEs and Directors),
 * everyone pooled, everyone shortlisted and the appointees. Representation is "lessened" when the
 * appointees' share of women or of BME people is below the previous post-holders' share. A DRAFT is
 * compiled before the Chief Executive is approved, so the assessment can inform the proposals; the
 * FINAL one once the team is appointed.
 */
public record EqualityReport(String status, Group previousPostHolders, Group pooled, Group shortlisted,
                             Group appointed, boolean womenRepresentationLessened, boolean bmeRepresentationLessened) {

    /**
     * Black and minority ethnic groups of the roster's categories: every group but WHITE. NOT_STATED
     * counts in neither side (it is left out of the BME share's numerator, not of the total).
     */
    static final Set<EthnicGroup> BME = Set.of(EthnicGroup.MIXED, EthnicGroup.ASIAN, EthnicGroup.BLACK, EthnicGroup.OTHER);

    public record Person(String id, Sex sex, EthnicGroup ethnicGroup) {
    }

    public record Group(int total, Map<Sex, Integer> bySex, Map<EthnicGroup, Integer> byEthnicGroup,
                        double womenShare, double bmeShare) {

        static Group of(Collection<Person> people) {
            Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
            Map<EthnicGroup, Integer> byEthnic = new EnumMap<>(EthnicGroup.class);
            for (Sex s : Sex.values()) {
                bySex.put(s, 0);
            }
            for (EthnicGroup g : EthnicGroup.values()) {
                byEthnic.put(g, 0);
            }
            for (Person p : people) {
                bySex.merge(p.sex(), 1, Integer::sum);
                byEthnic.merge(p.ethnicGroup(), 1, Integer::sum);
            }
            int total = people.size();
            int women = bySex.get(Sex.F);
            int bme = BME.stream().mapToInt(byEthnic::get).sum();
            return new Group(total, bySex, byEthnic, share(women, total), share(bme, total));
        }

        private static double share(int part, int total) {
            return total == 0 ? 0.0 : Math.round(1000.0 * part / total) / 1000.0;
        }
    }

    public static EqualityReport of(String status, Collection<Person> previousPostHolders, Collection<Person> pooled,
                                    Collection<Person> shortlisted, Collection<Person> appointed) {
        Group before = Group.of(previousPostHolders);
        Group a = Group.of(appointed);
        boolean comparable = before.total() > 0 && a.total() > 0;
        return new EqualityReport(status, before, Group.of(pooled), Group.of(shortlisted), a,
                comparable && a.womenShare() < before.womenShare(), comparable && a.bmeShare() < before.bmeShare());
    }

    /** Compared with the pool only (kept for the rule's unit tests). */
    public static EqualityReport of(Collection<Person> pooled, Collection<Person> appointed) {
        return of("FINAL", pooled, pooled, java.util.List.of(), appointed);
    }
}
