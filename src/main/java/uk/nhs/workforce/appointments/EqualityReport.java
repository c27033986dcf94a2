package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/**
 * G 39: compares the sex and ethnic make-up of everyone pooled with that of the appointees, so the
 * SHA's Equality Impact Assessment can see whether the representation of women and BME people in
 * senior roles was lessened.
 */
public record EqualityReport(Group pooled, Group appointed, boolean womenRepresentationLessened,
                             boolean bmeRepresentationLessened) {

    /** Black and minority ethnic groups; NOT_STATED counts in neither side. */
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

    /** @param pooled everyone pooled at any stage, once each; @param appointed the appointees */
    public static EqualityReport of(Collection<Person> pooled, Collection<Person> appointed) {
        Group p = Group.of(pooled);
        Group a = Group.of(appointed);
        boolean comparable = p.total() > 0 && a.total() > 0;
        return new EqualityReport(p, a, comparable && a.womenShare() < p.womenShare(),
                comparable && a.bmeShare() < p.bmeShare());
    }
}
