package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;

/**
 * A Director appointment panel (G 29): a PCT Chair (or their representative, G 25), the cluster
 * Chief Executive, the appropriate SHA Director and another agreed assessor.
 */
public record DirectorPanel(String chairId, String clusterChiefExecutiveId, String shaDirectorId,
                            String otherAssessorId) {

    public List<String> memberIds() {
        List<String> ids = new ArrayList<>();
        for (String id : new String[] {chairId, clusterChiefExecutiveId, shaDirectorId, otherAssessorId}) {
            if (id != null && !id.isBlank() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
