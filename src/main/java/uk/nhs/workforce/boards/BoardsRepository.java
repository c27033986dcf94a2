package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Register;
import uk.nhs.workforce.rosters.Sex;

/**
 * The boards feature's reads of the register and its own writes: appointments (board_member rows), the
 * appointments that ended (kept with date and reason), local-authority nominations and terminations.
 * Every appointment is written through {@link #appoint}, which refuses a disqualified person (A 5.3).
 */
@Repository
public class BoardsRepository {

    private final Register register;
    private final NamedParameterJdbcTemplate jdbc;
    /** Creates a person's lock row in a transaction of its own, committed at once, so any case can lock it. */
    private final TransactionTemplate separately;

    public BoardsRepository(Register register, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.register = register;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The cluster's PCT and care trust boards and everyone on them. */
    public ClusterBoards cluster(String clusterCode) {
        List<Organisation> boards = register.clusterOrganisations(clusterCode).stream()
                .filter(o -> o.type().isPct()).toList();
        List<BoardMember> members = register.boardMembersOf(boards.stream().map(Organisation::code).toList());
        return new ClusterBoards(clusterCode, boards, members, people(members));
    }

    /** People by person id; the best appraisal among their appointments stands for the person. */
    static Map<String, BoardPerson> people(List<BoardMember> members) {
        Map<String, BoardPerson> people = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(BoardMember::appraisalRating,
                Comparator.nullsLast(Comparator.naturalOrder()))).forEach(m ->
                people.putIfAbsent(m.personId(), new BoardPerson(m.personId(), m.name(), m.sex(), m.ethnicGroup(),
                        m.userId(), m.appraisalRating())));
        return people;
    }

    /**
     * A 5.4: makes the appointments of a composition to each PCT board: appointments no longer in it end (kept,
     * with the reason of their holder, {@link EndReason#NOT_CONTINUED} if none is given), continued ones take
     * their new role and nomination, new ones are added per PCT. A new appointment of someone already on the
     * cluster's boards runs to the end of their current term; of a new person, to {@code newTermEnd}.
     */
    @Transactional
    public int applyComposition(ClusterBoards cluster, List<BoardSeat> seats, Map<String, EndReason> endReasons,
                                LocalDate on, LocalDate newTermEnd, String processInstanceId) {
        Set<String> kept = seats.stream().map(BoardSeat::memberId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        int changes = 0;
        for (BoardMember m : cluster.members()) {
            if (!kept.contains(m.memberId())) {
                changes += endAppointment(m, endReasons.getOrDefault(m.personId(), EndReason.NOT_CONTINUED), on, processInstanceId);
            }
        }
        for (BoardSeat seat : seats) {
            if (seat.memberId() != null) {
                BoardMember existing = cluster.members().stream().filter(m -> m.memberId().equals(seat.memberId())).findFirst().orElseThrow();
                if (existing.role() != seat.role() || !java.util.Objects.equals(existing.nominatedByLa(), seat.nominatedByLa())) {
                    changes += jdbc.update("UPDATE board_member SET role = :role, nominated_by_la = :la WHERE member_id = :id",
                            new MapSqlParameterSource().addValue("role", seat.role().name())
                                    .addValue("la", seat.nominatedByLa()).addValue("id", seat.memberId()));
                }
            } else {
                BoardPerson person = cluster.people().get(seat.personId());
                LocalDate termEnd = cluster.members().stream().filter(m -> m.personId().equals(seat.personId()))
                        .map(BoardMember::termEnd).max(Comparator.naturalOrder()).orElse(newTermEnd);
                appoint(seat, person, termEnd, on, processInstanceId);
                changes++;
            }
        }
        return changes;
    }

    /**
     * Writes one appointment, after locking the person and checking the terminations of every case: a person
     * disqualified on {@code on} (A 5.3) is refused, naming them and the day the disqualification ends.
     */
    @Transactional
    public String appoint(BoardSeat seat, BoardPerson person, LocalDate termEnd, LocalDate on, String processInstanceId) {
        lockPerson(person.personId());
        disqualification(person.personId(), person.name(), on).ifPresent(d -> {
            throw d.refusal();
        });
        String memberId = seat.organisationCode() + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                INSERT INTO board_member (member_id, person_id, name, sex, ethnic_group, user_id, organisation_code,
                    role, nominated_by_la, appraisal_rating, term_end)
                VALUES (:memberId, :personId, :name, :sex, :ethnicGroup, :userId, :org, :role, :la, :rating, :termEnd)""",
                new MapSqlParameterSource()
                        .addValue("memberId", memberId)
                        .addValue("personId", person.personId()).addValue("name", person.name())
                        .addValue("sex", person.sex().name()).addValue("ethnicGroup", person.ethnicGroup().name())
                        .addValue("userId", person.userId()).addValue("org", seat.organisationCode())
                        .addValue("role", seat.role().name()).addValue("la", seat.nominatedByLa())
                        .addValue("rating", person.appraisalRating() == null ? null : person.appraisalRating().name())
                        .addValue("termEnd", termEnd));
        jdbc.update("INSERT INTO board_appointment_made (member_id, appointed_on, process_instance_id) VALUES (:id, :on, :pi)",
                new MapSqlParameterSource().addValue("id", memberId).addValue("on", on).addValue("pi", processInstanceId));
        return memberId;
    }

    /** Ends an appointment: it leaves the roster and is kept with its end date and reason. */
    public int endAppointment(BoardMember m, EndReason reason, LocalDate on, String processInstanceId) {
        jdbc.update("""
                INSERT INTO board_appointment_ended (member_id, person_id, name, sex, ethnic_group, organisation_code, role,
                    nominated_by_la, appointed_on, ended_on, end_reason, process_instance_id)
                VALUES (:id, :person, :name, :sex, :ethnic, :org, :role, :la,
                    (SELECT appointed_on FROM board_appointment_made WHERE member_id = :id), :on, :reason, :pi)""",
                new MapSqlParameterSource().addValue("id", m.memberId()).addValue("person", m.personId())
                        .addValue("name", m.name()).addValue("sex", m.sex().name()).addValue("ethnic", m.ethnicGroup().name())
                        .addValue("org", m.organisationCode()).addValue("role", m.role().name()).addValue("la", m.nominatedByLa())
                        .addValue("on", on).addValue("reason", reason.name()).addValue("pi", processInstanceId));
        jdbc.update("DELETE FROM board_appointment_made WHERE member_id = :id", Map.of("id", m.memberId()));
        return jdbc.update("DELETE FROM board_member WHERE member_id = :id", Map.of("id", m.memberId()));
    }

    /**
     * The appointments to these boards in force on a date: the roster's (an uploaded appointment has no start
     * date and counts from before any record) less those made after it, plus ended ones that had begun by then
     * and ended after it.
     */
    public List<BoardMember> boardMembersOn(Collection<String> organisationCodes, LocalDate on) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        List<BoardMember> members = new ArrayList<>();
        Set<String> startedLater = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT member_id FROM board_appointment_made WHERE appointed_on > :on", Map.of("on", on), String.class));
        register.boardMembersOf(organisationCodes).stream().filter(m -> !startedLater.contains(m.memberId())).forEach(members::add);
        members.addAll(jdbc.query("""
                SELECT * FROM board_appointment_ended WHERE organisation_code IN (:codes)
                AND (appointed_on IS NULL OR appointed_on <= :on) AND ended_on > :on ORDER BY member_id""",
                new MapSqlParameterSource().addValue("codes", organisationCodes).addValue("on", on),
                (rs, i) -> new BoardMember(rs.getString("member_id"), rs.getString("person_id"), rs.getString("name"),
                        Sex.valueOf(rs.getString("sex")), EthnicGroup.valueOf(rs.getString("ethnic_group")), null,
                        rs.getString("organisation_code"), BoardRole.valueOf(rs.getString("role")),
                        rs.getString("nominated_by_la"), (AppraisalRating) null, null)));
        members.sort(Comparator.comparing(BoardMember::organisationCode).thenComparing(BoardMember::memberId));
        return members;
    }

    /** Ended appointments of these boards, newest first, with reason: who sat on a board and why they left. */
    public List<Map<String, Object>> endedAppointments(Collection<String> organisationCodes) {
        if (organisationCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT member_id, person_id, name, organisation_code, role, nominated_by_la, appointed_on, ended_on, end_reason
                FROM board_appointment_ended WHERE organisation_code IN (:codes) ORDER BY ended_on DESC, member_id""",
                Map.of("codes", organisationCodes));
    }

    /** A 5.3: the person's disqualification running on {@code on}, by person id, or for a new person by name. */
    public Optional<Disqualification> disqualification(String personId, String name, LocalDate on) {
        return jdbc.query("""
                SELECT person_id, name, termination_date, disqualified_until FROM ned_termination
                WHERE (person_id = :person OR LOWER(name) = LOWER(:name)) AND disqualified_until > :on
                ORDER BY disqualified_until DESC""",
                new MapSqlParameterSource().addValue("person", personId).addValue("name", name == null ? "" : name.trim())
                        .addValue("on", on),
                (rs, i) -> new Disqualification(rs.getString("person_id"), rs.getString("name"),
                        rs.getDate("termination_date").toLocalDate(), rs.getDate("disqualified_until").toLocalDate()))
                .stream().findFirst();
    }

    /** A 5.3: a termination and the end of the two-year disqualification it brings, under the person's lock. */
    public void recordTermination(String personId, String name, String clusterCode, LocalDate terminated,
                                  LocalDate disqualifiedUntil, String processInstanceId) {
        lockPerson(personId);
        jdbc.update("""
                INSERT INTO ned_termination (person_id, name, cluster_code, termination_date, disqualified_until, process_instance_id)
                VALUES (:personId, :name, :cluster, :terminated, :until, :pi)""",
                new MapSqlParameterSource().addValue("personId", personId).addValue("name", name)
                        .addValue("cluster", clusterCode).addValue("terminated", terminated)
                        .addValue("until", disqualifiedUntil).addValue("pi", processInstanceId));
    }

    /** Serialises writes about one person (appointment, termination) across cases: the row lock is held to commit. */
    void lockPerson(String personId) {
        try {
            separately.executeWithoutResult(s -> jdbc.update("INSERT INTO board_person_lock (person_id) SELECT :p WHERE NOT EXISTS "
                    + "(SELECT 1 FROM board_person_lock WHERE person_id = :p)", Map.of("p", personId)));
        } catch (DuplicateKeyException e) {
            // another case created the row at the same moment: it exists, which is all this needs
        }
        jdbc.queryForList("SELECT person_id FROM board_person_lock WHERE person_id = :p FOR UPDATE", Map.of("p", personId));
    }

    /**
     * A 3.3: whether a person counts as nominated by a local authority to a care trust board: the roster says
     * so (an uploaded appointment to that board with that nominating authority) or the nomination is recorded.
     */
    public boolean nominated(String organisationCode, String localAuthority, String personId) {
        Integer roster = jdbc.queryForObject("""
                SELECT COUNT(*) FROM board_member WHERE organisation_code = :org AND nominated_by_la = :la AND person_id = :p""",
                Map.of("org", organisationCode, "la", localAuthority, "p", personId), Integer.class);
        Integer recorded = jdbc.queryForObject("""
                SELECT COUNT(*) FROM la_nomination WHERE organisation_code = :org AND local_authority = :la AND person_id = :p""",
                Map.of("org", organisationCode, "la", localAuthority, "p", personId), Integer.class);
        return roster + recorded > 0;
    }

    /** Records a local authority's nomination of a person to a care trust board: who nominated them, and when. */
    public void recordNomination(String organisationCode, String localAuthority, String personId, String nominatedBy,
                                 LocalDate nominatedOn, String processInstanceId) {
        if (nominated(organisationCode, localAuthority, personId)) {
            return;
        }
        jdbc.update("""
                INSERT INTO la_nomination (organisation_code, local_authority, person_id, nominated_by, nominated_on, process_instance_id)
                VALUES (:org, :la, :p, :by, :on, :pi)""",
                new MapSqlParameterSource().addValue("org", organisationCode).addValue("la", localAuthority)
                        .addValue("p", personId).addValue("by", nominatedBy).addValue("on", nominatedOn)
                        .addValue("pi", processInstanceId));
    }

    public Register register() {
        return register;
    }
}
