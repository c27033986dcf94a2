package uk.nhs.workforce.boards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/**
 * G 39 and A 4.6 ("potential impact on diversity levels, particularly women and BME"): the share of women
 * and of each ethnic group among the chairs and non-executives before and after, each person counted once
 * however many boards they sit on (A 1.4, 5.4), flagging every share that falls.
 */
public class EqualityShares {

    /** One group's share (0–1, four decimals) before and after; {@code falls} when it is lower after. */
    public record Share(String group, BigDecimal before, BigDecimal after, boolean falls) {
    }

    public record Report(int peopleBefore, int peopleAfter, List<Share> shares) {
        public boolean anyFalls() {
            return shares.stream().anyMatch(Share::falls);
        }
    }

    public Report compare(Collection<BoardPerson> before, Collection<BoardPerson> after) {
        Map<String, BoardPerson> b = distinct(before);
        Map<String, BoardPerson> a = distinct(after);
        List<Share> shares = new ArrayList<>();
        shares.add(share("WOMEN", b.values().stream().filter(p -> p.sex() == Sex.F).count(), b.size(),
                a.values().stream().filter(p -> p.sex() == Sex.F).count(), a.size()));
        for (EthnicGroup group : EthnicGroup.values()) {
            shares.add(share("ETHNIC_GROUP_" + group, b.values().stream().filter(p -> p.ethnicGroup() == group).count(), b.size(),
                    a.values().stream().filter(p -> p.ethnicGroup() == group).count(), a.size()));
        }
        return new Report(b.size(), a.size(), shares);
    }

    private static Map<String, BoardPerson> distinct(Collection<BoardPerson> people) {
        Map<String, BoardPerson> byPerson = new LinkedHashMap<>();
        people.forEach(p -> byPerson.putIfAbsent(p.personId(), p));
        return byPerson;
    }

    private static Share share(String group, long countBefore, int totalBefore, long countAfter, int totalAfter) {
        BigDecimal before = ratio(countBefore, totalBefore);
        BigDecimal after = ratio(countAfter, totalAfter);
        return new Share(group, before, after, after.compareTo(before) < 0);
    }

    private static BigDecimal ratio(long count, int total) {
        return total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
