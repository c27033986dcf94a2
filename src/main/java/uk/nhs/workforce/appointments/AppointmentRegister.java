package uk.nhs.workforce.appointments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The region-wide register of who is reserved for or appointed to a cluster post (G 23, G 27: one
 * person, one post) and of who is "at risk" and why (G 34). Written in the transaction of the task
 * that causes it, so a refusal leaves nothing half-written. The primary key of appointment_register
 * makes "one person, one post" hold when two posts complete at the same moment.
 */
@Repository
public class AppointmentRegister {

    public enum Status { RESERVED, APPOINTED }

    /** A post someone is reserved for or appointed to. */
    public record Holding(String employeeId, String regionCode, String clusterCode, String post, String postTitle,
                          Status status, String processInstanceId) {

        /** How a refusal names the post, e.g. "Director of Finance of cluster CL-NORTH (reserved)". */
        public String describe() {
            return postTitle + " of cluster " + clusterCode
                    + (status == Status.RESERVED ? " (reserved, awaiting approval)" : " (appointed)");
        }

        boolean samePost(String processInstance, String postKey) {
            return processInstanceId.equals(processInstance) && post.equals(postKey);
        }
    }

    /** Thrown when the person is reserved for or appointed to another post. */
    public static class PostTaken extends RuntimeException {
        public PostTaken(String message) {
            super(message);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public AppointmentRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Holding> holding(String employeeId) {
        return jdbc.query("SELECT * FROM appointment_register WHERE employee_id = :id", Map.of("id", employeeId),
                (rs, i) -> holding(rs)).stream().findFirst();
    }

    /** Everyone reserved or appointed anywhere, by employee id (a person holds at most one post anywhere). */
    public Map<String, Holding> holdings() {
        Map<String, Holding> byId = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM appointment_register ORDER BY employee_id", Map.of(), (rs, i) -> holding(rs))
                .forEach(h -> byId.put(h.employeeId(), h));
        return byId;
    }

    /**
     * Reserves the person for the post (the panel prefers them). Reserving again for the same post is a
     * no-op.
     *
     * @throws PostTaken naming the person and the post they hold
     */
    public void reserve(Holding wanted, String personName) {
        Optional<Holding> held = holding(wanted.employeeId());
        if (held.isPresent()) {
            if (held.get().samePost(wanted.processInstanceId(), wanted.post())) {
                return;
            }
            throw new PostTaken(personName + " (" + wanted.employeeId() + ") is already " + held.get().describe()
                    + " and cannot be preferred for another post (G 23, G 27)");
        }
        try {
            jdbc.update("INSERT INTO appointment_register (employee_id, region_code, cluster_code, post, post_title,"
                    + " status, process_instance_id, recorded_at) VALUES (:id, :region, :cluster, :post, :title,"
                    + " 'RESERVED', :pi, :at)", new MapSqlParameterSource()
                    .addValue("id", wanted.employeeId()).addValue("region", wanted.regionCode())
                    .addValue("cluster", wanted.clusterCode()).addValue("post", wanted.post())
                    .addValue("title", wanted.postTitle()).addValue("pi", wanted.processInstanceId())
                    .addValue("at", Timestamp.from(Instant.now())));
        } catch (DuplicateKeyException e) {
            throw new PostTaken(personName + " (" + wanted.employeeId() + ") was reserved for another post at the same"
                    + " moment and cannot be preferred for this one (G 23, G 27)");
        }
    }

    /** National oversight (or the panel) confirmed the appointment. */
    public void appoint(String employeeId, String processInstanceId, String post) {
        jdbc.update("UPDATE appointment_register SET status = 'APPOINTED', recorded_at = :at WHERE employee_id = :id"
                + " AND process_instance_id = :pi AND post = :post", new MapSqlParameterSource().addValue("id", employeeId)
                .addValue("pi", processInstanceId).addValue("post", post).addValue("at", Timestamp.from(Instant.now())));
    }

    /** The reservation or appointment was rejected or withdrawn: the person is free again. */
    public void release(String employeeId, String processInstanceId, String post) {
        jdbc.update("DELETE FROM appointment_register WHERE employee_id = :id AND process_instance_id = :pi AND post = :post",
                Map.of("id", employeeId, "pi", processInstanceId, "post", post));
    }

    /** G 34: declares the people at risk for this process, each with the reason shown on the roster. */
    public void declareAtRisk(String processInstanceId, String clusterCode, Map<String, String> reasons) {
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            MapSqlParameterSource p = new MapSqlParameterSource().addValue("id", e.getKey())
                    .addValue("pi", processInstanceId).addValue("cluster", clusterCode)
                    .addValue("reason", e.getValue().length() > 300 ? e.getValue().substring(0, 300) : e.getValue())
                    .addValue("at", Timestamp.from(Instant.now()));
            int updated = jdbc.update("UPDATE appointment_at_risk SET reason = :reason WHERE employee_id = :id"
                    + " AND process_instance_id = :pi", p);
            if (updated == 0) {
                jdbc.update("INSERT INTO appointment_at_risk (employee_id, process_instance_id, cluster_code, reason,"
                        + " declared_at) VALUES (:id, :pi, :cluster, :reason, :at)", p);
            }
        }
        refreshRoster(reasons.keySet());
    }

    /** Appointed to a post: no longer at risk anywhere (G 34). */
    public void clearAtRisk(String employeeId) {
        jdbc.update("DELETE FROM appointment_at_risk WHERE employee_id = :id", Map.of("id", employeeId));
        refreshRoster(List.of(employeeId));
    }

    /** The process ended: its declarations are withdrawn, except for the people given. */
    public void clearAtRiskOf(String processInstanceId, java.util.Set<String> except) {
        List<String> ids = new ArrayList<>(jdbc.queryForList("SELECT employee_id FROM appointment_at_risk"
                + " WHERE process_instance_id = :pi", Map.of("pi", processInstanceId), String.class));
        ids.removeAll(except);
        for (String id : ids) {
            jdbc.update("DELETE FROM appointment_at_risk WHERE process_instance_id = :pi AND employee_id = :id",
                    Map.of("pi", processInstanceId, "id", id));
        }
        refreshRoster(ids);
    }

    public List<String> atRiskOf(String processInstanceId) {
        return jdbc.queryForList("SELECT employee_id FROM appointment_at_risk WHERE process_instance_id = :pi"
                + " ORDER BY employee_id", Map.of("pi", processInstanceId), String.class);
    }

    /** Keeps the executives roster's at_risk flag and reason in step with the declarations. */
    private void refreshRoster(Collection<String> employeeIds) {
        for (String id : new ArrayList<>(employeeIds)) {
            List<String> reasons = jdbc.queryForList("SELECT reason FROM appointment_at_risk WHERE employee_id = :id"
                    + " ORDER BY declared_at, process_instance_id", Map.of("id", id), String.class);
            String reason = reasons.isEmpty() ? null : String.join("; ", reasons);
            if (reason != null && reason.length() > 1000) {
                reason = reason.substring(0, 997) + "...";
            }
            jdbc.update("UPDATE executive SET at_risk = :risk, at_risk_reason = :reason WHERE employee_id = :id",
                    new MapSqlParameterSource().addValue("risk", !reasons.isEmpty()).addValue("reason", reason)
                            .addValue("id", id));
        }
    }

    private static Holding holding(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Holding(rs.getString("employee_id"), rs.getString("region_code"), rs.getString("cluster_code"),
                rs.getString("post"), rs.getString("post_title"), Status.valueOf(rs.getString("status")),
                rs.getString("process_instance_id"));
    }
}
