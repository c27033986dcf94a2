package uk.nhs.workforce.awards.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * S30 16(ii): consolidated, pensionable points are removed only on ratings the awards committee agreed,
 * not by one member alone: at least {@code minimum} distinct members of the committee, the chair among
 * them where one is named. Returns the problem in words, or null when the committee is properly made up.
 */
public final class ReviewCommittee {

    private ReviewCommittee() {
    }

    public static List<String> members(String commaSeparated) {
        Set<String> ids = new LinkedHashSet<>();
        if (commaSeparated != null) {
            for (String id : commaSeparated.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return new ArrayList<>(ids);
    }

    public static String problem(List<String> members, Set<String> committee, int minimum, String chair,
            String completedBy) {
        if (members.size() < minimum) {
            return "name at least " + minimum + " awards-committee members who agreed the ratings (S30 16(ii)), "
                    + members.size() + " named";
        }
        List<String> strangers = members.stream().filter(m -> !committee.contains(m)).toList();
        if (!strangers.isEmpty()) {
            return String.join(", ", strangers) + " " + (strangers.size() == 1 ? "is" : "are")
                    + " not a member of the awards committee";
        }
        if (chair != null && !members.contains(chair)) {
            return "the committee's chair (" + chair + ") must be among the members who agreed the ratings";
        }
        if (completedBy != null && !members.contains(completedBy)) {
            return "you (" + completedBy + ") complete the review for the committee, so you must be among its members";
        }
        return null;
    }
}
