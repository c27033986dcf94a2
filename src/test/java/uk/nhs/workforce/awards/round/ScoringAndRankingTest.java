package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoringAndRankingTest {

    static Map<ScoringDomain, Integer> ratings(int a, int b, int c, int d, int e) {
        Map<ScoringDomain, Integer> m = new EnumMap<>(ScoringDomain.class);
        m.put(ScoringDomain.SERVICE_DELIVERY, a);
        m.put(ScoringDomain.SERVICE_DEVELOPMENT, b);
        m.put(ScoringDomain.LEADERSHIP, c);
        m.put(ScoringDomain.RESEARCH, d);
        m.put(ScoringDomain.TEACHING, e);
        return m;
    }

    @Test
    @DisplayName("S30 16(ii): ratings are 10, 6, 2 or 0; 7 is refused naming the field")
    void ratingValues() {
        assertThat(ScoringDomain.LEADERSHIP.requireRating(10)).isEqualTo(10);
        assertThat(ScoringDomain.LEADERSHIP.requireRating("6")).isEqualTo(6);
        assertThat(ScoringDomain.LEADERSHIP.requireRating(2L)).isEqualTo(2);
        assertThat(ScoringDomain.LEADERSHIP.requireRating(0.0)).isEqualTo(0);
        assertThatThrownBy(() -> ScoringDomain.RESEARCH.requireRating(7))
                .hasMessageContaining("researchRating").hasMessageContaining("7");
        assertThatThrownBy(() -> ScoringDomain.TEACHING.requireRating(null)).hasMessageContaining("teachingRating");
        assertThatThrownBy(() -> ScoringDomain.TEACHING.requireRating("ten")).hasMessageContaining("teachingRating");
        assertThatThrownBy(() -> ScoringDomain.TEACHING.requireRating(6.5)).hasMessageContaining("teachingRating");
    }

    @Test
    @DisplayName("Issue 5 step 4: a member with a conflict of interest does not score; the score is the mean of the others")
    void conflictOfInterest() {
        ScoreSummary s = ApplicationScoring.summarise("APP", List.of(
                new MemberScore("APP", "m1", false, ratings(10, 10, 6, 6, 2), false),
                new MemberScore("APP", "m2", false, ratings(10, 6, 6, 6, 6), false),
                new MemberScore("APP", "m3", true, null, false)), 12);
        assertThat(s.score()).isEqualByComparingTo("34.00");
        assertThat(s.scorers()).isEqualTo(2);
        assertThat(s.explanation()).contains("1 conflict");
    }

    @Test
    @DisplayName("Issue 5 step 4: a member far from the others' median is an outlier for the chair; a set-aside score does not count")
    void outliersAndModeration() {
        List<MemberScore> scores = List.of(
                new MemberScore("APP", "m1", false, ratings(10, 10, 6, 6, 6), false),
                new MemberScore("APP", "m2", false, ratings(10, 6, 6, 6, 6), false),
                new MemberScore("APP", "m3", false, ratings(10, 10, 10, 6, 6), false),
                new MemberScore("APP", "m4", false, ratings(0, 0, 0, 2, 0), false));
        assertThat(ApplicationScoring.summarise("APP", scores, 12).outlierMembers()).containsExactly("m4");
        List<MemberScore> moderated = List.of(scores.get(0), scores.get(1), scores.get(2),
                new MemberScore("APP", "m4", false, ratings(0, 0, 0, 2, 0), true));
        ScoreSummary s = ApplicationScoring.summarise("APP", moderated, 12);
        assertThat(s.score()).isEqualByComparingTo("38.00");
        assertThat(s.explanation()).contains("set aside by the chair");
    }

    @Test
    @DisplayName("Issue 5 step 4: equal scores share a rank (1, 2, 2, 4)")
    void ranksWithTies() {
        List<RankedApplication> r = AwardRanking.rank(List.of(
                new AwardRanking.Candidate("a", "E4", new BigDecimal("20"), BigDecimal.ONE),
                new AwardRanking.Candidate("b", "E2", new BigDecimal("30"), BigDecimal.ONE),
                new AwardRanking.Candidate("c", "E1", new BigDecimal("30"), BigDecimal.ONE),
                new AwardRanking.Candidate("d", "E3", new BigDecimal("40"), BigDecimal.ONE)));
        assertThat(r).extracting(RankedApplication::employeeId).containsExactly("E3", "E1", "E2", "E4");
        assertThat(r).extracting(RankedApplication::rank).containsExactly(1, 2, 2, 4);
    }
}
