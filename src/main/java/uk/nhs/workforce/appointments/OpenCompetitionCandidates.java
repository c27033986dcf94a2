package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Sex;

/**
 * Stage 3, open competition (G 23, G 27): the candidates the panel interviewed, one a line, as the
 * form's text area sends them. A line is either "name; sex; ethnic group" (optionally "; organisation")
 * for someone from outside, or the employee id of someone on the executives roster, who may have
 * applied too (an at-risk candidate who wins is then appointed, not displaced).
 */
public final class OpenCompetitionCandidates {

    private OpenCompetitionCandidates() {
    }

    /** One candidate: employeeId is null for someone not on the roster. */
    public record Candidate(String employeeId, String name, String organisation, Sex sex, EthnicGroup ethnicGroup,
                            boolean laHealthExperience) {
        boolean answersTo(String text) {
            return text != null && (text.trim().equalsIgnoreCase(name) || text.trim().equals(employeeId));
        }
    }

    /**
     * @throws IllegalArgumentException naming openCompetitionCandidates and the line when a line is wrong
     */
    public static List<Candidate> parse(String text, Function<String, Optional<Executive>> roster,
                                        Function<String, String> organisationName) {
        List<Candidate> candidates = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return candidates;
        }
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = "openCompetitionCandidates: line " + (i + 1) + " ('" + line + "') ";
            String[] parts = line.split(";");
            Candidate c;
            if (parts.length == 1) {
                Executive e = roster.apply(line).orElseThrow(() -> new IllegalArgumentException(where
                        + "is neither 'name; sex; ethnic group' nor an employee id on the executives roster"));
                c = new Candidate(e.employeeId(), e.name(), organisationName.apply(e.organisationCode()), e.sex(),
                        e.ethnicGroup(), e.laHealthExperience());
            } else if (parts.length == 3 || parts.length == 4) {
                String name = parts[0].trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(where + "has no name");
                }
                c = new Candidate(null, name, parts.length == 4 && !parts[3].isBlank() ? parts[3].trim() : "external",
                        value(Sex.class, parts[1], where + "sex"), value(EthnicGroup.class, parts[2], where + "ethnic group"),
                        false);
            } else {
                throw new IllegalArgumentException(where + "must be 'name; sex; ethnic group' (optionally '; organisation')"
                        + " or an employee id");
            }
            for (Candidate other : candidates) {
                if (other.name().equalsIgnoreCase(c.name())) {
                    throw new IllegalArgumentException(where + "names " + c.name() + " a second time");
                }
            }
            candidates.add(c);
        }
        return candidates;
    }

    public static Optional<Candidate> find(List<Candidate> candidates, String nameOrId) {
        return candidates.stream().filter(c -> c.answersTo(nameOrId)).findFirst();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String raw, String what) {
        String v = raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " '" + raw.trim() + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
