package uk.nhs.workforce.appointments;

import java.util.List;

/**
 * The Chief Executive appointment panel the SHA names (G 25): ids are executives' employee ids or
 * board members' person ids.
 */
public record CePanel(String assessorId, boolean assessorIsNominatedDeputy, String furtherAssessorId,
                      List<String> chairRepresentativeIds, String chairAbsenceReason,
                      java.util.Map<String, String> representations) {

    public CePanel {
        chairRepresentativeIds = chairRepresentativeIds == null ? List.of() : List.copyOf(chairRepresentativeIds);
        representations = representations == null ? java.util.Map.of() : java.util.Map.copyOf(representations);
    }

    public CePanel(String assessorId, boolean assessorIsNominatedDeputy, String furtherAssessorId,
                   List<String> chairRepresentativeIds, String chairAbsenceReason) {
        this(assessorId, assessorIsNominatedDeputy, furtherAssessorId, chairRepresentativeIds, chairAbsenceReason, null);
    }

    /**
     * Representations as the form's checklist sends them, "PCT code|Chair person id" each.
     *
     * @throws IllegalArgumentException naming representations when one is malformed or a PCT is named twice
     */
    public static java.util.Map<String, String> representations(List<String> pairs) {
        java.util.Map<String, String> byPct = new java.util.TreeMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("\\|");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("representations: '" + pair + "' is not 'PCT|Chair'");
            }
            if (byPct.put(parts[0].trim(), parts[1].trim()) != null) {
                throw new IllegalArgumentException("representations: one representative per PCT; "
                        + parts[0].trim() + " is named twice");
            }
        }
        return byPct;
    }

    public List<String> memberIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (assessorId != null) {
            ids.add(assessorId);
        }
        if (furtherAssessorId != null) {
            ids.add(furtherAssessorId);
        }
        ids.addAll(chairRepresentativeIds);
        return ids.stream().distinct().toList();
    }
}
