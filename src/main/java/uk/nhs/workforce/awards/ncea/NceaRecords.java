package uk.nhs.workforce.awards.ncea;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes NCEA renewal outcomes to the consultant's roster row and the award history. */
@Repository
public class NceaRecords {

    private final NamedParameterJdbcTemplate jdbc;

    public NceaRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * S30 24: the points local review (S30 16) has removed from the Existing LCEA component since the
     * consultant's last reversion (or ever, if none is recorded).
     */
    public int pointsRemovedByReviewSinceLastReversion(String employeeId) {
        Integer sum = jdbc.queryForObject("""
                SELECT COALESCE(SUM(points_lost), 0) FROM award_change
                 WHERE employee_id = :id AND change_kind IN ('LCEA_REVIEWED', 'LCEA_REVIEW_ENDED', 'LCEA_LEVEL9_RENEWAL')
                   AND effective_on >= COALESCE((SELECT MAX(effective_on) FROM award_change
                                                  WHERE employee_id = :id AND change_kind = 'NCEA_REVERTED'),
                                                DATE '1900-01-01')""",
                new MapSqlParameterSource("id", employeeId), Integer.class);
        return sum == null ? 0 : sum;
    }

    /**
     * S30 8(ii): the NCEA is replaced by a consolidated, pensionable Existing LCEA at the reverted level,
     * funded as S30 8(iii) / 14(iii) say. Under S30 24 the last point date is left alone, so the
     * timing of the next local review is not affected.
     */
    public void recordReversion(String employeeId, LocalDate decisionDate, String nceaBefore, Integer levelBefore,
            int levelAfter, ReversionFunding funding, boolean keepReviewTiming, String processInstanceId) {
        String lastPoint = keepReviewTiming ? "lcea_last_point_date" : ":decided";
        jdbc.update("UPDATE consultant SET ncea = NULL, ncea_renewal_due = NULL, lcea_level = :level, "
                        + "lcea_last_point_date = " + lastPoint + " WHERE employee_id = :id",
                new MapSqlParameterSource("id", employeeId).addValue("level", levelAfter == 0 ? null : levelAfter)
                        .addValue("decided", decisionDate));
        insert(employeeId, decisionDate, "NCEA_REVERTED", nceaBefore, levelBefore, levelAfter, funding.name(), true,
                keepReviewTiming ? "S30 24" : "S30 8(ii)", processInstanceId);
    }

    /** S30 8(ii), 8(iv) and Schedule 17 para 4 as changed: the award's value is lost from the decision. */
    public void recordLoss(String employeeId, LocalDate decisionDate, String nceaBefore, Integer lceaLevel,
            String processInstanceId) {
        jdbc.update("UPDATE consultant SET ncea = NULL, ncea_renewal_due = NULL WHERE employee_id = :id",
                new MapSqlParameterSource("id", employeeId));
        insert(employeeId, decisionDate, "NCEA_LOST", nceaBefore, lceaLevel, lceaLevel, null, false,
                "S30 8(ii)/8(iv), Schedule 17 para 4", processInstanceId);
    }

    private void insert(String employeeId, LocalDate on, String kind, String nceaBefore, Integer before, Integer after,
            String funding, boolean pensionable, String note, String processInstanceId) {
        jdbc.update("""
                INSERT INTO award_change (change_id, employee_id, effective_on, change_kind, ncea_before,
                    lcea_level_before, lcea_level_after, funding, consolidated, pensionable, note,
                    process_instance_id, recorded_at)
                VALUES (:cid, :id, :on, :kind, :ncea, :before, :after, :funding, :pens, :pens, :note, :pi, :at)""",
                new MapSqlParameterSource("cid", UUID.randomUUID().toString())
                        .addValue("id", employeeId)
                        .addValue("on", on)
                        .addValue("kind", kind)
                        .addValue("ncea", nceaBefore)
                        .addValue("before", before)
                        .addValue("after", after)
                        .addValue("funding", funding)
                        .addValue("pens", pensionable)
                        .addValue("note", note)
                        .addValue("pi", processInstanceId)
                        .addValue("at", Timestamp.valueOf(LocalDateTime.now())));
    }
}
