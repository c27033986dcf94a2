package uk.nhs.workforce.rosters;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

/** Maps roster table rows to the roster records; the one place that knows the column names. */
final class RosterRowMappers {

    private RosterRowMappers() {
    }

    static final RowMapper<Organisation> ORGANISATION = (rs, i) -> new Organisation(
            rs.getString("code"),
            rs.getString("name"),
            OrganisationType.valueOf(rs.getString("type")),
            rs.getString("region_code"),
            rs.getString("sub_region_code"),
            rs.getString("cluster_code"),
            rs.getBigDecimal("weighted_population"),
            splitCodes(rs.getString("local_authorities")));

    static final RowMapper<Executive> EXECUTIVE = (rs, i) -> new Executive(
            rs.getString("employee_id"),
            rs.getString("name"),
            Sex.valueOf(rs.getString("sex")),
            EthnicGroup.valueOf(rs.getString("ethnic_group")),
            rs.getString("user_id"),
            rs.getString("organisation_code"),
            ExecutiveRole.valueOf(rs.getString("role")),
            enumOrNull(Portfolio.class, rs.getString("portfolio")),
            rs.getBoolean("substantive"),
            rs.getBoolean("seconded_out"),
            rs.getString("regional_pool"),
            rs.getBoolean("joint_la_post"),
            rs.getBoolean("la_health_experience"),
            rs.getBoolean("at_risk"));

    static final RowMapper<BoardMember> BOARD_MEMBER = (rs, i) -> new BoardMember(
            rs.getString("member_id"),
            rs.getString("person_id"),
            rs.getString("name"),
            Sex.valueOf(rs.getString("sex")),
            EthnicGroup.valueOf(rs.getString("ethnic_group")),
            rs.getString("user_id"),
            rs.getString("organisation_code"),
            BoardRole.valueOf(rs.getString("role")),
            rs.getString("nominated_by_la"),
            enumOrNull(AppraisalRating.class, rs.getString("appraisal_rating")),
            date(rs, "term_end"));

    static final RowMapper<Consultant> CONSULTANT = (rs, i) -> new Consultant(
            rs.getString("employee_id"),
            rs.getString("name"),
            Sex.valueOf(rs.getString("sex")),
            EthnicGroup.valueOf(rs.getString("ethnic_group")),
            rs.getString("employer_code"),
            rs.getString("specialty"),
            date(rs, "consultant_since"),
            rs.getBigDecimal("fte"),
            rs.getBoolean("substantive"),
            (Integer) rs.getObject("lcea_level", Integer.class),
            date(rs, "lcea_last_point_date"),
            enumOrNull(NceaLevel.class, rs.getString("ncea")),
            date(rs, "ncea_renewal_due"),
            rs.getBoolean("distinction_award"),
            rs.getString("user_id"),
            date(rs, "left_on"));

    static List<String> splitCodes(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

}
