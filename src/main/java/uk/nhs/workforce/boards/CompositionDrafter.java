package uk.nhs.workforce.boards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

/**
 * Drafts a composition of the cluster's PCT boards for a governance model from the current boards,
 * preferring continuity (people already serving, in the role and on the board they hold) and appraisal
 * ratings (A 5.2). It never invents people: where the current boards cannot fill a lawful board the draft
 * shows the gap, and the statutory check (A 3.3) sends it to the secretaries to resolve.
 */
public class CompositionDrafter {

    private final DraftSettings settings;

    public CompositionDrafter(DraftSettings settings) {
        this.settings = settings;
    }

    public DraftedComposition draft(GovernanceModel model, List<Organisation> boards, List<BoardMember> current) {
        List<BoardSeat> currentSeats = current.stream().map(CompositionDrafter::seatOf).toList();
        return switch (model) {
            case MODEL_1 -> modelOne(boards, current, currentSeats);
            case MODEL_2 -> modelTwo(boards, current);
            case MODEL_3 -> modelThree(boards, current);
            // Model 4 keeps each board's own chair and NEDs; OTHER starts from the boards as they are.
            case MODEL_4, OTHER -> new DraftedComposition(currentSeats, null, List.of());
        };
    }

    static BoardSeat seatOf(BoardMember m) {
        return new BoardSeat(m.memberId(), m.personId(), m.organisationCode(), m.role(), m.nominatedByLa());
    }

    /** A 4.3: the PCT boards stay as they are; the cluster board is a chair from one board plus nominees of each. */
    private DraftedComposition modelOne(List<Organisation> boards, List<BoardMember> current, List<BoardSeat> seats) {
        String chair = singleChair(boards, current).orElse(null);
        List<String> clusterNeds = new ArrayList<>();
        for (Organisation board : boards) {
            current.stream()
                    .filter(m -> m.organisationCode().equals(board.code()) && m.role().countsAsNonExecutive())
                    .filter(m -> !m.personId().equals(chair) && !clusterNeds.contains(m.personId()))
                    .sorted(memberOrder())
                    .limit(settings.model1ClusterNedsPerPct())
                    .forEach(m -> clusterNeds.add(m.personId()));
        }
        return new DraftedComposition(seats, chair, clusterNeds);
    }

    /** A 4.5: one chair and one set of NEDs, the same individuals appointed to every PCT board. */
    private DraftedComposition modelTwo(List<Organisation> boards, List<BoardMember> current) {
        Optional<String> chair = singleChair(boards, current);
        Set<String> chosen = new LinkedHashSet<>();
        Map<String, String> nominations = new HashMap<>(); // personId -> local authority, for the care trusts
        // A care trust's local authority nominees must be in the one set, or that board is unlawful (A 3.3).
        for (Organisation board : boards) {
            for (String la : board.localAuthorities()) {
                bestNominee(current, board, la, chair.orElse(null)).ifPresent(p -> {
                    chosen.add(p);
                    nominations.put(p, la);
                });
            }
        }
        for (String personId : rankedPeople(current, chair.orElse(null))) {
            if (chosen.size() >= settings.model2NonExecutives()) {
                break;
            }
            chosen.add(personId);
        }
        String vice = viceChair(current, chosen);
        List<BoardSeat> seats = new ArrayList<>();
        for (Organisation board : boards) {
            chair.ifPresent(c -> seats.add(seat(current, c, board, BoardRole.CHAIR, null)));
            for (String personId : chosen) {
                String nominated = nominations.get(personId);
                String la = nominated != null && board.localAuthorities().contains(nominated) ? nominated : null;
                seats.add(seat(current, personId, board,
                        personId.equals(vice) ? BoardRole.VICE_CHAIR : BoardRole.NON_EXECUTIVE, la));
            }
        }
        return new DraftedComposition(seats, null, List.of());
    }

    /** A 4.7: one chair on all boards, shared NEDs on all boards and locality NEDs on one each. */
    private DraftedComposition modelThree(List<Organisation> boards, List<BoardMember> current) {
        String chair = singleChair(boards, current).orElse(null);
        Set<String> shared = new LinkedHashSet<>();
        for (String personId : rankedPeople(current, chair)) {
            if (shared.size() >= settings.model3SharedNonExecutives()) {
                break;
            }
            // a local authority's nominee serves its care trust as a locality NED, keeping the nomination local
            boolean laNominee = current.stream().anyMatch(m -> m.personId().equals(personId) && m.nominatedByLa() != null);
            if (!laNominee) {
                shared.add(personId);
            }
        }
        Set<String> used = new LinkedHashSet<>(shared);
        if (chair != null) {
            used.add(chair);
        }
        Map<String, List<String>> locality = new LinkedHashMap<>();
        Map<String, String> nominations = new HashMap<>();
        int localityPlaces = settings.model3BoardNonExecutives() - shared.size();
        for (Organisation board : boards) {
            List<String> mine = new ArrayList<>();
            for (String la : board.localAuthorities()) {
                Optional<String> nominee = current.stream()
                        .filter(m -> m.organisationCode().equals(board.code()) && la.equals(m.nominatedByLa())
                                && m.role().countsAsNonExecutive() && !used.contains(m.personId()))
                        .sorted(memberOrder()).map(BoardMember::personId).findFirst();
                nominee.ifPresent(p -> {
                    mine.add(p);
                    used.add(p);
                    nominations.put(board.code() + "|" + p, la);
                });
            }
            current.stream()
                    .filter(m -> m.organisationCode().equals(board.code()) && m.role().countsAsNonExecutive())
                    .sorted(memberOrder()).map(BoardMember::personId)
                    .forEach(p -> {
                        if (mine.size() < localityPlaces && !used.contains(p)) {
                            mine.add(p);
                            used.add(p);
                        }
                    });
            locality.put(board.code(), mine);
        }
        // A board its own NEDs cannot fill takes people left over elsewhere, as dual appointments (A 1.4).
        List<String> leftOver = new ArrayList<>(rankedPeople(current, chair));
        leftOver.removeAll(used);
        for (Organisation board : boards) {
            List<String> mine = locality.get(board.code());
            while (mine.size() < localityPlaces && !leftOver.isEmpty()) {
                mine.add(leftOver.remove(0));
            }
        }
        List<BoardSeat> seats = new ArrayList<>();
        for (Organisation board : boards) {
            if (chair != null) {
                seats.add(seat(current, chair, board, BoardRole.CHAIR, null));
            }
            List<String> members = new ArrayList<>(shared);
            members.addAll(locality.get(board.code()));
            String vice = viceChair(current, members);
            for (String personId : members) {
                seats.add(seat(current, personId, board,
                        personId.equals(vice) ? BoardRole.VICE_CHAIR : BoardRole.NON_EXECUTIVE,
                        nominations.get(board.code() + "|" + personId)));
            }
        }
        return new DraftedComposition(seats, null, List.of());
    }

    /**
     * The one chair for the cluster: the best-rated current chair, and between equals the chair of the
     * board serving the largest weighted population (the most continuity), then the lowest person id.
     */
    Optional<String> singleChair(List<Organisation> boards, List<BoardMember> current) {
        Map<String, BigDecimal> population = new HashMap<>();
        boards.forEach(b -> population.put(b.code(), b.weightedPopulation() == null ? BigDecimal.ZERO : b.weightedPopulation()));
        return current.stream()
                .filter(m -> m.role() == BoardRole.CHAIR)
                .sorted(Comparator.comparing((BoardMember m) -> rank(m.appraisalRating()))
                        .thenComparing(m -> population.getOrDefault(m.organisationCode(), BigDecimal.ZERO), Comparator.reverseOrder())
                        .thenComparing(BoardMember::personId))
                .map(BoardMember::personId)
                .findFirst();
    }

    /** The current non-executives of the cluster as people, best first, leaving out the chosen chair. */
    List<String> rankedPeople(List<BoardMember> current, String excludedChair) {
        Map<String, BoardMember> bestAppointment = new LinkedHashMap<>();
        Map<String, Integer> appointments = new HashMap<>();
        for (BoardMember m : current.stream().sorted(memberOrder()).toList()) {
            if (!m.role().countsAsNonExecutive() || m.personId().equals(excludedChair)) {
                continue;
            }
            bestAppointment.putIfAbsent(m.personId(), m);
            appointments.merge(m.personId(), 1, Integer::sum);
        }
        return bestAppointment.values().stream()
                .sorted(Comparator.comparing((BoardMember m) -> rank(m.appraisalRating()))
                        .thenComparing(m -> appointments.get(m.personId()), Comparator.reverseOrder())
                        .thenComparing(memberOrder()))
                .map(BoardMember::personId)
                .toList();
    }

    private Optional<String> bestNominee(List<BoardMember> current, Organisation board, String la, String chair) {
        return current.stream()
                .filter(m -> m.organisationCode().equals(board.code()) && la.equals(m.nominatedByLa())
                        && m.role().countsAsNonExecutive() && !m.personId().equals(chair))
                .sorted(memberOrder()).map(BoardMember::personId).findFirst();
    }

    /** A current vice-chair among the chosen keeps the role (continuity); otherwise the best-ranked. */
    private String viceChair(List<BoardMember> current, java.util.Collection<String> chosen) {
        return current.stream()
                .filter(m -> chosen.contains(m.personId()))
                .sorted(Comparator.comparing((BoardMember m) -> m.role() == BoardRole.VICE_CHAIR ? 0 : 1)
                        .thenComparing(memberOrder()))
                .map(BoardMember::personId)
                .findFirst().orElse(null);
    }

    /** Keeps the roster appointment where the person already sits on the board, so continuity shows. */
    private static BoardSeat seat(List<BoardMember> current, String personId, Organisation board, BoardRole role, String la) {
        Optional<BoardMember> existing = current.stream()
                .filter(m -> m.personId().equals(personId) && m.organisationCode().equals(board.code())).findFirst();
        String nomination = la != null ? la : existing.map(BoardMember::nominatedByLa)
                .filter(board.localAuthorities()::contains).orElse(null);
        return new BoardSeat(existing.map(BoardMember::memberId).orElse(null), personId, board.code(), role, nomination);
    }

    /** Best appraisal first, then the vice-chair, then the longest remaining term, then the id (repeatable). */
    static Comparator<BoardMember> memberOrder() {
        return Comparator.comparing((BoardMember m) -> rank(m.appraisalRating()))
                .thenComparing(m -> m.role() == BoardRole.VICE_CHAIR ? 0 : 1)
                .thenComparing(m -> m.termEnd() == null ? LocalDate.MIN : m.termEnd(), Comparator.reverseOrder())
                .thenComparing(BoardMember::memberId);
    }

    private static int rank(AppraisalRating rating) {
        return rating == null ? AppraisalRating.values().length : rating.ordinal();
    }
}
