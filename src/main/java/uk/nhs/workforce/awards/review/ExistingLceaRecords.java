package uk.nhs.workforce.awards.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the outcome of Existing LCEA reviews to the consultant's roster row and the award history. */
@Repository
public class ExistingLceaRecords {

    private final NamedParameterJdbcTemplate jdbc;

    public ExistingLceaRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** S30 16(ii): the points lost come off the level; at 0 the consultant no longer holds an Existing LCEA. */
    public void recordReview(String employeeId, LocalDate reviewDate, int levelBefore, int levelAfter, int pointsLost,
            String processInstanceId) {
        jdbc.update("UPDATE consultant SET lcea_level = :level WHERE employee_id = :id",
                new MapSqlParameterSource("id", employeeId).addValue("level", levelAfter == 0 ? null : levelAfter));
        insert(employeeId, reviewDate, levelAfter == 0 ? "LCEA_REVIEW_ENDED" : "LCEA_REVIEWED", levelBefore,
                levelAfter, pointsLost, "S30 16", processInstanceId);
    }

    /** S30 8(i): an upheld appeal restores the level and marks the instance's last review as set aside. */
    public void setAsideReview(String employeeId, int levelBefore, String processInstanceId) {
        jdbc.update("UPDATE consultant SET lcea_level = :level WHERE employee_id = :id",
                new MapSqlParameterSource("id", employeeId).addValue("level", levelBefore));
        jdbc.update("""
                UPDATE award_change SET change_kind = 'LCEA_REVIEW_SET_ASIDE', note = 'S30 8(i): appeal upheld'
                 WHERE change_id = (SELECT change_id FROM award_change WHERE employee_id = :id
                    AND process_instance_id = :pi AND change_kind IN ('LCEA_REVIEWED', 'LCEA_REVIEW_ENDED')
                    ORDER BY recorded_at DESC, change_id FETCH FIRST 1 ROWS ONLY)""",
                new MapSqlParameterSource("id", employeeId).addValue("pi", processInstanceId));
    }

    /** S30 17: outcome of a level 9 renewal under the existing arrangements. */
    public void recordLevel9Renewal(String employeeId, LocalDate renewalDate, int levelAfter, String processInstanceId) {
        jdbc.update("UPDATE consultant SET lcea_level = :level WHERE employee_id = :id",
                new MapSqlParameterSource("id", employeeId).addValue("level", levelAfter == 0 ? null : levelAfter));
        insert(employeeId, renewalDate, "LCEA_LEVEL9_RENEWAL", 9, levelAfter, 9 - levelAfter, "S30 17",
                processInstanceId);
    }

    /** S30 15: an award whose holder left Schedule 30 employment, or whose change of circumstances ended it. */
    public void recordEnded(String employeeId, LocalDate endedOn, int levelBefore, String reason, String processInstanceId) {
        insert(employeeId, endedOn, "LCEA_ENDED_" + reason, levelBefore, 0, null, "S30 15", processInstanceId);
    }

    private void insert(String employeeId, LocalDate on, String kind, Integer before, Integer after, Integer pointsLost,
            String note, String processInstanceId) {
        jdbc.update("""
                INSERT INTO award_change (change_id, employee_id, effective_on, change_kind, lcea_level_before,
                    lcea_level_after, points_lost, consolidated, pensionable, note, process_instance_id, recorded_at)
                VALUES (:cid, :id, :on, :kind, :before, :after, :lost, TRUE, TRUE, :note, :pi, :at)""",
                new MapSqlParameterSource("cid", UUID.randomUUID().toString())
                        .addValue("id", employeeId)
                        .addValue("on", on)
                        .addValue("kind", kind)
                        .addValue("before", before)
                        .addValue("after", after)
                        .addValue("lost", pointsLost)
                        .addValue("note", note)
                        .addValue("pi", processInstanceId)
                        .addValue("at", Timestamp.valueOf(LocalDateTime.now())));
    }
}
