package uk.nhs.workforce.appointments;

import java.util.List;

/**
 * The Chief Executive appointment panel the SHA names (G 25): ids are executives' employee ids or
 * board members' person ids.
 */
public record CePanel(String assessorId, boolean assessorIsNominatedDeputy, String furtherAssessorId,
                      List<String> chairRepresentativeIds, String chairAbsenceReason) {

    public CePanel {
        chairRepresentativeIds = chairRepresentativeIds == null ? List.of() : List.copyOf(chairRepresentativeIds);
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
