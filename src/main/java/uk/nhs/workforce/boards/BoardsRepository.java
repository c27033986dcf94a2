package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Register;

/** The boards feature's reads of the register and its own writes: board_member rows and terminations. */
@Repository
public class BoardsRepository {

    private final Register register;
    private final NamedParameterJdbcTemplate jdbc;

    public BoardsRepository(Register register, NamedParameterJdbcTemplate jdbc) {
        this.register = register;
        this.jdbc = jdbc;
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
     * A 5.4: makes the appointments of a composition to each PCT board: appointments no longer in it end,
     * continued ones take their new role and nomination, new ones (dual appointments) are added per PCT.
     * A new appointment runs to the end of the person's current term.
     */
    @Transactional
    public int applyComposition(ClusterBoards cluster, List<BoardSeat> seats) {
        Set<String> kept = seats.stream().map(BoardSeat::memberId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        int changes = 0;
        for (BoardMember m : cluster.members()) {
            if (!kept.contains(m.memberId())) {
                changes += jdbc.update("DELETE FROM board_member WHERE member_id = :id", Map.of("id", m.memberId()));
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
                changes += insert(cluster, seat);
            }
        }
        return changes;
    }

    /** A new appointment of a person already on the cluster's boards (a dual appointment, A 1.4). */
    int insert(ClusterBoards cluster, BoardSeat seat) {
        BoardPerson person = cluster.people().get(seat.personId());
        LocalDate termEnd = cluster.members().stream().filter(m -> m.personId().equals(seat.personId()))
                .map(BoardMember::termEnd).max(Comparator.naturalOrder()).orElseThrow();
        return insertAppointment(seat, person, termEnd);
    }

    public int insertAppointment(BoardSeat seat, BoardPerson person, LocalDate termEnd) {
        return jdbc.update("""
                INSERT INTO board_member (member_id, person_id, name, sex, ethnic_group, user_id, organisation_code,
                    role, nominated_by_la, appraisal_rating, term_end)
                VALUES (:memberId, :personId, :name, :sex, :ethnicGroup, :userId, :org, :role, :la, :rating, :termEnd)""",
                new MapSqlParameterSource()
                        .addValue("memberId", seat.organisationCode() + "-" + UUID.randomUUID().toString().substring(0, 8))
                        .addValue("personId", person.personId()).addValue("name", person.name())
                        .addValue("sex", person.sex().name()).addValue("ethnicGroup", person.ethnicGroup().name())
                        .addValue("userId", person.userId()).addValue("org", seat.organisationCode())
                        .addValue("role", seat.role().name()).addValue("la", seat.nominatedByLa())
                        .addValue("rating", person.appraisalRating() == null ? null : person.appraisalRating().name()).addValue("termEnd", termEnd));
    }

    public int endAppointment(String memberId) {
        return jdbc.update("DELETE FROM board_member WHERE member_id = :id", Map.of("id", memberId));
    }

    /** A 5.3: a termination and the end of the two-year disqualification it brings. */
    public void recordTermination(String personId, String name, String clusterCode, LocalDate terminated,
                                  LocalDate disqualifiedUntil, String processInstanceId) {
        jdbc.update("""
                INSERT INTO ned_termination (person_id, name, cluster_code, termination_date, disqualified_until, process_instance_id)
                VALUES (:personId, :name, :cluster, :terminated, :until, :pi)""",
                new MapSqlParameterSource().addValue("personId", personId).addValue("name", name)
                        .addValue("cluster", clusterCode).addValue("terminated", terminated)
                        .addValue("until", disqualifiedUntil).addValue("pi", processInstanceId));
    }

    public Register register() {
        return register;
    }
}
