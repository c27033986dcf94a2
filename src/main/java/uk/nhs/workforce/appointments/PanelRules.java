package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Portfolio;

/**
 * Whether an appointment panel is constituted as G 25 (Chief Executive) and G 29 (Directors) require.
 * A panel that breaks a rule goes back to the SHA with the reasons; ids that name nobody on the
 * rosters are refused outright ({@link #unknownMembers}).
 */
public final class PanelRules {

    private final Footprint footprint;
    private final PoolRoster roster;
    /** Board appointments to the cluster's constituent PCT boards. */
    private final List<BoardMember> constituentBoards;

    public PanelRules(Footprint footprint, PoolRoster roster, List<BoardMember> constituentBoards) {
        this.footprint = footprint;
        this.roster = roster;
        this.constituentBoards = List.copyOf(constituentBoards);
    }

    /** Panel ids that are neither an executive's employee id nor a constituent board member's person id. */
    public List<String> unknownMembers(List<String> ids) {
        return ids.stream().filter(id -> id != null && !id.isBlank()).filter(id -> member(id).isEmpty()).toList();
    }

    public Optional<PanelMember> member(String id) {
        Optional<Executive> executive = roster.executives().stream().filter(e -> e.employeeId().equals(id)).findFirst();
        if (executive.isPresent()) {
            Executive e = executive.get();
            Organisation org = roster.organisationOf(e);
            return Optional.of(new PanelMember(e.employeeId(), e.name(), e.userId(), e.organisationCode(),
                    describe(e.role(), e.portfolio()) + ", " + (org == null ? e.organisationCode() : org.name())));
        }
        List<BoardMember> seats = seats(id);
        if (seats.isEmpty()) {
            return Optional.empty();
        }
        BoardMember first = seats.get(0);
        List<String> roles = seats.stream().map(s -> describe(s.role()) + ", " + organisationName(s.organisationCode())).toList();
        return Optional.of(new PanelMember(id, first.name(), first.userId(), first.organisationCode(), String.join("; ", roles)));
    }

    /**
     * G 25: the SHA CE or their nominated deputy is the assessor; a further assessor nominated by the
     * SHA CE; all constituent PCT Chairs ideally sit, each of whom may be represented by their
     * Vice-Chair or another constituent PCT Chair: a board left without its own Chair or Vice-Chair
     * needs a recorded reason and the constituent Chair on the panel who represents it.
     */
    public List<String> ceProblems(CePanel panel) {
        List<String> problems = new ArrayList<>();
        if (blank(panel.assessorId())) {
            problems.add("Assessor: the SHA Chief Executive or their nominated deputy must be the assessor (G 25)");
        } else {
            Optional<Executive> assessor = executive(panel.assessorId());
            boolean shaCe = assessor.filter(e -> e.role() == ExecutiveRole.CHIEF_EXECUTIVE && atSha(e)).isPresent();
            boolean deputy = panel.assessorIsNominatedDeputy() && assessor.filter(this::atSha).isPresent();
            if (!shaCe && !deputy) {
                problems.add("Assessor: " + name(panel.assessorId()) + " is neither the SHA Chief Executive nor an SHA"
                        + " executive recorded as their nominated deputy (G 25)");
            }
        }
        if (blank(panel.furtherAssessorId())) {
            problems.add("Further assessor: a further assessor nominated by the SHA Chief Executive is required (G 25)");
        } else if (Objects.equals(panel.furtherAssessorId(), panel.assessorId())) {
            problems.add("Further assessor: must be a different person from the assessor (G 25)");
        }
        for (String id : panel.chairRepresentativeIds()) {
            if (constituentChairOrViceChair(id).isEmpty()) {
                problems.add("PCT Chairs: " + name(id) + " is not a Chair or Vice-Chair of a constituent PCT (G 25)");
            }
        }
        List<String> unrepresented = unrepresentedBoardCodes(panel.chairRepresentativeIds());
        if (!unrepresented.isEmpty() && blank(panel.chairAbsenceReason())) {
            problems.add("PCT Chairs: neither the Chair nor the Vice-Chair of " + names(unrepresented)
                    + " sits on the panel; record why they cannot attend (G 25)");
        }
        for (String pct : unrepresented) {
            String representative = panel.representations().get(pct);
            if (blank(representative)) {
                problems.add("Representation: name the constituent PCT Chair on the panel who represents "
                        + organisationName(pct) + " (G 25: 'another of the constituent PCT Chairs')");
            } else if (!panel.chairRepresentativeIds().contains(representative)) {
                problems.add("Representation: " + name(representative) + " represents " + organisationName(pct)
                        + " but is not on the panel (G 25)");
            } else if (seats(representative).stream().noneMatch(b -> b.role() == BoardRole.CHAIR
                    && !b.organisationCode().equals(pct))) {
                problems.add("Representation: " + name(representative) + " is not the Chair of another constituent PCT,"
                        + " so cannot represent " + organisationName(pct) + " (G 25)");
            }
        }
        for (String pct : panel.representations().keySet()) {
            if (!unrepresented.contains(pct) && footprint.constituentCodes().contains(pct)) {
                problems.add("Representation: " + organisationName(pct) + " has its own Chair or Vice-Chair on the panel;"
                        + " it needs no representative (G 25)");
            } else if (!footprint.constituentCodes().contains(pct)) {
                problems.add("Representation: '" + pct + "' is not a constituent PCT of the cluster");
            }
        }
        return problems;
    }

    /**
     * G 29: a PCT Chair (represented as G 25 allows), the cluster Chief Executive, the appropriate SHA
     * Director (the SHA's Director of the post's portfolio where it has one) and another agreed
     * assessor.
     */
    public List<String> directorProblems(DirectorPanel panel, Portfolio post, String appointedChiefExecutive) {
        List<String> problems = new ArrayList<>();
        if (blank(panel.chairId())) {
            problems.add("PCT Chair: a constituent PCT Chair (or their Vice-Chair) must sit on the panel (G 29)");
        } else if (constituentChairOrViceChair(panel.chairId()).isEmpty()) {
            problems.add("PCT Chair: " + name(panel.chairId()) + " is not a Chair or Vice-Chair of a constituent PCT (G 29)");
        }
        if (blank(panel.clusterChiefExecutiveId())
                || !panel.clusterChiefExecutiveId().equals(appointedChiefExecutive)) {
            problems.add("Cluster Chief Executive: the appointed cluster Chief Executive must sit on the panel (G 29)");
        }
        if (blank(panel.shaDirectorId())) {
            problems.add("SHA Director: the appropriate SHA Director must sit on the panel (G 29)");
        } else {
            Optional<Executive> director = executive(panel.shaDirectorId())
                    .filter(e -> e.role() == ExecutiveRole.DIRECTOR && atSha(e));
            if (director.isEmpty()) {
                problems.add("SHA Director: " + name(panel.shaDirectorId()) + " is not a Director of the SHA (G 29)");
            } else {
                List<Executive> samePortfolio = roster.executives().stream()
                        .filter(e -> e.role() == ExecutiveRole.DIRECTOR && atSha(e) && e.portfolio() == post)
                        .toList();
                if (!samePortfolio.isEmpty() && director.get().portfolio() != post) {
                    problems.add("SHA Director: the appropriate SHA Director for " + post + " is "
                            + samePortfolio.stream().map(Executive::name).reduce((a, b) -> a + " or " + b).orElseThrow()
                            + " (G 29)");
                }
            }
        }
        if (blank(panel.otherAssessorId())) {
            problems.add("Other assessor: another agreed assessor is required (G 29)");
        } else if (List.of(nz(panel.chairId()), nz(panel.clusterChiefExecutiveId()), nz(panel.shaDirectorId()))
                .contains(panel.otherAssessorId())) {
            problems.add("Other assessor: must be a different person from the other panel members (G 29)");
        }
        return problems;
    }

    /**
     * Constituent boards (by name) whose own Chair or Vice-Chair is not on the panel. Another
     * constituent Chair may stand in (G 25), but only the recorded reason says whom they represent.
     */
    List<String> unrepresentedBoards(List<String> representativeIds) {
        return unrepresentedBoardCodes(representativeIds).stream().map(this::organisationName).toList();
    }

    /** Codes of the constituent boards whose own Chair or Vice-Chair is not on the panel. */
    List<String> unrepresentedBoardCodes(List<String> representativeIds) {
        Set<String> ids = new TreeSet<>(representativeIds);
        List<String> unrepresented = new ArrayList<>();
        for (Organisation pct : footprint.constituents()) {
            boolean represented = constituentBoards.stream()
                    .filter(b -> b.organisationCode().equals(pct.code()) && ids.contains(b.personId()))
                    .anyMatch(b -> b.role() == BoardRole.CHAIR || b.role() == BoardRole.VICE_CHAIR);
            if (!represented) {
                unrepresented.add(pct.code());
            }
        }
        return unrepresented;
    }

    private Optional<BoardMember> constituentChairOrViceChair(String personId) {
        return seats(personId).stream()
                .filter(b -> b.role() == BoardRole.CHAIR || b.role() == BoardRole.VICE_CHAIR)
                .findFirst();
    }

    private List<BoardMember> seats(String personId) {
        return constituentBoards.stream().filter(b -> b.personId().equals(personId)).toList();
    }

    private Optional<Executive> executive(String id) {
        return roster.executives().stream().filter(e -> e.employeeId().equals(id)).findFirst();
    }

    private boolean atSha(Executive e) {
        Organisation org = roster.organisationOf(e);
        return org != null && org.type() == OrganisationType.SHA && footprint.inRegion(org);
    }

    private String name(String id) {
        return member(id).map(m -> m.name() + " (" + id + ")").orElse(id);
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(this::organisationName).toList());
    }

    String organisationName(String code) {
        Organisation org = roster.organisations().get(code);
        return org == null ? code : org.name();
    }

    static String describe(ExecutiveRole role, Portfolio portfolio) {
        String title = switch (role) {
            case CHIEF_EXECUTIVE -> "Chief Executive";
            case DIRECTOR -> "Director";
            case ASSOCIATE_DIRECTOR -> "Associate Director";
        };
        return portfolio == null ? title : title + " (" + portfolio.name().charAt(0)
                + portfolio.name().substring(1).toLowerCase() + ")";
    }

    private static String describe(BoardRole role) {
        return switch (role) {
            case CHAIR -> "Chair";
            case VICE_CHAIR -> "Vice-Chair";
            case NON_EXECUTIVE -> "Non-executive";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
